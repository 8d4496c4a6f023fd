import type { AuthFactor } from '../../core/auth-response.js';
import { factorKind } from '../../core/factors.js';
import type { MfaMessages } from '../../i18n/mfa.js';

/** The factor's name for people, e.g. "Authenticator app", or "Another verification method". */
export function factorLabel(factor: Pick<AuthFactor, 'factorType'>, labels: MfaMessages['factorLabels']): string {
  const kind = factorKind(factor);
  return kind === 'other' ? labels.other(factor.factorType) : labels[kind];
}

/**
 * The vendor as a secondary hint ("Google Authenticator"), or null when the server named none or
 * the label already says it (no "Okta Verify push (Okta Verify)").
 */
export function factorHint(
  factor: Pick<AuthFactor, 'vendorName' | 'provider'>,
  vendorNames: MfaMessages['vendorNames'],
  label = '',
): string | null {
  const vendor = (factor.vendorName || factor.provider || '').trim();
  if (!vendor) return null;
  const name = vendorNames[vendor.toUpperCase()] ?? vendor;
  return label.toLowerCase().includes(name.toLowerCase()) ? null : name;
}
