import { TOTP_FACTOR_TYPE, type AuthFactor } from './auth-response.js';

/**
 * The families of MFA factor the kit knows by name. Riffyn documents only `totp` (Okta with
 * Google Authenticator); the others are Okta types that may still appear and must read sensibly.
 * Anything else is `other`. Only `totp`, `hardware` and an `other` of Okta's `token:…` family
 * take a typed code; the rest cannot be completed here.
 */
export type FactorKind = 'totp' | 'push' | 'sms' | 'call' | 'email' | 'hardware' | 'other';

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
