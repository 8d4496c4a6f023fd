import { describe, expect, it } from 'vitest';
import { transition, type AuthState } from '../../src/core/auth-machine.js';
import type { AuthFactor } from '../../src/core/auth-response.js';
import { AuthError } from '../../src/core/errors.js';
import {
  completedSession,
  defaultFactor,
  flowStep,
  flowView,
  isMfaExpired,
  isPending,
  loginError,
  orderFactors,
  sessionDeadline,
  showsApiKey,
  stateDeadline,
} from '../../src/core/selectors.js';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const f = (id: string, factorType: string): AuthFactor => ({ id, factorType });
const totp = f('totp', 'token:software:totp');
const hardware = f('hw', 'token:hardware');
const rsa = f('rsa', 'token');
const futureToken = f('ft', 'token:software:future');
const push = f('push', 'push');
const sms = f('sms', 'sms');
const hologram = f('holo', 'x-future:hologram');

describe('factor order and default: the same rule wherever it is asked', () => {
  // [server's order, order shown, default chosen]
  const table: Array<[AuthFactor[], string[], string | null]> = [
    [[totp], ['totp'], 'totp'],
    [[hardware, totp], ['totp', 'hw'], 'totp'],
    [[push, hardware, totp], ['totp', 'hw', 'push'], 'totp'],
    [[sms, push, rsa, totp, hardware], ['totp', 'rsa', 'hw', 'sms', 'push'], 'totp'],
    [[push, hardware], ['hw', 'push'], 'hw'],
    [[hologram, futureToken, push], ['ft', 'holo', 'push'], 'ft'],
    [[push, sms], ['push', 'sms'], null],
    [[push], ['push'], 'push'], // a lone factor is chosen even if it takes no code: the step says so
    [[], [], null],
  ];
  it.each(table)('server order %#: shown in order, the first that takes a code chosen', (factors, shown, chosen) => {
    expect(orderFactors(factors).map((x) => x.id)).toEqual(shown);
    expect(defaultFactor(factors)?.id ?? null).toBe(chosen);
    // The machine chooses by the same rule: the factor the user sees chosen is the one the code goes to.
    if (!factors.length) return;
    const mfa = transition(
      { status: 'authenticating', username: 'ada' },
      { type: 'MFA_REQUIRED', response: { status: 'MFA_REQUIRED', factors }, now: NOW, clockSkewMs: 0 },
    );
    expect(mfa).toMatchObject({ status: 'mfaRequired', selectedFactorId: chosen });
  });
  it('does not reorder the array it is given', () => {
    const factors = [hardware, totp];
    orderFactors(factors);
    expect(factors).toEqual([hardware, totp]);
  });
});

const session = (expiresAt: number | null) => ({ username: 'ada', userId: 'u-1', accessToken: 'at', accessTokenExpiresAt: expiresAt });
const mfaContext = { username: 'ada', userId: 'u-1', factors: [totp], selectedFactorId: 'totp', expiresAt: NOW + 60_000, clockSkewMs: 0, extending: false };
const ended = new AuthError('session-expired');
const states: Record<string, AuthState> = {
  idle: { status: 'idle', username: 'ada', error: null },
  idleError: { status: 'idle', username: 'ada', error: new AuthError('invalid-credentials') },
  authenticating: { status: 'authenticating', username: 'ada' },
  mfaRequired: { status: 'mfaRequired', ...mfaContext, error: null },
  mfaNoDeadline: { status: 'mfaRequired', ...mfaContext, expiresAt: null, error: null },
  verifying: { status: 'verifying', ...mfaContext },
  mfaExpired: { status: 'mfaExpired', username: 'ada' },
  keyShown: { status: 'authenticated', session: session(NOW + 1_800_000), apiKey: { status: 'shown', value: 'k', name: 'loginKey', message: null }, sessionEnded: false, error: null },
  keyShownEnded: { status: 'authenticated', session: session(NOW - 1), apiKey: { status: 'shown', value: 'k', name: 'loginKey', message: null }, sessionEnded: true, error: ended },
  keySaved: { status: 'authenticated', session: session(NOW + 1_800_000), apiKey: { status: 'acknowledged', name: 'loginKey' }, sessionEnded: false, error: null },
  noKeyNoExpiry: { status: 'authenticated', session: session(null), apiKey: { status: 'none', message: null }, sessionEnded: false, error: null },
  sessionExpired: { status: 'sessionExpired', username: 'ada' },
};

describe('what each state means, decided once', () => {
  // state: [step, pending, sign-in done, key on screen, warning deadline, state deadline]
  const table: Record<string, [string, boolean, boolean, boolean, number | null, number | null]> = {
    idle: ['loginForm', false, false, false, null, null],
    idleError: ['loginForm', false, false, false, null, null],
    authenticating: ['loginForm', true, false, false, null, null],
    mfaRequired: ['mfa', false, false, false, null, NOW + 60_000],
    mfaNoDeadline: ['mfa', false, false, false, null, null],
    verifying: ['mfa', true, false, false, null, NOW + 60_000],
    mfaExpired: ['mfa', false, false, false, null, null],
    keyShown: ['apiKey', false, false, true, NOW + 1_800_000, NOW + 1_800_000],
    keyShownEnded: ['apiKey', false, false, true, null, null],
    keySaved: ['apiKey', false, true, false, NOW + 1_800_000, NOW + 1_800_000],
    noKeyNoExpiry: ['apiKey', false, true, false, null, null],
    sessionExpired: ['loginForm', false, false, false, null, null],
  };
  it.each(Object.entries(table))('%s', (name, [step, pending, done, key, warnAt, endsAt]) => {
    const state = states[name]!;
    expect(flowStep(state)).toBe(step);
    expect(flowView(state).step).toBe(step);
    expect(isPending(state)).toBe(pending);
    expect(completedSession(state) !== null).toBe(done);
    expect(showsApiKey(state)).toBe(key);
    expect(sessionDeadline(state)).toBe(warnAt);
    expect(stateDeadline(state)).toBe(endsAt);
  });

  it('the sign-in step says why it is back: the last login’s error, or that the session ended', () => {
    expect(loginError(states.idleError!)).toMatchObject({ kind: 'invalid-credentials' });
    expect(loginError(states.sessionExpired!)).toMatchObject({ kind: 'session-expired' });
    expect(loginError(states.idle!)).toBeNull();
    expect(flowView(states.sessionExpired!)).toMatchObject({ step: 'loginForm', username: 'ada', error: { kind: 'session-expired' } });
  });

  it('the MFA step shows no factor and no error once expired, and no error while a code is checked', () => {
    expect(flowView(states.mfaExpired!)).toMatchObject({ step: 'mfa', expired: true, factors: [], selectedFactorId: null, error: null });
    const failed: AuthState = { ...(states.mfaRequired as Extract<AuthState, { status: 'mfaRequired' }>), error: new AuthError('invalid-passcode') };
    expect(flowView(failed)).toMatchObject({ step: 'mfa', expired: false, error: { kind: 'invalid-passcode' } });
    expect(flowView(states.verifying!)).toMatchObject({ error: null, selectedFactorId: 'totp' });
  });

  it('MFA expiry: by the state, or by the clock at its deadline', () => {
    expect(isMfaExpired(states.mfaExpired!, NOW)).toBe(true);
    expect(isMfaExpired(states.mfaRequired!, NOW + 59_999)).toBe(false);
    expect(isMfaExpired(states.mfaRequired!, NOW + 60_000)).toBe(true);
    expect(isMfaExpired(states.mfaNoDeadline!, NOW + 10 ** 9)).toBe(false);
    // A code being checked is the server's to judge.
    expect(isMfaExpired(states.verifying!, NOW + 10 ** 9)).toBe(false);
  });
});
