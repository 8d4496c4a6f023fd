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
const mfaContext = { username: 'grace', userId: 'u-2', factors: [totp], expiresAt: NOW + 300_000, clockSkewMs: 0, extending: false };

const states = {
  idle: initialAuthState,
  idleWithError: { status: 'idle', username: 'ada', error: new AuthError('invalid-credentials', { status: 401 }) },
  authenticating: { status: 'authenticating', username: 'ada' },
  mfaRequired: { status: 'mfaRequired', ...mfaContext, selectedFactorId: 'totp-1', error: null },
  mfaChoosing: { status: 'mfaRequired', ...mfaContext, factors: [totp, push], selectedFactorId: null, error: null },
  verifying: { status: 'verifying', ...mfaContext, selectedFactorId: 'totp-1' },
  mfaExtending: { status: 'mfaRequired', ...mfaContext, selectedFactorId: 'totp-1', error: null, extending: true },
  verifyingExtending: { status: 'verifying', ...mfaContext, selectedFactorId: 'totp-1', extending: true },
  keyShown: {
    status: 'authenticated',
    session: { username: 'ada', userId: 'u-1', accessToken: 'at-1', accessTokenExpiresAt: NOW + 1_800_000 },
    apiKey: { status: 'shown', value: 'key-secret', name: 'loginKey', message: 'Shown once' },
    sessionEnded: false,
    error: null,
  },
  keyShownEnded: {
    status: 'authenticated',
    session: { username: 'ada', userId: 'u-1', accessToken: 'at-1', accessTokenExpiresAt: NOW - 1 },
    apiKey: { status: 'shown', value: 'key-secret', name: 'loginKey', message: 'Shown once' },
    sessionEnded: true,
    error: new AuthError('session-expired', { detail: 'the accessToken ran out' }),
  },
  keyAcknowledged: {
    status: 'authenticated',
    session: { username: 'ada', userId: 'u-1', accessToken: 'at-1', accessTokenExpiresAt: NOW + 1_800_000 },
    apiKey: { status: 'acknowledged', name: 'loginKey' },
    sessionEnded: false,
    error: null,
  },
  noKey: {
    status: 'authenticated',
    session: { username: 'ada', userId: 'u-1', accessToken: 'at-1', accessTokenExpiresAt: NOW + 1_800_000 },
    apiKey: { status: 'none', message: null },
    sessionEnded: false,
    error: null,
  },
  mfaExpired: { status: 'mfaExpired', username: 'grace' },
  sessionExpired: { status: 'sessionExpired', username: 'ada' },
  restoring: { status: 'restoring' },
  cookieSession: {
    status: 'authenticated',
    session: { username: 'ada', userId: 'u-1', accessToken: null, accessTokenExpiresAt: NOW + 1_800_000 },
    apiKey: { status: 'none', message: null },
    sessionEnded: false,
    error: null,
  },
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
  MFA_EXTEND: { type: 'MFA_EXTEND' },
  MFA_EXTENDED: { type: 'MFA_EXTENDED', response: { status: 'MFA_REQUIRED', factors: [totp], expiresAt: new Date(NOW + 300_000).toISOString() }, now: NOW + 200_000, clockSkewMs: 0 },
  MFA_EXTEND_FAILED: { type: 'MFA_EXTEND_FAILED', error: networkDown },
  ACKNOWLEDGE_API_KEY: { type: 'ACKNOWLEDGE_API_KEY' },
  API_KEY_RENAMED: { type: 'API_KEY_RENAMED', name: 'ci-key' },
  SESSION_EXTENDED: { type: 'SESSION_EXTENDED', accessToken: 'at-2', lifetimeMs: 3_600_000, ...received },
  SESSION_FAILED: { type: 'SESSION_FAILED', error: new AuthError('session-expired', { status: 401 }) },
  SESSION_TIMED_OUT: { type: 'SESSION_TIMED_OUT' },
  RESTART: { type: 'RESTART' },
  LOGOUT: { type: 'LOGOUT' },
  RESTORE: { type: 'RESTORE' },
  RESTORED: { type: 'RESTORED', session: { username: 'ada', userId: 'u-1', accessTokenExpiresAt: new Date(NOW + 600_000).toISOString() }, ...received },
  RESTORE_FAILED: { type: 'RESTORE_FAILED' },
  SESSION_SYNCED: { type: 'SESSION_SYNCED', accessTokenExpiresAt: NOW + 3_600_000 },
};

// Columns follow `events` above. '=' means the event is refused: the very same state object comes back.
const columns = Object.keys(events) as AuthEventType[];
const table: Record<keyof typeof states, string> = {
  //               LOGIN  L_OK   MFA    L_FAIL CHOOSE VERIFY V_OK   V_FAIL MFA_TO EXT EXTD EXT_F ACK    RENAME S_EXT  S_FAIL S_TO   RESTART LOGOUT  RESTORE RESTORED R_FAIL SYNC
  idle:           'auth = = = = = = = = = = = = = = = = = = rest = = =',
  idleWithError:  'auth ok = = = = ok = = = = = = = = = = idle idle = = = =',
  authenticating: '= ok mfa idle = = = = = = = = = = = = = idle idle = = = =',
  mfaRequired:    '= = = = mfa ver ok = mfaX mfa = = = = = = = idle idle = = = =',
  mfaChoosing:    '= = = = mfa = ok = mfaX mfa = = = = = = = idle idle = = = =',
  verifying:      '= = = = = = ok mfa = = = = = = = = = idle idle = = = =',
  keyShown:       '= = = = = = = = = = = = ok ok ok ok ok idle idle = = = =',
  keyShownEnded:  '= = = = = = = = = = = = sesX ok = = = idle idle = = = =',
  keyAcknowledged:'= = = = = = = = = = = = = ok ok sesX sesX idle idle = = = =',
  noKey:          '= = = = = = = = = = = = = = ok sesX sesX idle idle = = = =',
  mfaExpired:     'auth = = = = = ok = = = = = = = = = = idle idle = = = =',
  sessionExpired: 'auth = = = = = = = = = = = = = = = = idle idle rest = = =',
  mfaExtending:   '=      =      =      =      mfa    ver    ok     =      mfaX   =   mfa  mfa  =      =      =      =      =      idle    idle = = = =',
  verifyingExtending: '=  =      =      =      =      =      ok     mfa    =      =   ver  ver  =      =      =      =      =      idle    idle = = = =',
  restoring:      '= = = = = = = = = = = = = = = = = idle idle = ok idle =',
  cookieSession:  '= = = = = = = = = = = = = = ok sesX sesX idle idle = = = ok',
};
const short: Record<string, AuthState['status']> = {
  idle: 'idle',
  auth: 'authenticating',
  mfa: 'mfaRequired',
  ver: 'verifying',
  ok: 'authenticated',
  mfaX: 'mfaExpired',
  sesX: 'sessionExpired',
  rest: 'restoring',
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
    expect(transition(states.mfaRequired, events.MFA_TIMED_OUT)).toEqual({ status: 'mfaExpired', username: 'grace' });
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
      sessionEnded: false,
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

  it('after logout no success lands, whatever state the sign-in was in; after a timeout or "Start again" it does', () => {
    for (const name of ['authenticating', 'mfaRequired', 'verifying', 'keyShown', 'mfaExpired'] as const) {
      const signedOut = transition(states[name], events.LOGOUT);
      expect(transition(signedOut, events.VERIFY_SUCCEEDED), name).toBe(signedOut);
      expect(transition(signedOut, events.LOGIN_SUCCEEDED), name).toBe(signedOut);
    }
    const restarted = transition(states.verifying, events.RESTART);
    expect(transition(restarted, events.VERIFY_SUCCEEDED)).toMatchObject({ status: 'authenticated', apiKey: { value: 'k' } });
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
    const failed = transition(states.noKey, { type: 'SESSION_FAILED', error: networkDown });
    expect(failed).toMatchObject({ status: 'authenticated', error: { kind: 'network' } });
    const extended = transition(failed, events.SESSION_EXTENDED);
    expect(extended).toMatchObject({
      session: { accessToken: 'at-2', accessTokenExpiresAt: NOW + 3_600_000 },
      error: null,
    });
    // The server's expiry wins over the lifetime asked for, moved onto the local clock.
    const skewed = { ...(events.SESSION_EXTENDED as Extract<AuthEvent, { type: 'SESSION_EXTENDED' }>), accessTokenExpiresAt: new Date(NOW + 600_000).toISOString(), clockSkewMs: 5_000 };
    expect(transition(states.noKey, skewed)).toMatchObject({ session: { accessTokenExpiresAt: NOW + 595_000 } });
  });

  it('a success lands late, after a timeout, "Start again" or the local deadline: it may carry the key', () => {
    const verified = { ...events.VERIFY_SUCCEEDED };
    const timedOut = transition(states.verifying, { type: 'VERIFY_FAILED', error: new AuthError('timeout') });
    for (const waiting of [timedOut, states.mfaExpired, transition(states.verifying, events.RESTART)]) {
      expect(transition(waiting, verified)).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown', value: 'k' } });
    }
    const loginTimedOut = transition(states.authenticating, { type: 'LOGIN_FAILED', error: new AuthError('timeout') });
    expect(transition(loginTimedOut, events.LOGIN_SUCCEEDED).status).toBe('authenticated');
    // Never into a newer sign-in, nor over a session.
    expect(transition(states.authenticating, verified)).toBe(states.authenticating);
    expect(transition(states.keyAcknowledged, verified)).toBe(states.keyAcknowledged);
  });

  it('a key on screen outlives the session: the session ends, the key stays until "Done"', () => {
    const ended = transition(states.keyShown, events.SESSION_TIMED_OUT);
    expect(ended).toMatchObject({
      status: 'authenticated',
      apiKey: { status: 'shown', value: 'key-secret' },
      error: { kind: 'session-expired' },
    });
    expect(transition(ended, events.SESSION_TIMED_OUT)).toBe(ended);
    expect(transition(ended, events.SESSION_EXTENDED)).toBe(ended); // a dead session is not revived
    expect(transition(ended, events.ACKNOWLEDGE_API_KEY)).toEqual({ status: 'sessionExpired', username: 'ada' });
    // A 401 says the same as the clock.
    expect(transition(states.keyShown, events.SESSION_FAILED)).toMatchObject({ apiKey: { status: 'shown' }, error: { kind: 'session-expired' } });
  });

  describe('server times that cannot be right fall back instead of ending a step on arrival', () => {
    const login = (accessTokenExpiresAt: string, clockSkewMs = 0) =>
      transition(states.authenticating, {
        type: 'LOGIN_SUCCEEDED',
        response: { status: 'SUCCESS', accessToken: 'at', apiKey: 'k', accessTokenExpiresAt },
        now: NOW,
        clockSkewMs,
      });
    const expiry = (state: AuthState) => (state.status === 'authenticated' ? state.session.accessTokenExpiresAt : null);

    it.each([
      ['in the past (a device clock far ahead, no Date header)', '2026-11-27T11:50:00Z'],
      ['a date long past', '2020-01-01T00:00:00Z'],
      ['beyond the 6 hours a token can live', '2026-11-28T12:00:00Z'],
    ])('an accessToken expiry %s: the documented 30 minutes from now', (_, iso) => {
      expect(expiry(login(iso))).toBe(NOW + ACCESS_TOKEN_LIFETIME_MS);
    });

    it('a time without a zone is UTC, not the device’s local time', () => {
      expect(expiry(login('2026-11-27T12:20:00'))).toBe(NOW + 20 * 60_000);
    });

    it('a time made plausible by the skew correction is used', () => {
      // The server's clock is 10 minutes behind and says so in its Date header.
      expect(expiry(login('2026-11-27T12:20:00Z', -600_000))).toBe(NOW + 30 * 60_000);
    });

    it('an MFA expiry already past or hours away: no local deadline, the server decides', () => {
      for (const expiresAt of ['2026-11-27T11:57:00Z', '2026-11-27T15:00:00Z']) {
        const next = transition(states.authenticating, {
          type: 'MFA_REQUIRED',
          response: { status: 'MFA_REQUIRED', factors: [totp], expiresAt },
          ...received,
        });
        expect(next).toMatchObject({ status: 'mfaRequired', expiresAt: null });
      }
    });
  });
});
