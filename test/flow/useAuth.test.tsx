import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthProvider } from '../../src/react/AuthProvider.js';
import { useAuth } from '../../src/react/useAuth.js';
import { useExtendSession, useRenameApiKey } from '../../src/react/useSessionCalls.js';

const BASE = 'https://api.acme.riffyn.test';
const PASSWORD = 'pässwörd✓ 🔑';
const SECRETS = [PASSWORD, 'rk_secret', 'at_secret', 'st_secret', '123456', '654321'];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const expiresIn = (ms: number) => new Date(Date.now() + ms).toISOString();
const success = (apiKey?: string) => ({
  username: 'grace',
  userId: 'u-2',
  status: 'SUCCESS',
  ...(apiKey ? { apiKey, message: 'This Api key is displayed only once, please save it and store securely' } : {}),
  accessToken: 'at_secret',
  accessTokenExpiresAt: expiresIn(30 * 60_000),
});
const mfaRequired = () => ({
  username: 'grace',
  userId: 'u-2',
  status: 'MFA_REQUIRED',
  stateToken: 'st_secret',
  expiresAt: expiresIn(5 * 60_000),
  factors: [{ id: 'totp-1', factorType: 'token:software:totp', provider: 'GOOGLE' }],
});

/** The flow and, beside it, the calls a signed-in page makes: what AuthFlow and a session page use. */
const useEverything = () => ({ ...useAuth(), ...useRenameApiKey(), ...useExtendSession() });

function setup(options: { appQueryClient?: QueryClient } = {}) {
  const client = createRiffynClient({ baseUrl: BASE });
  const kitQueryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => {
    const provider = (
      <AuthProvider client={client} queryClient={options.appQueryClient ? undefined : kitQueryClient}>
        {children}
      </AuthProvider>
    );
    return options.appQueryClient ? (
      <QueryClientProvider client={options.appQueryClient}>{provider}</QueryClientProvider>
    ) : (
      provider
    );
  };
  const hook = renderHook(useEverything, { wrapper });
  const queryClient = options.appQueryClient ?? kitQueryClient;
  return { ...hook, queryClient };
}

/** Everything react-query holds, as text: mutation variables, data, errors, and any query. */
function cacheText(queryClient: QueryClient): string {
  const mutations = queryClient.getMutationCache().getAll().map((m) => ({ options: m.options.mutationKey, state: m.state }));
  const queries = queryClient.getQueryCache().getAll().map((q) => q.state);
  return JSON.stringify({ mutations, queries }, (_, value) => (value instanceof Error ? { ...value, message: value.message } : value));
}

function expectNoSecrets(text: string) {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('useAuth', () => {
  it('SUCCESS with a key: shows it once, then forgets it; caches hold no secret', async () => {
    server.use(http.post(`${BASE}/v1/auth`, () => HttpResponse.json(success('rk_secret'))));
    const { result, queryClient } = setup();

    act(() => result.current.login({ username: 'grace', password: PASSWORD }));
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));
    expect(result.current.state).toMatchObject({
      session: { username: 'grace', accessToken: 'at_secret' },
      apiKey: { status: 'shown', value: 'rk_secret', name: 'loginKey' },
    });
    // Sign-in is the controller's alone: react-query holds nothing of it, secret or not.
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);
    expectNoSecrets(cacheText(queryClient));

    act(() => result.current.acknowledgeApiKey());
    expect(result.current.state).toMatchObject({ apiKey: { status: 'acknowledged', name: 'loginKey' } });
    expect(JSON.stringify(result.current.state)).not.toContain('rk_secret');
  });

  it('SUCCESS without a key says the user already has one', async () => {
    server.use(http.post(`${BASE}/v1/auth`, () => HttpResponse.json(success())));
    const { result } = setup();
    act(() => result.current.login({ username: 'grace', password: PASSWORD }));
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));
    expect(result.current.state).toMatchObject({ apiKey: { status: 'none' } });
  });

  it('MFA then verify, with a wrong code first; nothing secret left in the caches', async () => {
    const verified: unknown[] = [];
    server.use(
      http.post(`${BASE}/v1/auth`, () => HttpResponse.json(mfaRequired())),
      http.post(`${BASE}/v1/auth/factor/:factorId/verify`, async ({ request, params }) => {
        const body = (await request.json()) as { stateToken: string; passCode: string };
        verified.push({ factorId: params.factorId, ...body });
        return body.passCode === '123456'
          ? HttpResponse.json(success('rk_secret'))
          : HttpResponse.json({ error: 'Invalid passcode.' }, { status: 401 });
      }),
    );
    const { result, queryClient } = setup();

    act(() => result.current.login({ username: 'grace', password: PASSWORD }));
    await waitFor(() => expect(result.current.state.status).toBe('mfaRequired'));
    expect(result.current.state).toMatchObject({ selectedFactorId: 'totp-1', username: 'grace' });

    act(() => result.current.verify('654321'));
    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'mfaRequired', error: { kind: 'invalid-passcode' } }));
    act(() => result.current.verify('123456'));
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));

    expect(verified).toEqual([
      { factorId: 'totp-1', stateToken: 'st_secret', passCode: '654321' },
      { factorId: 'totp-1', stateToken: 'st_secret', passCode: '123456' },
    ]);
    expectNoSecrets(cacheText(queryClient));
    expectNoSecrets(JSON.stringify(result.current.state).replace('rk_secret', '').replace(/at_secret/g, ''));
  });

  it('a wrong password leaves the flow at the form with a specific error', async () => {
    server.use(
      http.post(`${BASE}/v1/auth`, () => HttpResponse.json({ error: 'Invalid username or password.' }, { status: 401 })),
    );
    const { result, queryClient } = setup();
    act(() => result.current.login({ username: 'grace', password: PASSWORD }));
    await waitFor(() => expect(result.current.state.status).toBe('idle'));
    expect(result.current.state).toMatchObject({
      username: 'grace',
      error: { kind: 'invalid-credentials', serverMessage: 'Invalid username or password.' },
    });
    expectNoSecrets(cacheText(queryClient));
  });

  it('sends one request for a double submit', async () => {
    let requests = 0;
    server.use(
      http.post(`${BASE}/v1/auth`, () => {
        requests++;
        return HttpResponse.json(success());
      }),
    );
    const { result } = setup();
    act(() => {
      result.current.login({ username: 'grace', password: PASSWORD });
      result.current.login({ username: 'grace', password: PASSWORD });
    });
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));
    expect(requests).toBe(1);
  });

  it('uses the app’s QueryClient when there is one', async () => {
    server.use(
      http.post(`${BASE}/v1/auth`, () => HttpResponse.json(success())),
      http.post(`${BASE}/v1/auth/access-token`, () => HttpResponse.json({ accessToken: 'at_secret_2' })),
    );
    const appQueryClient = new QueryClient();
    const { result } = setup({ appQueryClient });
    act(() => result.current.login({ username: 'grace', password: PASSWORD }));
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));
    act(() => result.current.extendSession(3600));
    await waitFor(() => expect(result.current.extendSessionState.isSuccess).toBe(true));
    expect(appQueryClient.getMutationCache().find({ mutationKey: ['riffyn-login-kit', 'extendSession'] })).toBeDefined();
    expectNoSecrets(cacheText(appQueryClient));
    expect(cacheText(appQueryClient)).not.toContain('at_secret_2');
  });

  it('offline with the app’s QueryClient: says the server cannot be reached, and sends nothing later by itself', async () => {
    let requests = 0;
    server.use(
      http.post(`${BASE}/v1/auth`, () => {
        requests++;
        return HttpResponse.error(); // what fetch does offline
      }),
    );
    onlineManager.setOnline(false);
    try {
      const { result } = setup({ appQueryClient: new QueryClient() });
      act(() => result.current.login({ username: 'grace', password: PASSWORD }));
      await waitFor(() => expect(result.current.state).toMatchObject({ status: 'idle', error: { kind: 'network' } }));
      expect(result.current.isPending).toBe(false);
      act(() => onlineManager.setOnline(true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests).toBe(1);
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('renames the key and extends the session through the client', async () => {
    server.use(
      http.post(`${BASE}/v1/auth`, () => HttpResponse.json(success('rk_secret'))),
      http.get(`${BASE}/v1/auth/api-keys`, () => HttpResponse.json([{ id: 'k1', name: 'loginKey' }])),
      http.patch(`${BASE}/v1/auth/api-key/:id`, () => HttpResponse.json({ id: 'k1', name: 'laptop' })),
      http.post(`${BASE}/v1/auth/access-token`, () =>
        HttpResponse.json({ accessToken: 'at_new', accessTokenExpiresAt: expiresIn(60 * 60_000) }),
      ),
    );
    const { result, queryClient } = setup();
    act(() => result.current.login({ username: 'grace', password: PASSWORD }));
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));

    act(() => result.current.renameApiKey('laptop'));
    await waitFor(() => expect(result.current.renameApiKeyState.isSuccess).toBe(true));
    expect(result.current.state).toMatchObject({ apiKey: { name: 'laptop' } });

    act(() => result.current.extendSession(3600));
    await waitFor(() => expect(result.current.extendSessionState.isSuccess).toBe(true));
    expect(result.current.state).toMatchObject({ session: { accessToken: 'at_new' } });
    expect(cacheText(queryClient)).not.toContain('at_new');
  });

  it('forgets what the session calls did once the session ends, for the next sign-in', async () => {
    server.use(
      http.post(`${BASE}/v1/auth`, () => HttpResponse.json(success('rk_secret'))),
      http.get(`${BASE}/v1/auth/api-keys`, () => HttpResponse.json([{ id: 'k1', name: 'loginKey' }])),
      http.patch(`${BASE}/v1/auth/api-key/:id`, () => HttpResponse.json({ id: 'k1', name: 'laptop' })),
    );
    const { result } = setup();
    act(() => result.current.login({ username: 'grace', password: PASSWORD }));
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));
    act(() => result.current.renameApiKey('laptop'));
    await waitFor(() => expect(result.current.renameApiKeyState.isSuccess).toBe(true));

    // Still mounted (as AuthFlow is): the next user's key step must not say "renamed".
    act(() => result.current.logout());
    await waitFor(() => expect(result.current.renameApiKeyState.isSuccess).toBe(false));
    act(() => result.current.login({ username: 'grace', password: PASSWORD }));
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));
    expect(result.current.renameApiKeyState).toEqual({ isPending: false, error: null, isSuccess: false });
  });

  it('throws a helpful error outside a provider', () => {
    expect(() => renderHook(() => useAuth())).toThrow(/AuthProvider/);
  });
});

describe('useAuth: pending only while the flow is where the user asked', () => {
  it('never renders the MFA step pending as it opens, nor after a wrong code', async () => {
    server.use(
      http.post(`${BASE}/v1/auth`, () => HttpResponse.json(mfaRequired())),
      http.post(`${BASE}/v1/auth/factor/:factorId/verify`, () => HttpResponse.json({ error: 'Invalid passcode.' }, { status: 401 })),
    );
    const seen: string[] = [];
    const { result } = renderHook(
      () => {
        const auth = useAuth();
        seen.push(`${auth.state.status}${auth.isPending ? ' pending' : ''}`);
        return auth;
      },
      { wrapper: setupWrapper() },
    );
    act(() => result.current.login({ username: 'grace', password: PASSWORD }));
    await waitFor(() => expect(result.current.state.status).toBe('mfaRequired'));
    await act(async () => {});
    act(() => result.current.verify('123456'));
    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'mfaRequired', error: { kind: 'invalid-passcode' } }));
    await act(async () => {});
    // Pending from the press until the answer; never on the render where the answer arrives.
    const arrivals = seen.filter((_, i) => /^(authenticating|verifying)/.test(seen[i - 1] ?? ''));
    expect(arrivals).toEqual(['mfaRequired', 'mfaRequired']);
    // The press itself: the machine moves at once, so pending is never a render behind it.
    expect(seen).toContain('verifying pending');
    expect(seen).not.toContain('mfaRequired pending');
  });
});

function setupWrapper() {
  const client = createRiffynClient({ baseUrl: BASE });
  const queryClient = new QueryClient();
  return ({ children }: { children: ReactNode }) => (
    <AuthProvider client={client} queryClient={queryClient}>
      {children}
    </AuthProvider>
  );
}
