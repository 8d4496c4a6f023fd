// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialAuthState, transition, type AuthEvent, type AuthState } from '../../src/core/auth-machine.js';
import { parseAuthResponse, type AuthFactor } from '../../src/core/auth-response.js';
import { AuthError, type AuthErrorKind } from '../../src/core/errors.js';

const statusValues = fc.constantFrom('SUCCESS', 'MFA_REQUIRED', 'success', '', 'LOCKED_OUT', 'PASSWORD_WARN', null, 42);
const anyValue = fc.oneof(fc.jsonValue(), fc.constant(undefined));
/** Objects shaped almost like answers, so the parser's deeper branches get exercised too. */
const nearAnswer = fc.record(
  {
    status: statusValues,
    username: anyValue,
    userId: anyValue,
    apiKey: anyValue,
    accessTokenExpiresAt: fc.oneof(fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())), anyValue),
    stateToken: anyValue,
    expiresAt: anyValue,
    factors: fc.oneof(
      fc.array(fc.record({ id: anyValue, factorType: anyValue, profile: anyValue }, { requiredKeys: [] })),
      anyValue,
    ),
  },
  { requiredKeys: [] },
);

// The statuses a user can act on elsewhere have their own kinds; anything else unreadable is malformed.
const parseErrorKinds: AuthErrorKind[] = ['malformed', 'locked-out', 'password-expired', 'mfa-enroll'];

describe('parseAuthResponse on arbitrary input', () => {
  it('returns a typed answer or throws an AuthError of a parse kind, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), nearAnswer), (body) => {
        try {
          const parsed = parseAuthResponse(body);
          expect(['SUCCESS', 'MFA_REQUIRED']).toContain(parsed.status);
          if (parsed.status === 'MFA_REQUIRED') {
            expect(typeof parsed.stateToken).toBe('string');
            expect(Array.isArray(parsed.factors)).toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(AuthError);
          expect(parseErrorKinds).toContain((error as AuthError).kind);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

const factor = (id: string): AuthFactor => ({ id, factorType: 'token:software:totp' });
const errorKinds: AuthErrorKind[] = ['invalid-credentials', 'invalid-passcode', 'mfa-expired', 'network', 'server'];
const received = { now: 0, clockSkewMs: 0 };

/** Events as a user, a server and the timers could send them, in any order. Keys are unique per answer. */
const eventArb: fc.Arbitrary<(keyCounter: () => string) => AuthEvent> = fc.oneof(
  fc.constant(() => ({ type: 'LOGIN', username: 'ada' }) as const),
  fc.boolean().map((withKey) => (next: () => string): AuthEvent => ({
    type: 'LOGIN_SUCCEEDED',
    response: { status: 'SUCCESS', accessToken: 't', ...(withKey ? { apiKey: next() } : {}) },
    ...received,
  })),
  fc.boolean().map((withKey) => (next: () => string): AuthEvent => ({
    type: 'VERIFY_SUCCEEDED',
    response: { status: 'SUCCESS', ...(withKey ? { apiKey: next() } : {}) },
    ...received,
  })),
  fc.integer({ min: 0, max: 2 }).map((n) => (): AuthEvent => ({
    type: 'MFA_REQUIRED',
    response: { status: 'MFA_REQUIRED', factors: ['a', 'b'].slice(0, n).map(factor) },
    ...received,
  })),
  fc.constantFrom(...errorKinds).map((kind) => (): AuthEvent => ({ type: 'LOGIN_FAILED', error: new AuthError(kind) })),
  fc.constantFrom(...errorKinds).map((kind) => (): AuthEvent => ({ type: 'VERIFY_FAILED', error: new AuthError(kind) })),
  fc.constantFrom('a', 'b', 'z').map((factorId) => (): AuthEvent => ({ type: 'CHOOSE_FACTOR', factorId })),
  fc.constantFrom<AuthEvent['type']>(
    'VERIFY',
    'MFA_TIMED_OUT',
    'ACKNOWLEDGE_API_KEY',
    'SESSION_TIMED_OUT',
    'RESTART',
    'LOGOUT',
  ).map((type) => () => ({ type }) as AuthEvent),
  fc.constant(() => ({ type: 'API_KEY_RENAMED', name: 'renamed' }) as const),
  fc.constant(() => ({ type: 'SESSION_EXTENDED', accessToken: 't2', lifetimeMs: 1, ...received }) as const),
  fc.constantFrom<AuthErrorKind>('network', 'session-expired').map(
    (kind) => () => ({ type: 'SESSION_FAILED', error: new AuthError(kind) }) as const,
  ),
);

const shownKey = (state: AuthState) =>
  state.status === 'authenticated' && state.apiKey.status === 'shown' ? state.apiKey.value : null;

describe('transition over arbitrary event sequences', () => {
  it('never shows an API key again once it has stopped showing it', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (makers) => {
        let counter = 0;
        const next = () => `key-${++counter}`;
        let state = initialAuthState;
        const retired = new Set<string>();
        let showing: string | null = null;
        for (const make of makers) {
          state = transition(state, make(next));
          const key = shownKey(state);
          if (showing !== null && key !== showing) retired.add(showing);
          if (key !== null) expect(retired.has(key)).toBe(false);
          showing = key;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('once a key is on screen, only "Done" (or leaving on purpose: restart, logout) removes it', () => {
    const leaving = new Set<AuthEvent['type']>(['ACKNOWLEDGE_API_KEY', 'RESTART', 'LOGOUT']);
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (makers) => {
        let counter = 0;
        let state = initialAuthState;
        for (const make of makers) {
          const event = make(() => `key-${++counter}`);
          const before = shownKey(state);
          state = transition(state, event);
          if (before !== null && !leaving.has(event.type)) expect(shownKey(state)).toBe(before);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('only ever reaches well-formed states', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (makers) => {
        let state = initialAuthState;
        let counter = 0;
        for (const make of makers) {
          state = transition(state, make(() => `key-${++counter}`));
          if (state.status === 'verifying') expect(state.factors.map((f) => f.id)).toContain(state.selectedFactorId);
          if (state.status === 'mfaRequired') {
            expect(state.factors.length).toBeGreaterThan(0);
            if (state.selectedFactorId !== null) expect(state.factors.map((f) => f.id)).toContain(state.selectedFactorId);
          }
          if (state.status === 'authenticated' && state.apiKey.status !== 'shown') {
            expect(JSON.stringify(state.apiKey)).not.toMatch(/key-\d/);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
