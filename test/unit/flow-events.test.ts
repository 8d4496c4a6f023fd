// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { initialAuthState, transition, type AuthEvent, type AuthState } from '../../src/core/auth-machine.js';
import { AuthError } from '../../src/core/errors.js';
import { flowEvents } from '../../src/core/flow-events.js';
import { createAuthController, type AuthCalls } from '../../src/flow/auth-controller.js';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const at = { now: NOW, clockSkewMs: 0 };
const totp = { id: 'totp', factorType: 'token:software:totp' };
const hw = { id: 'hw', factorType: 'token:hardware' };

/** Runs events from `start`, returning every event's stream as `type:action[/detail]`. */
function streamOf(start: AuthState, events: AuthEvent[]): string[] {
  const out: string[] = [];
  let state = start;
  for (const event of events) {
    const next = transition(state, event);
    for (const e of flowEvents(state, event, next)) {
      out.push(e.type === 'step' ? `step:${e.step}` : `${e.type}:${e.action}${'errorKind' in e ? `/${e.errorKind}` : ''}${'factorKind' in e ? `/${e.factorKind}` : ''}`);
    }
    state = next;
  }
  return out;
}

describe('flowEvents: the stream each transition makes', () => {
  it('a refused event makes none (a double submit is not two logins)', () => {
    expect(streamOf(initialAuthState, [{ type: 'LOGIN', username: 'a' }, { type: 'LOGIN', username: 'a' }, { type: 'VERIFY' }])).toEqual(['login:sent']);
  });

  it('MFA: a factor chosen, expired, Get more time, a session that ends under the key and is told once the key is saved', () => {
    const mfa = { status: 'MFA_REQUIRED' as const, factors: [totp, hw], expiresAt: new Date(NOW + 60_000).toISOString() };
    const success = { status: 'SUCCESS' as const, apiKey: 'k', accessToken: 't' };
    expect(
      streamOf(initialAuthState, [
        { type: 'LOGIN', username: 'a' },
        { type: 'MFA_REQUIRED', response: mfa, ...at },
        { type: 'CHOOSE_FACTOR', factorId: 'hw' },
        { type: 'MFA_EXTEND' },
        { type: 'MFA_EXTEND_FAILED', error: new AuthError('network') },
        { type: 'MFA_EXTEND' },
        { type: 'MFA_EXTENDED', response: mfa, ...at },
        { type: 'VERIFY' },
        { type: 'VERIFY_FAILED', error: new AuthError('mfa-expired') },
        { type: 'RESTART' },
        { type: 'LOGIN', username: 'a' },
        { type: 'LOGIN_SUCCEEDED', response: success, ...at },
        { type: 'SESSION_FAILED', error: new AuthError('server') },
        { type: 'SESSION_TIMED_OUT' },
        { type: 'SESSION_TIMED_OUT' },
        { type: 'ACKNOWLEDGE_API_KEY' },
      ]),
    ).toEqual([
      'login:sent',
      'login:mfa-required',
      'mfa:factor-chosen/hardware',
      'mfa:extending',
      'mfa:extend-failed/network',
      'mfa:extending',
      'mfa:extended',
      'mfa:sent',
      'mfa:expired',
      'login:restarted',
      'login:sent',
      'login:succeeded',
      'apiKey:shown',
      'session:failed/server',
      'apiKey:saved',
      'session:expired',
    ]);
  });

  it('an MFA answer with no factor is a failed login', () => {
    expect(
      streamOf(initialAuthState, [
        { type: 'LOGIN', username: 'a' },
        { type: 'MFA_REQUIRED', response: { status: 'MFA_REQUIRED', factors: [] }, ...at },
      ]),
    ).toEqual(['login:sent', 'login:failed/no-mfa-factor']);
  });
});

describe('the controller’s listeners', () => {
  const client: AuthCalls = {
    login: async () => ({ status: 'SUCCESS', username: 'grace', accessToken: 'at_secret' }),
    verifyFactor: async () => {
      throw new Error('not used');
    },
  };

  it('a listener that throws does not stop the sign-in; its error is rethrown on a later tick', async () => {
    vi.useFakeTimers();
    try {
      const controller = createAuthController({ client, now: () => NOW, onWake: () => () => {} });
      const heard: string[] = [];
      controller.onEvent(() => {
        throw new Error('analytics down');
      });
      controller.onEvent((e) => heard.push(e.type));
      controller.stageCredentials({ username: 'grace', password: 'pw' });
      await controller.login();
      expect(controller.getState().status).toBe('authenticated');
      expect(heard).toEqual(['login', 'login']); // the other listener still heard everything
      expect(() => vi.runOnlyPendingTimers()).toThrow('analytics down');
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when unsubscribed; the username only for a listener that asked', async () => {
    const controller = createAuthController({ client, now: () => NOW, onWake: () => () => {} });
    const all: unknown[] = [];
    const named: unknown[] = [];
    const stop = controller.onEvent((e) => all.push(e));
    controller.onEvent((e) => named.push(e.username), { includeUsername: true });
    controller.stageCredentials({ username: 'grace', password: 'pw' });
    await controller.login();
    stop();
    controller.logout();
    expect(all).toEqual([
      { type: 'login', action: 'sent' },
      { type: 'login', action: 'succeeded' },
    ]);
    // Sign-out is about the user who was signed in.
    expect(named).toEqual(['grace', 'grace', 'grace']);
  });

  it('the wake-up check is injectable: a wake after the deadline ends the step at once', async () => {
    let clock = NOW;
    let wake: (() => void) | undefined;
    const controller = createAuthController({
      client: {
        ...client,
        login: async () => ({ status: 'MFA_REQUIRED', stateToken: 'st', factors: [totp], expiresAt: new Date(NOW + 60_000).toISOString() }),
      },
      now: () => clock,
      onWake: (check) => {
        wake = check;
        return () => (wake = undefined);
      },
    });
    controller.activate();
    controller.stageCredentials({ username: 'grace', password: 'pw' });
    await controller.login();
    expect(controller.getState().status).toBe('mfaRequired');
    clock = NOW + 61_000; // the device slept through the deadline; its timer did not fire
    vi.useFakeTimers();
    try {
      wake!();
      vi.runOnlyPendingTimers();
    } finally {
      vi.useRealTimers();
    }
    expect(controller.getState().status).toBe('mfaExpired');
    controller.dispose();
    expect(wake).toBeUndefined();
  });
});
