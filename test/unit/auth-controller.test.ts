// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientAuthResponse, RiffynAnswer, RiffynClient, SignInCallOptions } from '../../src/api/client.js';
import { createAuthController, LATE_ANSWER_MS, type AuthCalls } from '../../src/flow/auth-controller.js';
import { AuthError } from '../../src/core/errors.js';
import { extendSession, renameLoginKey } from '../../src/flow/session-actions.js';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const credentials = { username: 'grace', password: 'pässwörd✓ 🔑' };

const success = (extra: Partial<ClientAuthResponse> = {}): ClientAuthResponse => ({
  status: 'SUCCESS',
  username: 'grace',
  userId: 'u-2',
  apiKey: 'rk_secret',
  accessToken: 'at_secret',
  accessTokenExpiresAt: iso(NOW + 30 * 60_000),
  ...extra,
} as ClientAuthResponse);
const mfa = (extra: Partial<ClientAuthResponse> = {}): ClientAuthResponse => ({
  status: 'MFA_REQUIRED',
  username: 'grace',
  stateToken: 'st_secret',
  expiresAt: iso(NOW + 5 * 60_000),
  factors: [{ id: 'totp-1', factorType: 'token:software:totp' }],
  ...extra,
});

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** `request` answers the calls made after sign-in as Riffyn would (session-calls.ts reads them). */
function fakeClient(overrides: Partial<RiffynClient> = {}) {
  return {
    session: 'memory' as const,
    login: vi.fn<AuthCalls['login']>(async () => success()),
    verifyFactor: vi.fn<AuthCalls['verifyFactor']>(async () => success()),
    request: vi.fn<RiffynClient['request']>(async (call, init) => ({
      body:
        call === 'listApiKeys'
          ? [{ id: 'k1', name: 'loginKey' }]
          : call === 'renameApiKey'
            ? { id: 'k1', ...init?.body }
            : { accessToken: 'at_2', accessTokenExpiresAt: iso(NOW + 60 * 60_000) },
    })),
    ...overrides,
  };
}

async function signIn(controller: ReturnType<typeof createAuthController>) {
  controller.stageCredentials(credentials);
  return controller.login();
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('auth controller', () => {
  it('logs in and shows the key; the password is gone afterwards', async () => {
    const client = fakeClient();
    const controller = createAuthController({ client });
    await expect(signIn(controller)).resolves.toEqual({ status: 'authenticated' });
    expect(client.login).toHaveBeenCalledWith(credentials, { signal: expect.any(AbortSignal), onLateAnswer: expect.any(Function) });
    expect(controller.getState()).toMatchObject({ apiKey: { status: 'shown', value: 'rk_secret' } });

    // Nothing staged survives: a second login without new credentials sends nothing.
    controller.logout();
    await controller.login();
    expect(client.login).toHaveBeenCalledTimes(1);
    expect(controller.getState()).toMatchObject({ status: 'idle', error: { kind: 'invalid-input' } });
  });

  it('sends the stateToken and credentials to verify, never putting them in state', async () => {
    const client = fakeClient({ login: vi.fn(async () => mfa()) });
    const controller = createAuthController({ client });
    await signIn(controller);
    const state = controller.getState();
    expect(state.status).toBe('mfaRequired');
    expect(JSON.stringify(state)).not.toMatch(/st_secret|pässwörd/);

    controller.stagePassCode('123456');
    await expect(controller.verify()).resolves.toEqual({ status: 'authenticated' });
    expect(client.verifyFactor).toHaveBeenCalledWith(
      { ...credentials, stateToken: 'st_secret', factorId: 'totp-1', passCode: '123456' },
      { signal: expect.any(AbortSignal), onLateAnswer: expect.any(Function) },
    );
  });

  it('lets the user retry after a wrong code, then wipes the secrets on success', async () => {
    const verifyFactor = vi
      .fn<AuthCalls['verifyFactor']>()
      .mockRejectedValueOnce(new AuthError('invalid-passcode', { status: 401 }))
      .mockResolvedValueOnce(success());
    const client = fakeClient({ login: vi.fn(async () => mfa()), verifyFactor });
    const controller = createAuthController({ client });
    await signIn(controller);

    controller.stagePassCode('000000');
    await controller.verify();
    expect(controller.getState()).toMatchObject({ status: 'mfaRequired', error: { kind: 'invalid-passcode' } });

    controller.stagePassCode('123456');
    await controller.verify();
    expect(controller.getState().status).toBe('authenticated');
    expect(verifyFactor.mock.calls[1]![0]).toMatchObject({ stateToken: 'st_secret', passCode: '123456' });
  });

  it('ends the MFA step when the stateToken expires and sends no verify after it', async () => {
    const client = fakeClient({ login: vi.fn(async () => mfa()) });
    const controller = createAuthController({ client });
    await signIn(controller);

    await vi.advanceTimersByTimeAsync(5 * 60_000 - 1);
    expect(controller.getState().status).toBe('mfaRequired');
    await vi.advanceTimersByTimeAsync(1);
    expect(controller.getState()).toEqual({ status: 'mfaExpired', username: 'grace' });

    controller.stagePassCode('123456');
    await controller.verify();
    expect(client.verifyFactor).not.toHaveBeenCalled();

    controller.restart();
    expect(controller.getState()).toEqual({ status: 'idle', username: 'grace', error: null });
  });

  it('checks the clock itself when asked to verify just after expiry', async () => {
    const client = fakeClient({ login: vi.fn(async () => mfa()) });
    let clock = NOW;
    const controller = createAuthController({ client, now: () => clock });
    controller.stageCredentials(credentials);
    await controller.login(); // the stateToken dies at NOW+5 min
    clock = NOW + 5 * 60_000; // the deadline has passed, its timer not run yet
    controller.stagePassCode('123456');
    await controller.verify();
    expect(client.verifyFactor).not.toHaveBeenCalled();
    expect(controller.getState().status).toBe('mfaExpired');
  });

  it('removes server clock skew from the deadlines', async () => {
    const client = fakeClient({ login: vi.fn(async () => mfa({ serverDate: NOW + 120_000, expiresAt: iso(NOW + 120_000 + 300_000) })) });
    const controller = createAuthController({ client });
    await signIn(controller);
    expect(controller.getState()).toMatchObject({ clockSkewMs: 120_000, expiresAt: NOW + 300_000 });
  });

  it('counts the Date header’s whole-second rounding as no skew', async () => {
    // The server's clock agrees, but its Date header says 12:00:00 for an answer read at 12:00:00.800.
    const client = fakeClient({ login: vi.fn(async () => mfa({ serverDate: NOW - 800 })) });
    const controller = createAuthController({ client });
    await signIn(controller);
    expect(controller.getState()).toMatchObject({ clockSkewMs: 0, expiresAt: NOW + 5 * 60_000 });
  });

  it('moves to sessionExpired when the accessToken runs out, and says so', async () => {
    const onSessionExpired = vi.fn();
    const controller = createAuthController({ client: fakeClient({ login: vi.fn(async () => success({ apiKey: undefined })) }), onSessionExpired });
    await signIn(controller);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(controller.getState()).toEqual({ status: 'sessionExpired', username: 'grace' });
    expect(onSessionExpired).toHaveBeenCalledWith('grace');
  });

  it('extends the session before it ends', async () => {
    const onSessionExtended = vi.fn();
    const client = fakeClient();
    const controller = createAuthController({ client, onSessionExtended });
    await signIn(controller);
    await vi.advanceTimersByTimeAsync(25 * 60_000);
    const session = await extendSession(controller, client, 3600);
    expect(client.request).toHaveBeenCalledWith('refreshAccessToken', {
      headers: { 'access-token': 'at_secret' },
      body: { time: 3600 },
      signal: expect.any(AbortSignal),
    });
    expect(session).toMatchObject({ accessToken: 'at_2', accessTokenExpiresAt: NOW + 60 * 60_000 });
    expect(onSessionExtended).toHaveBeenCalledWith(session);
    await vi.advanceTimersByTimeAsync(10 * 60_000); // past the first token's end
    expect(controller.getState().status).toBe('authenticated');
  });

  it('keeps a failed extension as an error on the session', async () => {
    const client = fakeClient({ request: vi.fn(async () => Promise.reject(new AuthError('network'))) });
    const controller = createAuthController({ client });
    await signIn(controller);
    await expect(extendSession(controller, client)).rejects.toMatchObject({ kind: 'network' });
    expect(controller.getState()).toMatchObject({ status: 'authenticated', error: { kind: 'network' } });
  });

  it('renames the shown key by its current name', async () => {
    const client = fakeClient();
    const controller = createAuthController({ client });
    await signIn(controller);
    await expect(renameLoginKey(controller, client, 'laptop')).resolves.toBe('laptop');
    expect(client.request).toHaveBeenLastCalledWith('renameApiKey', {
      headers: { 'access-token': 'at_secret' },
      body: { name: 'laptop' },
      param: 'k1',
      signal: expect.any(AbortSignal),
    });
    expect(controller.getState()).toMatchObject({ apiKey: { name: 'laptop', value: 'rk_secret' } });
  });

  it('refuses the calls made after sign-in once the flow has left it', async () => {
    const client = fakeClient();
    const controller = createAuthController({ client });
    await expect(extendSession(controller, client)).rejects.toMatchObject({ kind: 'session-expired' });
    await signIn(controller);
    controller.logout();
    await expect(renameLoginKey(controller, client, 'laptop')).rejects.toMatchObject({ kind: 'session-expired' });
    expect(client.request).not.toHaveBeenCalled();
  });

  it('sends one request for a double submit', async () => {
    const answer = deferred<ClientAuthResponse>();
    const client = fakeClient({ login: vi.fn(() => answer.promise) });
    const controller = createAuthController({ client });
    const first = signIn(controller);
    const second = signIn(controller);
    answer.resolve(success());
    await Promise.all([first, second]);
    expect(client.login).toHaveBeenCalledTimes(1);
  });

  it('keeps the staged credentials while the MFA step uses them', async () => {
    const verifyFactor = vi.fn<AuthCalls['verifyFactor']>(async () => success());
    const client = fakeClient({ login: vi.fn(async () => mfa()), verifyFactor });
    const controller = createAuthController({ client });
    await signIn(controller);
    controller.stageCredentials({ username: 'mallory', password: 'other' }); // e.g. a stray form submit
    await controller.login(); // refused by the machine: no request
    controller.stagePassCode('123456');
    await controller.verify();
    expect(client.login).toHaveBeenCalledTimes(1);
    expect(verifyFactor.mock.calls[0]![0]).toMatchObject(credentials);
  });

  it('restart aborts the request in flight and ignores its late answer', async () => {
    const first = deferred<ClientAuthResponse>();
    const second = deferred<ClientAuthResponse>();
    const login = vi.fn<AuthCalls['login']>().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const controller = createAuthController({ client: fakeClient({ login }) });

    const attempt1 = signIn(controller);
    const signal1 = login.mock.calls[0]![1]!.signal!;
    controller.restart();
    expect(signal1.aborted).toBe(true);
    expect(controller.getState()).toEqual({ status: 'idle', username: 'grace', error: null });

    const attempt2 = signIn(controller);
    first.resolve(success({ apiKey: 'stale' })); // the aborted call answers anyway
    await attempt1;
    expect(controller.getState().status).toBe('authenticating');
    second.resolve(mfa());
    await attempt2;
    expect(controller.getState().status).toBe('mfaRequired');
  });

  it('dispose aborts, clears its timers and stops notifying', async () => {
    const answer = deferred<ClientAuthResponse>();
    const login = vi.fn<AuthCalls['login']>().mockResolvedValueOnce(mfa()).mockReturnValueOnce(answer.promise);
    const controller = createAuthController({ client: fakeClient({ login }) });
    const listener = vi.fn();
    controller.subscribe(listener);
    await signIn(controller);
    expect(vi.getTimerCount()).toBe(1); // the stateToken deadline

    controller.dispose();
    expect(vi.getTimerCount()).toBe(0);
    listener.mockClear();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(listener).not.toHaveBeenCalled();
    expect(controller.getState().status).toBe('mfaRequired');
  });

  it('an empty factor list is a specific error with the username kept', async () => {
    const controller = createAuthController({ client: fakeClient({ login: vi.fn(async () => mfa({ factors: [] })) }) });
    await signIn(controller);
    expect(controller.getState()).toMatchObject({ status: 'idle', username: 'grace', error: { kind: 'no-mfa-factor' } });
  });

  it('turns an unexpected throw into an AuthError', async () => {
    const controller = createAuthController({ client: fakeClient({ login: vi.fn(async () => Promise.reject(new TypeError('boom'))) }) });
    await signIn(controller);
    const state = controller.getState();
    expect(state.status === 'idle' && state.error).toBeInstanceOf(AuthError);
  });
});

describe('every answer belongs to the session that asked for it', () => {
  /** A client whose session calls wait until released, and ignore their signal, as a slow network does. */
  function slowSessionCalls() {
    const answers: Array<Deferred<RiffynAnswer>> = [];
    const request = vi.fn<RiffynClient['request']>((call) => {
      if (call === 'listApiKeys') return Promise.resolve({ body: [{ id: 'k1', name: 'loginKey' }] });
      const answer = deferred<RiffynAnswer>();
      answers.push(answer);
      return answer.promise;
    });
    const login = vi
      .fn<AuthCalls['login']>()
      .mockResolvedValueOnce(success({ username: 'alice', accessToken: 'at_alice' }))
      .mockResolvedValueOnce(success({ username: 'bob', accessToken: 'at_bob', apiKey: 'rk_bob' }));
    return { client: fakeClient({ login, request }), answers, request };
  }

  it('sign-out aborts an extend in flight, and its late answer never reaches the next user', async () => {
    const { client, answers, request } = slowSessionCalls();
    const onSessionExtended = vi.fn();
    const controller = createAuthController({ client, onSessionExtended });
    await signIn(controller); // alice
    const extending = extendSession(controller, client);
    const signal = request.mock.calls[0]![1]!.signal!;

    controller.logout();
    expect(signal.aborted).toBe(true);
    controller.stageCredentials({ username: 'bob', password: 'x' });
    await controller.login();

    answers[0]!.resolve({ body: { accessToken: 'at_alice_2' } }); // answers anyway
    await expect(extending).rejects.toMatchObject({ kind: 'aborted' });
    expect(controller.getState()).toMatchObject({ session: { username: 'bob', accessToken: 'at_bob' }, error: null });
    expect(onSessionExtended).not.toHaveBeenCalled();
  });

  it('a late rename shows no name under the next user’s key', async () => {
    const { client, answers } = slowSessionCalls();
    const controller = createAuthController({ client });
    await signIn(controller);
    const renaming = renameLoginKey(controller, client, 'alice-laptop');
    await vi.advanceTimersByTimeAsync(0); // the key list arrives, the rename is sent
    controller.logout();
    controller.stageCredentials({ username: 'bob', password: 'x' });
    await controller.login();

    answers[0]!.resolve({ body: { id: 'k1', name: 'alice-laptop' } });
    await expect(renaming).rejects.toMatchObject({ kind: 'aborted' });
    expect(controller.getState()).toMatchObject({ apiKey: { status: 'shown', value: 'rk_bob', name: 'loginKey' } });
  });

  it('restart, a new login and the end of the session abort the session calls too', async () => {
    const { client, request } = slowSessionCalls();
    const controller = createAuthController({ client });
    await signIn(controller);
    void extendSession(controller, client).catch(() => {});
    controller.restart();
    expect(request.mock.calls[0]![1]!.signal!.aborted).toBe(true);
  });

  it('a login or verify answer of an older sign-in is dropped', async () => {
    const first = deferred<ClientAuthResponse>();
    const login = vi.fn<AuthCalls['login']>().mockResolvedValueOnce(mfa()).mockResolvedValueOnce(mfa({ stateToken: 'st_2' }));
    const verifyFactor = vi.fn<AuthCalls['verifyFactor']>().mockReturnValueOnce(first.promise);
    const controller = createAuthController({ client: fakeClient({ login, verifyFactor }) });
    await signIn(controller);
    controller.stagePassCode('123456');
    const verifying = controller.verify();
    controller.restart(); // back to the form while the code is checked...
    await signIn(controller); // ...and a new sign-in begins: the old check is abandoned
    expect(verifyFactor.mock.calls[0]![1]!.signal!.aborted).toBe(true);
    first.resolve(success({ apiKey: 'rk_old' }));
    await verifying;
    expect(controller.getState()).toMatchObject({ status: 'mfaRequired' });
  });
});

describe('once the server has sent a key, only "Done" removes it', () => {
  function checkingCode() {
    const answer = deferred<ClientAuthResponse>();
    const verifyFactor = vi.fn<AuthCalls['verifyFactor']>(() => answer.promise);
    const client = fakeClient({ login: vi.fn(async () => mfa()), verifyFactor });
    const controller = createAuthController({ client });
    return { answer, verifyFactor, controller };
  }

  it('the code’s local deadline does not cut a check short: the server’s yes lands, with the key', async () => {
    const { answer, verifyFactor, controller } = checkingCode();
    await signIn(controller);
    controller.stagePassCode('123456');
    const verifying = controller.verify();
    await vi.advanceTimersByTimeAsync(5 * 60_000 + 1_000); // past the stateToken's local deadline
    expect(verifyFactor.mock.calls[0]![1]!.signal!.aborted).toBe(false);
    expect(controller.getState().status).toBe('verifying');
    answer.resolve(success());
    await verifying;
    expect(controller.getState()).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown', value: 'rk_secret' } });
  });

  it('a refused code after the deadline ends the step', async () => {
    const { answer, controller } = checkingCode();
    await signIn(controller);
    controller.stagePassCode('123456');
    const verifying = controller.verify();
    await vi.advanceTimersByTimeAsync(5 * 60_000 + 1_000);
    answer.reject(new AuthError('invalid-passcode', { status: 401 }));
    await verifying;
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getState().status).toBe('mfaExpired');
  });

  it('"Start again" during the check does not abandon it: an accepted code still shows the key', async () => {
    const { answer, verifyFactor, controller } = checkingCode();
    await signIn(controller);
    controller.stagePassCode('123456');
    const verifying = controller.verify();
    controller.restart();
    expect(controller.getState()).toMatchObject({ status: 'idle', username: 'grace' });
    expect(verifyFactor.mock.calls[0]![1]!.signal!.aborted).toBe(false);
    answer.resolve(success());
    await verifying;
    expect(controller.getState()).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown', value: 'rk_secret' } });
  });

  it('after the client’s timeout, a late success still lands; a late failure does not', async () => {
    const late = deferred<ClientAuthResponse>();
    const verifyFactor = vi.fn(async (_: unknown, options?: SignInCallOptions) => {
      options!.onLateAnswer!(late.promise);
      throw new AuthError('timeout');
    });
    const controller = createAuthController({ client: fakeClient({ login: vi.fn(async () => mfa()), verifyFactor }) });
    await signIn(controller);
    controller.stagePassCode('123456');
    await controller.verify();
    expect(controller.getState()).toMatchObject({ status: 'mfaRequired', error: { kind: 'timeout' } });
    late.resolve(success());
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getState()).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown', value: 'rk_secret' } });
  });

  it('the accessToken running out leaves the key on screen; "Done" then ends the session', async () => {
    const onSessionExpired = vi.fn();
    const client = fakeClient();
    const controller = createAuthController({ client, onSessionExpired });
    await signIn(controller);
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    expect(controller.getState()).toMatchObject({
      status: 'authenticated',
      apiKey: { status: 'shown', value: 'rk_secret' },
      error: { kind: 'session-expired' },
    });
    expect(onSessionExpired).toHaveBeenCalledWith('grace');
    await expect(renameLoginKey(controller, client, 'laptop')).rejects.toMatchObject({ kind: 'session-expired' });
    controller.acknowledgeApiKey();
    expect(controller.getState()).toEqual({ status: 'sessionExpired', username: 'grace' });
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('an expiry already past on this clock (a fast device, a garbled date) does not take the key', async () => {
    for (const accessTokenExpiresAt of [iso(NOW - 60_000), '2020-01-01T00:00:00Z']) {
      const controller = createAuthController({ client: fakeClient({ login: vi.fn(async () => success({ accessTokenExpiresAt })) }) });
      await signIn(controller);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(controller.getState()).toMatchObject({ apiKey: { status: 'shown' }, error: null, session: { accessTokenExpiresAt: NOW + 30 * 60_000 } });
      vi.setSystemTime(NOW);
    }
  });

  it('a 401 on extend ends the session at once, whatever the clock says', async () => {
    const onSessionExpired = vi.fn();
    const client = fakeClient({
      login: vi.fn(async () => success({ apiKey: undefined })),
      request: vi.fn(async () => Promise.reject(new AuthError('session-expired', { status: 401 }))),
    });
    const controller = createAuthController({ client, onSessionExpired });
    await signIn(controller);
    await expect(extendSession(controller, client)).rejects.toMatchObject({ kind: 'session-expired' });
    expect(controller.getState()).toEqual({ status: 'sessionExpired', username: 'grace' });
    expect(onSessionExpired).toHaveBeenCalledWith('grace');
  });

  it('refuses an extension it cannot honour before sending anything', async () => {
    const client = fakeClient();
    const controller = createAuthController({ client });
    await signIn(controller);
    for (const seconds of [-60, 0, 1e12, '3600x' as unknown as number]) {
      await expect(extendSession(controller, client, seconds)).rejects.toMatchObject({ kind: 'invalid-input' });
    }
    expect(client.request).not.toHaveBeenCalled();
    expect(controller.getState()).toMatchObject({ status: 'authenticated', error: null });
  });
});

describe('hidden and shown again (<Activity>, route caches, Fast Refresh)', () => {
  it('a login answered while hidden is there when shown again, not stuck on "Signing in…"', async () => {
    const answer = deferred<ClientAuthResponse>();
    const login = vi.fn<AuthCalls['login']>(() => answer.promise);
    const controller = createAuthController({ client: fakeClient({ login }) });
    const pending = signIn(controller);
    controller.dispose();
    expect(login.mock.calls[0]![1]!.signal!.aborted).toBe(false);
    answer.resolve(success());
    await pending;
    controller.activate();
    expect(controller.getState()).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown', value: 'rk_secret' } });
  });

  it('a code checked while hidden shows its key when shown again', async () => {
    const answer = deferred<ClientAuthResponse>();
    const controller = createAuthController({
      client: fakeClient({ login: vi.fn(async () => mfa()), verifyFactor: vi.fn(() => answer.promise) }),
    });
    await signIn(controller);
    controller.stagePassCode('123456');
    const verifying = controller.verify();
    controller.dispose();
    answer.resolve(success());
    await verifying;
    controller.activate();
    expect(controller.getState()).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown' } });
  });

  it('hidden and shown again while the login is out: its MFA answer ends the step at once, not after a code', async () => {
    const answer = deferred<ClientAuthResponse>();
    const verifyFactor = vi.fn<AuthCalls['verifyFactor']>(async () => success());
    const controller = createAuthController({ client: fakeClient({ login: vi.fn(() => answer.promise), verifyFactor }) });
    const pending = signIn(controller);
    controller.dispose(); // hidden: the password is wiped
    controller.activate(); // shown again before the answer
    answer.resolve(mfa());
    await pending;
    expect(controller.getState()).toEqual({ status: 'mfaExpired', username: 'grace' });
    expect(verifyFactor).not.toHaveBeenCalled();
  });

  it('an MFA step whose secrets a hide wiped says so at once, with its way out', async () => {
    const answer = deferred<ClientAuthResponse>();
    const controller = createAuthController({ client: fakeClient({ login: vi.fn(() => answer.promise) }) });
    const pending = signIn(controller);
    controller.dispose();
    answer.resolve(mfa());
    await pending;
    controller.activate();
    expect(controller.getState()).toEqual({ status: 'mfaExpired', username: 'grace' });
    controller.restart();
    expect(controller.getState()).toEqual({ status: 'idle', username: 'grace', error: null });
  });
});

describe('"Get more time" on the MFA step', () => {
  it('signs in again with the held credentials, keeps the step and verifies with the fresh stateToken', async () => {
    const login = vi
      .fn<AuthCalls['login']>()
      .mockResolvedValueOnce(mfa())
      .mockResolvedValueOnce(mfa({ stateToken: 'st_fresh', expiresAt: iso(NOW + 9 * 60_000) }));
    const client = fakeClient({ login });
    const controller = createAuthController({ client });
    await signIn(controller);
    vi.setSystemTime(NOW + 4 * 60_000);

    const asked = controller.extendMfa();
    expect(controller.getState()).toMatchObject({ status: 'mfaRequired', extending: true });
    await expect(asked).resolves.toEqual({ status: 'mfaRequired' });
    expect(login).toHaveBeenLastCalledWith(credentials, { signal: expect.any(AbortSignal) });
    expect(controller.getState()).toMatchObject({
      status: 'mfaRequired',
      selectedFactorId: 'totp-1',
      expiresAt: NOW + 9 * 60_000,
      extending: false,
      error: null,
    });
    expect(JSON.stringify(controller.getState())).not.toMatch(/st_fresh|pässwörd/);

    // The old deadline no longer ends the step.
    vi.advanceTimersByTime(2 * 60_000);
    expect(controller.getState().status).toBe('mfaRequired');
    controller.stagePassCode('123456');
    await controller.verify();
    expect(client.verifyFactor).toHaveBeenCalledWith(expect.objectContaining({ stateToken: 'st_fresh', ...credentials }), expect.anything());
  });

  it('a failure stays on the step with its error and the old deadline', async () => {
    const login = vi.fn<AuthCalls['login']>().mockResolvedValueOnce(mfa()).mockRejectedValueOnce(new AuthError('network'));
    const controller = createAuthController({ client: fakeClient({ login }) });
    await signIn(controller);
    await controller.extendMfa();
    expect(controller.getState()).toMatchObject({ status: 'mfaRequired', expiresAt: NOW + 5 * 60_000, extending: false, error: { kind: 'network' } });
  });

  it('restart and sign-out abort it, and its late answer changes nothing', async () => {
    for (const leave of ['restart', 'logout'] as const) {
      const late = deferred<ClientAuthResponse>();
      const login = vi.fn<AuthCalls['login']>().mockResolvedValueOnce(mfa()).mockReturnValueOnce(late.promise);
      const client = fakeClient({ login });
      const controller = createAuthController({ client });
      await signIn(controller);
      const asked = controller.extendMfa();
      const { signal } = login.mock.calls[1]![1]!;
      controller[leave]();
      expect(signal!.aborted).toBe(true);
      const after = controller.getState();
      late.resolve(mfa({ stateToken: 'st_late' }));
      await asked;
      expect(controller.getState()).toBe(after);
    }
  });

  it('is refused outside the code step and while one is in flight', async () => {
    const late = deferred<ClientAuthResponse>();
    const login = vi.fn<AuthCalls['login']>().mockResolvedValueOnce(mfa()).mockReturnValueOnce(late.promise);
    const controller = createAuthController({ client: fakeClient({ login }) });
    await controller.extendMfa();
    expect(login).not.toHaveBeenCalled();
    await signIn(controller);
    const asked = controller.extendMfa();
    await controller.extendMfa();
    expect(login).toHaveBeenCalledTimes(2);
    late.resolve(mfa());
    await asked;
  });
});

/**
 * A sign-in call the client's timeout gives up on: it hands over the answer still to come (which
 * rejects as the real client's does when its signal aborts) and rejects with `timeout`.
 */
function timingOut(late: Deferred<ClientAuthResponse>) {
  return async (_: unknown, options?: SignInCallOptions): Promise<ClientAuthResponse> => {
    options!.signal!.addEventListener('abort', () => late.reject(new AuthError('aborted')));
    options!.onLateAnswer!(late.promise);
    throw new AuthError('timeout');
  };
}

describe('a sign-in the client timed out on, which the server may still accept with the key', () => {
  const keyless = () => success({ apiKey: undefined, message: 'You already have an API key' });

  it('a retry does not abort it: the key it brings is shown, even after the retry’s keyless answer', async () => {
    const late = deferred<ClientAuthResponse>();
    const retry = deferred<ClientAuthResponse>();
    const login = vi.fn<AuthCalls['login']>().mockImplementationOnce(timingOut(late)).mockReturnValueOnce(retry.promise);
    const controller = createAuthController({ client: fakeClient({ login }) });
    await signIn(controller);
    expect(controller.getState()).toMatchObject({ status: 'idle', error: { kind: 'timeout' } });

    const again = signIn(controller); // "Sign in" again
    expect(login.mock.calls[0]![1]!.signal!.aborted).toBe(false);
    retry.resolve(keyless()); // Riffyn made the key on the first call
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getState().status).toBe('authenticating'); // waits for the first call
    late.resolve(success({ apiKey: 'rk_first' }));
    await again;
    expect(controller.getState()).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown', value: 'rk_first' } });
  });

  it('its key lands while the retry is still out, and the retry’s answer then changes nothing', async () => {
    const late = deferred<ClientAuthResponse>();
    const retry = deferred<ClientAuthResponse>();
    const login = vi.fn<AuthCalls['login']>().mockImplementationOnce(timingOut(late)).mockReturnValueOnce(retry.promise);
    const controller = createAuthController({ client: fakeClient({ login }) });
    await signIn(controller);
    const again = signIn(controller);
    late.resolve(success({ apiKey: 'rk_first' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getState()).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown', value: 'rk_first' } });
    retry.resolve(keyless());
    await again;
    expect(controller.getState()).toMatchObject({ apiKey: { status: 'shown', value: 'rk_first' } });
  });

  it('a timed-out code check survives "Start again" and a new login of the same user', async () => {
    const late = deferred<ClientAuthResponse>();
    const verifyFactor = vi.fn<AuthCalls['verifyFactor']>().mockImplementationOnce(timingOut(late));
    const controller = createAuthController({ client: fakeClient({ login: vi.fn(async () => mfa()), verifyFactor }) });
    await signIn(controller);
    controller.stagePassCode('123456');
    await controller.verify();
    controller.restart();
    await signIn(controller); // the MFA step again
    expect(verifyFactor.mock.calls[0]![1]!.signal!.aborted).toBe(false);
    late.resolve(success({ apiKey: 'rk_first' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.getState()).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown', value: 'rk_first' } });
  });

  it('never goes to another user, and logout cancels it', async () => {
    for (const next of ['other user', 'logout'] as const) {
      const late = deferred<ClientAuthResponse>();
      const login = vi
        .fn<AuthCalls['login']>()
        .mockImplementationOnce(timingOut(late))
        .mockResolvedValueOnce(success({ username: 'mallory', apiKey: undefined }));
      const controller = createAuthController({ client: fakeClient({ login }) });
      await signIn(controller);
      const { signal } = login.mock.calls[0]![1]!;
      if (next === 'logout') controller.logout();
      else {
        controller.stageCredentials({ username: 'mallory', password: 'x' });
        await controller.login();
      }
      expect(signal!.aborted, next).toBe(next === 'logout');
      const after = controller.getState();
      late.resolve(success({ apiKey: 'rk_grace' }));
      await vi.advanceTimersByTimeAsync(0);
      expect(controller.getState(), next).toBe(after);
      expect(JSON.stringify(controller.getState())).not.toContain('rk_grace');
    }
  });

  it('after "Start again" it may still sign the tab in, but only within LATE_ANSWER_MS', async () => {
    for (const wait of [LATE_ANSWER_MS - 1000, LATE_ANSWER_MS]) {
      const late = deferred<ClientAuthResponse>();
      const login = vi.fn<AuthCalls['login']>().mockImplementationOnce(timingOut(late));
      const controller = createAuthController({ client: fakeClient({ login }) });
      await signIn(controller);
      controller.restart();
      await vi.advanceTimersByTimeAsync(wait);
      expect(login.mock.calls[0]![1]!.signal!.aborted).toBe(wait >= LATE_ANSWER_MS);
      late.resolve(success());
      await vi.advanceTimersByTimeAsync(0);
      expect(controller.getState().status).toBe(wait >= LATE_ANSWER_MS ? 'idle' : 'authenticated');
    }
  });
});
