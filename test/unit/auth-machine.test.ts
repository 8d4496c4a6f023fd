import { describe, expect, it } from 'vitest';
import {
  ACCESS_TOKEN_LIFETIME_MS,
  initialAuthState,
  transition,
  type AuthEvent,
  type AuthEventType,
  type AuthState,
} from '../../src/core/auth-machine.js';
import type { AuthFactor } from '../../src/core/auth-response.js';
import { AuthError } from '../../src/core/errors.js';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const totp: AuthFactor = { id: 'totp-1', factorType: 'token:software:totp', provider: 'GOOGLE' };
const push: AuthFactor = { id: 'push-1', factorType: 'push', provider: 'OKTA' };
const mfaContext = { username: 'grace', userId: 'u-2', factors: [totp], expiresAt: NOW + 300_000, clockSkewMs: 0 };

const states = {
  idle: initialAuthState,
  idleWithError: { status: 'idle', username: 'ada', error: new AuthError('invalid-credentials', { status: 401 }) },
  authenticating: { status: 'authenticating', username: 'ada' },
  mfaRequired: { status: 'mfaRequired', ...mfaContext, selectedFactorId: 'totp-1', error: null },
  mfaChoosing: { status: 'mfaRequired', ...mfaContext, factors: [totp, push], selectedFactorId: null, error: null },
  verifying: { status: 'verifying', ...mfaContext, selectedFactorId: 'totp-1' },
  keyShown: {
    status: 'authenticated',
    session: { username: 'ada', userId: 'u-1', accessToken: 'at-1', accessTokenExpiresAt: NOW + 1_800_000 },
    apiKey: { status: 'shown', value: 'key-secret', name: 'loginKey', message: 'Shown once' },
    error: null,
  },
  keyAcknowledged: {
    status: 'authenticated',
    session: { username: 'ada', userId: 'u-1', accessToken: 'at-1', accessTokenExpiresAt: NOW + 1_800_000 },
    apiKey: { status: 'acknowledged', name: 'loginKey' },
    error: null,
  },
  noKey: {
    status: 'authenticated',
    session: { username: 'ada', userId: 'u-1', accessToken: 'at-1', accessTokenExpiresAt: NOW + 1_800_000 },
    apiKey: { status: 'none', message: null },
    error: null,
  },
  mfaExpired: { status: 'mfaExpired', username: 'grace' },
  sessionExpired: { status: 'sessionExpired', username: 'ada' },
} satisfies Record<string, AuthState>;

const received = { now: NOW, clockSkewMs: 0 };
const networkDown = new AuthError('network');
const events: Record<AuthEventType, AuthEvent> = {
  LOGIN: { type: 'LOGIN', username: 'ada' },
  LOGIN_SUCCEEDED: { type: 'LOGIN_SUCCEEDED', response: { status: 'SUCCESS', username: 'ada', accessToken: 't' }, ...received },
  MFA_REQUIRED: { type: 'MFA_REQUIRED', response: { status: 'MFA_REQUIRED', factors: [totp] }, ...received },
  LOGIN_FAILED: { type: 'LOGIN_FAILED', error: networkDown },
  CHOOSE_FACTOR: { type: 'CHOOSE_FACTOR', factorId: 'totp-1' },
  VERIFY: { type: 'VERIFY' },
  VERIFY_SUCCEEDED: { type: 'VERIFY_SUCCEEDED', response: { status: 'SUCCESS', apiKey: 'k' }, ...received },
  VERIFY_FAILED: { type: 'VERIFY_FAILED', error: new AuthError('invalid-passcode', { status: 401 }) },
  MFA_TIMED_OUT: { type: 'MFA_TIMED_OUT' },
  ACKNOWLEDGE_API_KEY: { type: 'ACKNOWLEDGE_API_KEY' },
  API_KEY_RENAMED: { type: 'API_KEY_RENAMED', name: 'ci-key' },
  SESSION_EXTENDED: { type: 'SESSION_EXTENDED', accessToken: 'at-2', lifetimeMs: 3_600_000, ...received },
  SESSION_FAILED: { type: 'SESSION_FAILED', error: new AuthError('session-expired', { status: 401 }) },
  SESSION_TIMED_OUT: { type: 'SESSION_TIMED_OUT' },
  RESTART: { type: 'RESTART' },
  LOGOUT: { type: 'LOGOUT' },
};

// Columns follow `events` above. '=' means the event is refused: the very same state object comes back.
const columns = Object.keys(events) as AuthEventType[];
const table: Record<keyof typeof states, string> = {
  //               LOGIN  L_OK   MFA    L_FAIL CHOOSE VERIFY V_OK   V_FAIL MFA_TO ACK    RENAME S_EXT  S_FAIL S_TO   RESTART LOGOUT
  idle:           'auth   =      =      =      =      =      =      =      =      =      =      =      =      =      =       =',
  idleWithError:  'auth   =      =      =      =      =      =      =      =      =      =      =      =      =      idle    idle',
  authenticating: '=      ok     mfa    idle   =      =      =      =      =      =      =      =      =      =      idle    idle',
  mfaRequired:    '=      =      =      =      mfa    ver    =      =      mfaX   =      =      =      =      =      idle    idle',
  mfaChoosing:    '=      =      =      =      mfa    =      =      =      mfaX   =      =      =      =      =      idle    idle',
  verifying:      '=      =      =      =      =      =      ok     mfa    mfaX   =      =      =      =      =      idle    idle',
  keyShown:       '=      =      =      =      =      =      =      =      =      ok     ok     ok     ok     sesX   idle    idle',
  keyAcknowledged:'=      =      =      =      =      =      =      =      =      =      ok     ok     ok     sesX   idle    idle',
  noKey:          '=      =      =      =      =      =      =      =      =      =      =      ok     ok     sesX   idle    idle',
  mfaExpired:     'auth   =      =      =      =      =      =      =      =      =      =      =      =      =      idle    idle',
  sessionExpired: 'auth   =      =      =      =      =      =      =      =      =      =      =      =      =      idle    idle',
};
const short: Record<string, AuthState['status']> = {
  idle: 'idle',
  auth: 'authenticating',
  mfa: 'mfaRequired',
  ver: 'verifying',
  ok: 'authenticated',
  mfaX: 'mfaExpired',
  sesX: 'sessionExpired',
};

describe('transition: every (state, event) pair', () => {
  const cases = Object.entries(table).flatMap(([stateName, row]) => {
    const cells = row.trim().split(/\s+/);
    expect(cells).toHaveLength(columns.length);
    return cells.map((cell, i) => [stateName, columns[i]!, cell] as const);
  });

  it.each(cases)('%s + %s → %s', (stateName, eventType, expected) => {
    const state = states[stateName as keyof typeof states];
    const next = transition(state, events[eventType]);
    if (expected === '=') expect(next).toBe(state);
    else {
      expect(next).not.toBe(state);
      expect(next.status).toBe(short[expected]);
    }
  });
});

describe('transition: what the states carry', () => {
  it('keeps the username through a failure, a restart and an expiry', () => {
    const failed = transition(states.authenticating, events.LOGIN_FAILED);
    expect(failed).toEqual({ status: 'idle', username: 'ada', error: networkDown });
    expect(transition(states.mfaExpired, events.RESTART)).toEqual({ status: 'idle', username: 'grace', error: null });
    expect(transition(states.keyAcknowledged, events.RESTART)).toMatchObject({ username: 'ada' });
    expect(transition(states.verifying, events.MFA_TIMED_OUT)).toEqual({ status: 'mfaExpired', username: 'grace' });
  });

  it('logout forgets everything', () => {
    expect(transition(states.keyShown, events.LOGOUT)).toEqual(initialAuthState);
  });

  it('turns a success into a session, with the key shown once', () => {
    const next = transition(states.authenticating, {
      type: 'LOGIN_SUCCEEDED',
      response: {
        status: 'SUCCESS',
        username: 'ada',
        userId: 'u-1',
        apiKey: 'k-123',
        message: 'Save it',
        accessToken: 'at',
        accessTokenExpiresAt: '2026-11-27T12:30:00Z',
      },
      now: NOW,
      clockSkewMs: 5_000,
    });
    expect(next).toEqual({
      status: 'authenticated',
      session: { username: 'ada', userId: 'u-1', accessToken: 'at', accessTokenExpiresAt: NOW + 1_800_000 - 5_000 },
      apiKey: { status: 'shown', value: 'k-123', name: 'loginKey', message: 'Save it' },
      error: null,
    });
  });

  it('assumes the documented 30 minutes when the server does not say when the token ends', () => {
    const next = transition(states.authenticating, events.LOGIN_SUCCEEDED);
    expect(next.status === 'authenticated' && next.session.accessTokenExpiresAt).toBe(NOW + ACCESS_TOKEN_LIFETIME_MS);
    expect(next.status === 'authenticated' && next.apiKey).toEqual({ status: 'none', message: null });
  });

  it('uses the verify answer’s key name', () => {
    const next = transition(states.verifying, {
      type: 'VERIFY_SUCCEEDED',
      response: { status: 'SUCCESS', apiKey: 'k', apiKeyName: 'ci' },
      ...received,
    });
    expect(next.status === 'authenticated' && next.apiKey).toMatchObject({ status: 'shown', name: 'ci' });
  });

  it('acknowledging drops the key value for good', () => {
    const next = transition(states.keyShown, events.ACKNOWLEDGE_API_KEY);
    expect(next.status === 'authenticated' && next.apiKey).toEqual({ status: 'acknowledged', name: 'loginKey' });
    expect(JSON.stringify(next)).not.toContain('key-secret');
    // A late duplicate answer cannot bring a key back once signed in.
    expect(transition(next, events.VERIFY_SUCCEEDED)).toBe(next);
    expect(transition(next, events.LOGIN_SUCCEEDED)).toBe(next);
  });

  it('preselects the first factor that takes a typed code, or the only one; else asks', () => {
    const one = transition(states.authenticating, events.MFA_REQUIRED);
    expect(one).toMatchObject({ status: 'mfaRequired', selectedFactorId: 'totp-1', username: 'ada' });
    const mfa = (factors: AuthFactor[]) =>
      transition(states.authenticating, {
        type: 'MFA_REQUIRED',
        response: { status: 'MFA_REQUIRED', factors, expiresAt: '2026-11-27T12:05:00Z' },
        now: NOW,
        clockSkewMs: -2_000,
      });
    // A user who types the code at once is not told to choose first.
    expect(mfa([push, totp])).toMatchObject({ selectedFactorId: 'totp-1', expiresAt: NOW + 300_000 + 2_000, clockSkewMs: -2_000 });
    expect(mfa([push])).toMatchObject({ selectedFactorId: 'push-1' });
    expect(mfa([push, { ...push, id: 'sms-1', factorType: 'sms' }])).toMatchObject({ selectedFactorId: null });
  });

  it('refuses a factor that was not offered', () => {
    expect(transition(states.mfaChoosing, { type: 'CHOOSE_FACTOR', factorId: 'nope' })).toBe(states.mfaChoosing);
    expect(transition(states.mfaChoosing, { type: 'CHOOSE_FACTOR', factorId: 'push-1' })).toMatchObject({
      selectedFactorId: 'push-1',
    });
  });

  it('makes an empty factor list a specific error, not an MFA step with nothing to pick', () => {
    const next = transition(states.authenticating, {
      type: 'MFA_REQUIRED',
      response: { status: 'MFA_REQUIRED', factors: [] },
      ...received,
    });
    expect(next.status).toBe('idle');
    expect(next.status === 'idle' && next.error?.kind).toBe('no-mfa-factor');
  });

  it('a wrong code keeps the MFA step with the error; an expired stateToken ends it', () => {
    expect(transition(states.verifying, events.VERIFY_FAILED)).toMatchObject({
      status: 'mfaRequired',
      selectedFactorId: 'totp-1',
      error: { kind: 'invalid-passcode' },
    });
    expect(
      transition(states.verifying, { type: 'VERIFY_FAILED', error: new AuthError('mfa-expired', { status: 401 }) }),
    ).toEqual({ status: 'mfaExpired', username: 'grace' });
  });

  it('extending the session replaces the token and clears an earlier error', () => {
    const failed = transition(states.noKey, events.SESSION_FAILED);
    const extended = transition(failed, events.SESSION_EXTENDED);
    expect(extended).toMatchObject({
      session: { accessToken: 'at-2', accessTokenExpiresAt: NOW + 3_600_000 },
      error: null,
    });
    // The server's expiry wins over the lifetime asked for, moved onto the local clock.
    const skewed = { ...events.SESSION_EXTENDED, accessTokenExpiresAt: new Date(NOW + 600_000).toISOString(), clockSkewMs: 5_000 };
    expect(transition(states.noKey, skewed)).toMatchObject({ session: { accessTokenExpiresAt: NOW + 595_000 } });
  });
});
