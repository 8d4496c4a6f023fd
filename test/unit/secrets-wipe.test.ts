// @vitest-environment node
// The password and stateToken kept for verify must not outlive the flow. Observed from outside:
// after each way out, a login without newly staged credentials must send nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientAuthResponse } from '../../src/api/client.js';
import { createAuthController, type AuthCalls } from '../../src/flow/auth-controller.js';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const mfa = {
  status: 'MFA_REQUIRED',
  stateToken: 'st_secret',
  expiresAt: new Date(NOW + 60_000).toISOString(),
  factors: [{ id: 'totp-1', factorType: 'token:software:totp' }],
} as ClientAuthResponse;
const success = { status: 'SUCCESS', accessToken: 'at' } as ClientAuthResponse;

function setup() {
  const client = {
    login: vi.fn<AuthCalls['login']>(async () => mfa),
    verifyFactor: vi.fn<AuthCalls['verifyFactor']>(async () => success),
  };
  const controller = createAuthController({ client });
  return { client, controller };
}

beforeEach(() => vi.useFakeTimers({ now: NOW }));
afterEach(() => vi.useRealTimers());

describe('the credentials kept for verify are wiped', () => {
  it.each([
    [
      'on success',
      async ({ controller }: ReturnType<typeof setup>) => {
        controller.stagePassCode('123456');
        await controller.verify();
        controller.logout();
      },
    ],
    ['on restart', async ({ controller }: ReturnType<typeof setup>) => controller.restart()],
    [
      'on stateToken expiry',
      async ({ controller }: ReturnType<typeof setup>) => {
        await vi.advanceTimersByTimeAsync(60_000);
        expect(controller.getState().status).toBe('mfaExpired');
      },
    ],
  ])('%s', async (_, wayOut) => {
    const context = setup();
    const { client, controller } = context;
    controller.stageCredentials({ username: 'grace', password: 'pässwörd' });
    await controller.login();
    expect(controller.getState().status).toBe('mfaRequired');

    await wayOut(context);
    if (controller.getState().status !== 'idle') controller.restart();
    await controller.login(); // nothing staged this time
    expect(client.login).toHaveBeenCalledTimes(1);
    expect(controller.getState()).toMatchObject({ status: 'idle', error: { kind: 'invalid-input' } });
  });
});

it('on unmount (dispose): a verify afterwards has nothing to send', async () => {
  const { client, controller } = setup();
  controller.stageCredentials({ username: 'grace', password: 'pässwörd' });
  await controller.login();
  controller.dispose();
  controller.activate(); // StrictMode remounts the same controller; so does a hidden <Activity> shown again
  expect(controller.getState().status).toBe('mfaExpired'); // the user is asked to start again
  controller.stagePassCode('123456');
  await controller.verify();
  expect(client.verifyFactor).not.toHaveBeenCalled();
});
