// A sleeping device stops setTimeout's clock on some systems: the deadlines are checked again
// against the real clock when the page comes back (jsdom: the controller listens on document).
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ClientAuthResponse } from '../../src/api/client.js';
import { createAuthController } from '../../src/flow/auth-controller.js';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const signedIn = {
  status: 'SUCCESS',
  username: 'grace',
  accessToken: 'at',
  accessTokenExpiresAt: new Date(NOW + 30 * 60_000).toISOString(),
} as ClientAuthResponse;

beforeEach(() => vi.useFakeTimers({ now: NOW }));
afterEach(() => vi.useRealTimers());

async function afterSleep(wake: () => void) {
  const controller = createAuthController({ client: { login: async () => signedIn, verifyFactor: async () => signedIn } });
  controller.activate(); // as AuthProvider does when it mounts
  controller.stageCredentials({ username: 'grace', password: 'pw' });
  await controller.login();
  // The device sleeps 31 minutes: the wall clock moves on, the pending timer does not fire.
  vi.setSystemTime(NOW + 31 * 60_000);
  await vi.advanceTimersByTimeAsync(0);
  expect(controller.getState().status).toBe('authenticated');
  wake();
  await vi.advanceTimersByTimeAsync(0);
  return controller;
}

it.each([
  ['the tab is shown again', () => document.dispatchEvent(new Event('visibilitychange'))],
  ['the window gets focus', () => window.dispatchEvent(new Event('focus'))],
])('the session ends as soon as %s after a sleep', async (_, wake) => {
  const controller = await afterSleep(wake);
  expect(controller.getState()).toEqual({ status: 'sessionExpired', username: 'grace' });
  controller.dispose();
});
