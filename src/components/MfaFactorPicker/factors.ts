import { takesTypedCode, TOTP_FACTOR_TYPE, type AuthFactor } from '../../core/auth-response.js';
import type { FactorKind, MfaMessages } from '../../i18n/mfa.js';

// Okta's factorType values; `token` is RSA SecurID / Symantec VIP, a hardware token in practice.
const KINDS: Record<string, FactorKind> = {
  [TOTP_FACTOR_TYPE]: 'totp',
  push: 'push',
  sms: 'sms',
  call: 'call',
  email: 'email',
  'token:hardware': 'hardware',
  token: 'hardware',
};

/** The family of a factor; any factorType the kit does not know is `other`, never an error. */
export function factorKind(factor: Pick<AuthFactor, 'factorType'>): FactorKind {
  const type = factor.factorType.trim().toLowerCase();
  // Own keys only: a factorType of "constructor" must not find Object's.
  return Object.hasOwn(KINDS, type) ? KINDS[type]! : 'other';
}

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

/**
 * The factors in display order: the TOTP authenticator app (the one Riffyn documents) first, then
 * the others that take a typed code, then the unavailable ones, each in the server's order.
 * Returns a new array.
 */
export function sortFactors<F extends Pick<AuthFactor, 'factorType'>>(factors: readonly F[]): F[] {
  const rank = (factor: F) => (factorKind(factor) === 'totp' ? 0 : takesTypedCode(factor) ? 1 : 2);
  return [...factors].sort((a, b) => rank(a) - rank(b)); // stable: ties keep the server's order
}
