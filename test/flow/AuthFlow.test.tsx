import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { Activity, useState } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthFlow } from '../../src/components/AuthFlow/AuthFlow.js';
import type { AuthErrorKind } from '../../src/core/errors.js';
import { errorMessages } from '../../src/i18n/errors.js';
import { AuthProvider } from '../../src/react/AuthProvider.js';
import { useAuth } from '../../src/react/useAuth.js';
import { useExtendSession } from '../../src/react/useSessionCalls.js';
import {
  createMockRiffyn,
  DEMO_PASSWORD,
  mfaRequired,
  pushFactor as push,
  totpFactor as totp,
  UNICODE_PASSWORD,
  verifySuccess,
} from '../../src/testing/index.js';
import { riffynHandlers } from '../../src/testing/msw.js';

const BASE = 'https://api.acme.riffyn.test';
const mock = createMockRiffyn();
const server = setupServer(...riffynHandlers(mock, { baseUrl: BASE }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const consoleSpies: Array<ReturnType<typeof vi.spyOn>> = [];
beforeEach(() => {
  mock.reset();
  localStorage.clear();
  sessionStorage.clear();
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    consoleSpies.push(vi.spyOn(console, method));
  }
});
afterEach(() => {
  consoleSpies.length = 0;
  server.resetHandlers();
});

function consoleText(): string {
  return consoleSpies.flatMap((spy) => spy.mock.calls.map((call: unknown[]) => call.map(String).join(' '))).join('\n');
}

function renderFlow(onAuthenticated = vi.fn()) {
  const queryClient = new QueryClient();
  const client = createRiffynClient({ baseUrl: BASE });
  const view = render(
    <AuthProvider client={client} queryClient={queryClient}>
      <AuthFlow onAuthenticated={onAuthenticated} />
    </AuthProvider>,
  );
  return { ...view, queryClient, onAuthenticated };
}

async function signIn(user: ReturnType<typeof userEvent.setup>, username: string, password: string) {
  await user.clear(screen.getByLabelText('Username'));
  await user.type(screen.getByLabelText('Username'), username);
  await user.clear(screen.getByLabelText('Password'));
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

/** Everything a secret must never reach, as one string. */
function everywhere(queryClient: QueryClient): string {
  return [
    JSON.stringify(Object.entries(localStorage)),
    JSON.stringify(Object.entries(sessionStorage)),
    document.cookie,
    window.location.href,
    JSON.stringify(window.history.state),
    consoleText(),
    JSON.stringify(queryClient.getMutationCache().getAll().map((m) => m.state)),
    JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state)),
  ].join('\n');
}

describe('AuthFlow against the mock Riffyn', () => {
  it.each<[string, AuthErrorKind]>([
    ['rate-limited', 'rate-limited'],
    ['bad-gateway', 'server'],
    ['server-error', 'server'],
    ['truncated-json', 'malformed'],
    ['unknown-status', 'malformed'],
    ['no-factor-user', 'no-mfa-factor'],
    ['new-user', 'invalid-credentials'], // with a wrong password, below
  ])('%s: a specific message, and the typed username stays', async (username, kind) => {
    const user = userEvent.setup();
    renderFlow();
    await signIn(user, username, username === 'new-user' ? 'wrong password' : 'anything');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(errorMessages.kinds[kind]));
    expect(screen.getByLabelText('Username')).toHaveValue(username);
    expect(screen.getByLabelText('Password')).not.toHaveValue('');
    if (kind === 'rate-limited') expect(screen.getByRole('timer')).toHaveTextContent('Try again in 30 seconds.');
    expect(alert.innerHTML).not.toMatch(/<html|<h1/i);
  });

  it('network down: says so, keeps the username', async () => {
    const user = userEvent.setup();
    const queryClient = new QueryClient();
    const offline = createRiffynClient({ baseUrl: BASE, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    render(
      <AuthProvider client={offline} queryClient={queryClient}>
        <AuthFlow />
      </AuthProvider>,
    );
    await signIn(user, 'new-user', DEMO_PASSWORD);
    expect(await screen.findByText(errorMessages.kinds.network)).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveValue('new-user');
  });

  it('signs in where TextEncoder is missing (jest-environment-jsdom), non-ASCII password included', async () => {
    vi.stubGlobal('TextEncoder', undefined);
    try {
      const user = userEvent.setup();
      renderFlow();
      await signIn(user, 'unicode-user', UNICODE_PASSWORD);
      expect(await screen.findByRole('heading', { name: 'Save your API key' })).toBeInTheDocument();
      expect(mock.requests.at(-1)).toMatchObject({ username: 'unicode-user', passwordOk: true });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports a failure inside the page as one, not as a server answer', async () => {
    const user = userEvent.setup();
    const queryClient = new QueryClient();
    const bug = new TypeError("Cannot read properties of undefined (reading 'status')");
    const broken = { ...createRiffynClient({ baseUrl: BASE }), login: () => Promise.reject(bug) };
    let seen: unknown = null;
    // The developer still gets the original error, as the AuthError's cause.
    const Probe = () => {
      const { state } = useAuth();
      if (state.status === 'idle' && state.error) seen = state.error;
      return null;
    };
    render(
      <AuthProvider client={broken} queryClient={queryClient}>
        <AuthFlow />
        <Probe />
      </AuthProvider>,
    );
    await signIn(user, 'new-user', DEMO_PASSWORD);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(errorMessages.kinds.internal));
    expect(alert).not.toHaveTextContent(/server/i);
    expect(screen.getByLabelText('Username')).toHaveValue('new-user');
    expect(seen).toMatchObject({ kind: 'internal', cause: bug });
  });

  it('reports no fetch at all (a test environment without it) as a page failure, not a network one', async () => {
    // As in jest-environment-jsdom: not undefined, absent.
    const { fetch } = globalThis;
    delete (globalThis as { fetch?: typeof fetch }).fetch;
    try {
      const user = userEvent.setup();
      renderFlow();
      await signIn(user, 'new-user', DEMO_PASSWORD);
      const alert = await screen.findByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(errorMessages.kinds.internal));
    } finally {
      globalThis.fetch = fetch;
    }
  });

  it('forwards its ref to the root of the step on screen', async () => {
    const user = userEvent.setup();
    const ref = { current: null as HTMLElement | null };
    render(
      <AuthProvider client={createRiffynClient({ baseUrl: BASE })} queryClient={new QueryClient()}>
        <AuthFlow ref={ref} />
      </AuthProvider>,
    );
    expect(ref.current).toHaveAttribute('data-rlk-component', 'login-form');
    await signIn(user, 'new-user', DEMO_PASSWORD);
    await screen.findByRole('heading', { name: 'Save your API key' });
    expect(ref.current).toHaveAttribute('data-rlk-component', 'api-key-reveal');
  });

  it('a non-ASCII password signs in (UTF-8 Basic auth), then the key is shown once', async () => {
    const user = userEvent.setup();
    const { queryClient, onAuthenticated } = renderFlow();
    await signIn(user, 'unicode-user', UNICODE_PASSWORD);
    expect(await screen.findByRole('heading', { name: 'Save your API key' })).toHaveFocus();
    expect(mock.requests.at(-1)).toMatchObject({ username: 'unicode-user', passwordOk: true });

    await user.click(screen.getByRole('button', { name: 'Show key' }));
    const key = mock.requests.length && document.body.textContent.match(/mockkey_[0-9a-f]+/)?.[0];
    expect(key).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /I have saved this key/ }));
    await user.click(screen.getByRole('button', { name: 'Done' }));

    await waitFor(() => expect(onAuthenticated).toHaveBeenCalledTimes(1));
    expect(onAuthenticated.mock.calls[0]![0]).toMatchObject({ username: 'unicode-user', accessToken: expect.any(String) });
    expect(document.body.innerHTML).not.toContain(key);
    const kept = everywhere(queryClient);
    for (const secret of [key as string, UNICODE_PASSWORD]) expect(kept).not.toContain(secret);
  });

  it('MFA: wrong code then right code; no secret anywhere afterwards', async () => {
    const user = userEvent.setup();
    const { queryClient, onAuthenticated } = renderFlow();
    await signIn(user, 'mfa-user', DEMO_PASSWORD);
    const code = await screen.findByLabelText('6-digit code');
    await waitFor(() => expect(code).toHaveFocus());

    const right = await mock.currentCode('mfa-user');
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    await user.type(code, wrong);
    expect(await screen.findByText(errorMessages.kinds['invalid-passcode'])).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('6-digit code')).toHaveFocus());

    await user.type(screen.getByLabelText('6-digit code'), right);
    expect(await screen.findByRole('heading', { name: 'Save your API key' })).toBeInTheDocument();
    const verify = mock.requests.filter((r) => r.path.endsWith('/verify'));
    expect(verify.map((r) => [r.factorId, r.passCode, r.status, r.bodyFields])).toEqual([
      ['uft-mfa-user', wrong, 401, ['stateToken', 'passCode']],
      ['uft-mfa-user', right, 200, ['stateToken', 'passCode']],
    ]);

    await user.click(screen.getByRole('checkbox', { name: /I have saved this key/ }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(onAuthenticated).toHaveBeenCalled());
    const kept = everywhere(queryClient);
    for (const secret of [DEMO_PASSWORD, right, wrong]) expect(kept).not.toContain(secret);
    expect(kept).not.toMatch(/mockkey_|mockst_|mockat_/);
  });

  it('MFA with a hardware token listed before the authenticator app: the factor shown chosen is the one the code goes to', async () => {
    const verified: string[] = [];
    server.use(
      http.post(`${BASE}/v1/auth`, () =>
        Response.json(
          mfaRequired({
            factors: [
              { id: 'hw-first', factorType: 'token:hardware', provider: 'YUBICO', vendorName: 'YUBICO' },
              push(),
              totp({ id: 'totp-second' }),
            ],
          }),
        ),
      ),
      http.post(`${BASE}/v1/auth/factor/:factorId/verify`, ({ params }) => {
        verified.push(String(params.factorId));
        return Response.json(verifySuccess());
      }),
    );
    const user = userEvent.setup();
    renderFlow();
    await signIn(user, 'ada', 'pw');
    const app = await screen.findByRole('radio', { name: 'Authenticator app' });
    expect(app).toBeChecked();
    expect(screen.getByRole('radio', { name: /Hardware token/ })).not.toBeChecked();
    // A 6-digit code goes as soon as it is complete: to the factor the user sees chosen.
    await user.type(screen.getByLabelText('6-digit code'), '123456');
    await waitFor(() => expect(verified).toEqual(['totp-second']));
  });

  it('a user who already has a key is told so, and the app is told at once', async () => {
    const user = userEvent.setup();
    const { onAuthenticated } = renderFlow();
    await signIn(user, 'key-holder', DEMO_PASSWORD);
    expect(await screen.findByRole('heading', { name: 'You already have an API key' })).toBeInTheDocument();
    expect(onAuthenticated).toHaveBeenCalledTimes(1);
  });
});

describe('AuthFlow lifecycle', () => {
  it('unmounting mid-MFA clears every timer and updates nothing afterwards', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const { unmount } = renderFlow();
      await signIn(user, 'mfa-user', DEMO_PASSWORD);
      await screen.findByLabelText('6-digit code');
      expect(vi.getTimerCount()).toBeGreaterThan(0); // the stateToken deadline and the countdown
      unmount();
      // react-query's own gcTime: 0 removal of the finished mutation is the only timer left, and
      // it runs at once; none of the kit's timers (deadline, countdown) survive the unmount.
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(vi.getTimerCount()).toBe(0);
      await act(() => vi.advanceTimersByTimeAsync(10 * 60_000));
      expect(consoleText()).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('hidden during the login and shown again (<Activity>): the answer is there, not "Signing in…" forever', async () => {
    const user = userEvent.setup();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Held back, then on to the mock's own handler (a resolver that returns nothing falls through).
    server.use(http.post(`${BASE}/v1/auth`, () => held));
    const client = createRiffynClient({ baseUrl: BASE });
    let show!: (visible: boolean) => void;
    function Page() {
      const [visible, setVisible] = useState(true);
      show = setVisible;
      return (
        <Activity mode={visible ? 'visible' : 'hidden'}>
          <AuthProvider client={client} queryClient={new QueryClient()}>
            <AuthFlow />
          </AuthProvider>
        </Activity>
      );
    }
    render(<Page />);
    await signIn(user, 'new-user', DEMO_PASSWORD);
    await screen.findByRole('button', { name: 'Signing in…' });
    act(() => show(false));
    release();
    await waitFor(() => expect(mock.requests.filter((r) => r.path === '/v1/auth')).toHaveLength(1));
    act(() => show(true));
    expect(await screen.findByRole('heading', { name: 'Save your API key' })).toBeInTheDocument();
    server.resetHandlers();
  });
});

describe('what the session calls leave behind', () => {
  function Extender() {
    const { extendSession } = useExtendSession();
    return (
      <button type="button" onClick={() => extendSession()}>
        Extend
      </button>
    );
  }

  it('onAuthenticated is told once per sign-in, not again on every extension', async () => {
    const user = userEvent.setup();
    const onAuthenticated = vi.fn();
    render(
      <AuthProvider client={createRiffynClient({ baseUrl: BASE })} queryClient={new QueryClient()}>
        <AuthFlow onAuthenticated={onAuthenticated} />
        <Extender />
      </AuthProvider>,
    );
    await signIn(user, 'key-holder', DEMO_PASSWORD);
    await waitFor(() => expect(onAuthenticated).toHaveBeenCalledTimes(1));
    for (let i = 1; i <= 2; i++) {
      await user.click(screen.getByRole('button', { name: 'Extend' }));
      await waitFor(() => expect(mock.requests.filter((r) => r.path === '/v1/auth/access-token')).toHaveLength(i));
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(onAuthenticated).toHaveBeenCalledTimes(1);
  });

  it('after "Done" no copy of the key is left in React’s component tree, the previous render included', async () => {
    const user = userEvent.setup();
    const { container } = renderFlow();
    await signIn(user, 'new-user', DEMO_PASSWORD);
    await user.click(await screen.findByRole('button', { name: 'Show key' }));
    const key = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'API key' }).value;
    expect(key).toMatch(/^mockkey_/);
    expect(reactTreeHolds(container, key)).toBe(true); // the walk finds it while shown

    await user.click(screen.getByRole('checkbox', { name: /I have saved this key/ }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('heading', { name: 'API key saved' })).toBeInTheDocument();
    await waitFor(() => expect(reactTreeHolds(container, key)).toBe(false));
  });
});

/**
 * Whether any fiber under `container` (current or alternate: React keeps the previous render of
 * each component until the next) or any element's React props still hold `secret`, as page
 * scripts could read them.
 */
function reactTreeHolds(container: HTMLElement, secret: string): boolean {
  const seen = new Set<unknown>();
  const holds = (value: unknown, depth: number): boolean => {
    if (typeof value === 'string') return value.includes(secret);
    if (!value || typeof value !== 'object' || depth > 12 || seen.has(value) || value instanceof Node) return false;
    seen.add(value);
    return Object.entries(value).some(
      ([key, inner]) => !/^(return|child|sibling|alternate|stateNode|_owner|_debug\w*|_store)$/.test(key) && holds(inner, depth + 1),
    );
  };
  const rootKey = Object.keys(container).find((key) => key.startsWith('__reactContainer$'))!;
  const fibers: unknown[] = [(container as unknown as Record<string, unknown>)[rootKey]];
  const visited = new Set<unknown>();
  while (fibers.length) {
    const fiber = fibers.pop() as Record<string, unknown> | null;
    if (!fiber || visited.has(fiber)) continue;
    visited.add(fiber);
    for (const field of ['memoizedProps', 'memoizedState', 'pendingProps', 'updateQueue', 'dependencies']) {
      if (holds(fiber[field], 0)) return true;
    }
    fibers.push(fiber.child, fiber.sibling, fiber.alternate);
  }
  return [...container.querySelectorAll('*')].some((element) =>
    Object.keys(element).some((key) => key.startsWith('__reactProps$') && holds((element as never)[key], 0)),
  );
}
