// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { ClientAuthResponse, RiffynAnswer, RiffynClient, RiffynRequest } from '../../src/api/client.js';
import { AuthError } from '../../src/core/errors.js';
import { createAuthController, type TabChannel, type TabMessage } from '../../src/flow/auth-controller.js';
import { extendSession } from '../../src/flow/session-actions.js';

/*
 * Session mode (`createRiffynClient({ session: 'cookie' })`): the controller restores the cookie's
 * session, signs out through the proxy, and keeps the origin's tabs in agreement, with no token.
 */

const NOW = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();

/** Two tabs' channels, joined: what one posts, the other hears (never itself). */
function tabPair(): [TabChannel & { sent: TabMessage[] }, TabChannel & { sent: TabMessage[] }] {
  const listeners: Array<Set<(m: TabMessage) => void>> = [new Set(), new Set()];
  const make = (me: 0 | 1) => {
    const sent: TabMessage[] = [];
    return {
      sent,
      post(message: TabMessage) {
        sent.push(message);
        for (const listener of listeners[1 - me]!) listener(structuredClone(message));
      },
      listen(listener: (m: TabMessage) => void) {
        listeners[me]!.add(listener);
        return () => listeners[me]!.delete(listener);
      },
    };
  };
  return [make(0), make(1)];
}

function cookieClient(session: 'signed-in' | 'none') {
  const requests: Array<{ call: string; headers: Record<string, string> | undefined }> = [];
  const client = {
    session: 'cookie' as const,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: the literal would not widen to AuthResponse
    login: vi.fn(async () => ({ status: 'SUCCESS', username: 'grace', accessTokenExpiresAt: iso(NOW + 30 * 60_000) }) as ClientAuthResponse),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- as above
    verifyFactor: vi.fn(async () => ({ status: 'SUCCESS' }) as ClientAuthResponse),
    request: vi.fn(async (call: string, init?: RiffynRequest): Promise<RiffynAnswer> => {
      requests.push({ call, headers: init?.headers });
      if (call === 'session') {
        if (session === 'none') throw new AuthError('session-expired', { status: 401 });
        return { body: { username: 'grace', userId: 'u-2', accessTokenExpiresAt: iso(NOW + 20 * 60_000) } };
      }
      if (call === 'refreshAccessToken') return { body: { accessTokenExpiresAt: iso(NOW + 60 * 60_000) } };
      return { body: {} };
    }),
  } satisfies RiffynClient;
  return { client, requests };
}
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('session mode in the controller', () => {
  it('restores the cookie’s session on activate: restoring, then signed in with no token in memory', async () => {
    const { client } = cookieClient('signed-in');
    const controller = createAuthController({ client, tabs: null, onWake: () => () => {} });
    controller.activate();
    expect(controller.getState().status).toBe('restoring');
    await settle();
    expect(controller.getState()).toMatchObject({
      status: 'authenticated',
      session: { username: 'grace', userId: 'u-2', accessToken: null, accessTokenExpiresAt: expect.any(Number) },
      apiKey: { status: 'none' },
    });
    controller.dispose();
  });

  it('is restoring from the start, before activate: the server HTML and the first render never show the sign-in form', async () => {
    const { client } = cookieClient('signed-in');
    const controller = createAuthController({ client, tabs: null, onWake: () => () => {} });
    expect(controller.getState()).toEqual({ status: 'restoring' });
    expect(client.request).not.toHaveBeenCalled();
    // React StrictMode: activate, dispose, activate. The second ask is the one that lands.
    controller.activate();
    controller.dispose();
    controller.activate();
    await settle();
    expect(controller.getState()).toMatchObject({ status: 'authenticated', session: { username: 'grace' } });
    controller.dispose();
  });

  it('no session: back to a quiet sign-in form, no error', async () => {
    const { client } = cookieClient('none');
    const controller = createAuthController({ client, tabs: null, onWake: () => () => {} });
    controller.activate();
    await settle();
    expect(controller.getState()).toEqual({ status: 'idle', username: '', error: null });
    controller.dispose();
  });

  it('session calls go without a token (the proxy adds the cookie’s); an extension keeps none in memory', async () => {
    const { client, requests } = cookieClient('signed-in');
    const controller = createAuthController({ client, tabs: null, onWake: () => () => {} });
    controller.activate();
    await settle();
    const session = await extendSession(controller, client, 3600);
    expect(session.accessToken).toBeNull();
    expect(session.accessTokenExpiresAt).toBeGreaterThan(NOW + 50 * 60_000);
    expect(requests.find((r) => r.call === 'refreshAccessToken')!.headers).toEqual({});
    controller.dispose();
  });

  it('sign-out asks the proxy to clear the cookie and tells the other tabs, which sign out too', async () => {
    const [a, b] = tabPair();
    const first = cookieClient('signed-in');
    const second = cookieClient('signed-in');
    const tabA = createAuthController({ client: first.client, tabs: a, onWake: () => () => {} });
    const tabB = createAuthController({ client: second.client, tabs: b, onWake: () => () => {} });
    tabA.activate();
    tabB.activate();
    await settle();
    tabA.logout();
    expect(first.requests.map((r) => r.call)).toContain('endSession');
    expect(tabB.getState().status).toBe('idle');
    // Tab B did not sign out through the proxy again, nor tell tab A back.
    expect(second.requests.map((r) => r.call)).not.toContain('endSession');
    expect(b.sent).toEqual([]);
    expect(a.sent).toEqual([{ type: 'signed-out' }]);
  });

  it('an extension in one tab moves the other’s deadline; a sign-in in one is picked up by the other', async () => {
    const [a, b] = tabPair();
    const first = cookieClient('none');
    const tabA = createAuthController({ client: first.client, tabs: a, onWake: () => () => {} });
    const second = cookieClient('signed-in');
    const tabB = createAuthController({ client: second.client, tabs: b, onWake: () => () => {} });
    tabA.activate();
    await settle();
    tabA.stageCredentials({ username: 'grace', password: 'pw' });
    await tabA.login();
    expect(a.sent).toEqual([{ type: 'signed-in' }]);
    // Tab B opens later, already signed in through the shared cookie; then A's extension reaches it.
    tabB.activate();
    await settle();
    await extendSession(tabA, first.client, 3600);
    const moved = a.sent.at(-1) as Extract<TabMessage, { type: 'extended' }>;
    expect(moved.type).toBe('extended');
    const stateB = tabB.getState();
    expect(stateB.status === 'authenticated' && stateB.session.accessTokenExpiresAt).toBe(moved.accessTokenExpiresAt);
    // No secret, no username in any message.
    expect(JSON.stringify([a.sent, b.sent])).not.toMatch(/grace|pw|token"/);
    tabA.dispose();
    tabB.dispose();
  });

  it('a key on screen in another tab stays there when this tab signs out: its session ends under it', async () => {
    const [a, b] = tabPair();
    const memory = {
      session: 'memory' as const,
      login: async () => ({ status: 'SUCCESS', username: 'ada', apiKey: 'rk_secret', accessToken: 'at' }) as ClientAuthResponse,
      verifyFactor: async () => ({ status: 'SUCCESS' }) as ClientAuthResponse,
    };
    const tabA = createAuthController({ client: memory, tabs: a, onWake: () => () => {} });
    const tabB = createAuthController({ client: memory, tabs: b, onWake: () => () => {} });
    tabA.activate();
    tabB.activate();
    for (const tab of [tabA, tabB]) {
      tab.stageCredentials({ username: 'ada', password: 'pw' });
      await tab.login();
    }
    tabA.acknowledgeApiKey();
    tabA.logout();
    expect(tabB.getState()).toMatchObject({ status: 'authenticated', apiKey: { status: 'shown', value: 'rk_secret' }, sessionEnded: true });
    tabB.acknowledgeApiKey();
    expect(tabB.getState().status).toBe('sessionExpired');
  });
});
