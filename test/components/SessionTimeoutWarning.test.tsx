import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthFlow } from '../../src/components/AuthFlow/index.js';
import { SessionTimeoutWarning } from '../../src/components/SessionTimeoutWarning/index.js';
import { AuthProvider } from '../../src/react/AuthProvider.js';
import { useAuth } from '../../src/react/useAuth.js';
import { accessTokenAnswer, loginSuccessWithoutApiKey, logoutAnswer } from '../../src/testing/index.js';

const MINUTE = 60_000;

// jsdom has <dialog> but not its methods: what the component needs of them, as browsers do it.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

let calls: string[];
beforeEach(() => {
  calls = [];
  vi.useFakeTimers({ shouldAdvanceTime: false, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => vi.useRealTimers());

/** Riffyn as far as this needs it: a sign-in with a token of `ttlMs`, extend, logout. */
function client(ttlMs: number) {
  const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  return createRiffynClient({
    baseUrl: 'https://riffyn.test',
    fetch: async (input, init) => {
      const path = new URL(input instanceof Request ? input.url : input).pathname;
      calls.push(`${init?.method ?? 'GET'} ${path}`);
      if (path === '/v1/auth') return json(loginSuccessWithoutApiKey({ username: 'ada', accessTokenTtlMs: ttlMs }));
      if (path === '/v1/auth/access-token') {
        const time = (JSON.parse(init!.body as string) as { time?: number }).time;
        return json(accessTokenAnswer(time === undefined ? {} : { time }));
      }
      return json(logoutAnswer);
    },
  });
}

function SignedInApp({ signIn = true }: { signIn?: boolean }) {
  const { state, login } = useAuth();
  const signedIn = useRef(false); // once, whatever identity `login` has from render to render
  useEffect(() => {
    if (!signIn || signedIn.current) return;
    signedIn.current = true;
    login({ username: 'ada', password: 'pw' });
  }, [signIn, login]);
  return state.status === 'authenticated' ? <p>App for {state.session.username}</p> : <AuthFlow />;
}

async function setup({ ttlMs = 10 * MINUTE, ...props }: { ttlMs?: number } & Parameters<typeof SessionTimeoutWarning>[0] = {}) {
  const onSignOut = vi.fn();
  render(
    <AuthProvider client={client(ttlMs)}>
      <SessionTimeoutWarning onSignOut={onSignOut} {...props} />
      <SignedInApp />
    </AuthProvider>,
  );
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
  expect(screen.getByText('App for ada')).toBeInTheDocument();
  return { onSignOut };
}

const later = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
const dialog = () => screen.queryByRole('dialog', { name: 'Your session is about to end' });
const description = () => dialog()!.querySelector('[data-slot="description"]')!.textContent;

describe('SessionTimeoutWarning', () => {
  it('shows nothing without a session', () => {
    render(
      <AuthProvider client={client(MINUTE)}>
        <SessionTimeoutWarning />
      </AuthProvider>,
    );
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('opens a modal dialog two minutes before the accessToken ends, not earlier', async () => {
    await setup();
    await later(8 * MINUTE - 1000);
    expect(dialog()).toBeNull();
    await later(1000);
    expect(dialog()).toHaveAttribute('open');
    expect(dialog()).toHaveAccessibleDescription(/you will be signed out in 2 minutes/);
    expect(dialog()!.querySelector('[data-slot="countdown"]')).toHaveTextContent('2:00');
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toBeInTheDocument();
  });

  it('counts down every second for the eye, but changes what is announced only a few times', async () => {
    await setup({ ttlMs: 2 * MINUTE });
    const said = [description()];
    const shown = new Set<string>();
    for (let s = 0; s < 119; s++) {
      await later(1000);
      shown.add(dialog()!.querySelector('[data-slot="countdown"]')!.textContent);
      if (description() !== said.at(-1)) said.push(description());
    }
    expect(shown.size).toBe(119);
    expect(said.map((text) => text.match(/in (.*)\. Stay/)![1])).toEqual(['2 minutes', '1 minute', '30 seconds', 'a few seconds']);
    // The status region is the description: its changes are what a screen reader hears.
    expect(dialog()!.querySelector('[role="status"]')).toBe(dialog()!.querySelector('[data-slot="description"]'));
    expect(dialog()!.querySelector('[data-slot="countdown"]')).toHaveAttribute('aria-hidden', 'true');
  }, 30_000);

  it('"Stay signed in" extends through the extend call; the warning comes back before the new end', async () => {
    await setup({ ttlMs: 3 * MINUTE, extendBySeconds: 600 });
    await later(MINUTE);
    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await later(0);
    expect(calls).toContain('POST /v1/auth/access-token');
    expect(dialog()).toBeNull();
    await later(8 * MINUTE - 1000);
    expect(dialog()).toBeNull();
    await later(1000);
    expect(dialog()).not.toBeNull();
  });

  it('Escape extends too', async () => {
    await setup({ ttlMs: MINUTE });
    const cancel = new Event('cancel', { cancelable: true });
    act(() => void dialog()!.dispatchEvent(cancel));
    expect(cancel.defaultPrevented).toBe(true);
    await later(0);
    expect(calls.filter((c) => c === 'POST /v1/auth/access-token')).toHaveLength(1);
    expect(dialog()).toBeNull();
  });

  it('"Sign out" signs out and tells the app', async () => {
    const { onSignOut } = await setup({ ttlMs: MINUTE });
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await later(0);
    expect(onSignOut).toHaveBeenCalledOnce();
    expect(dialog()).toBeNull();
    expect(screen.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeInTheDocument();
  });

  it('gives at least 20 seconds to respond, whatever warnBeforeMs asks', async () => {
    await setup({ ttlMs: MINUTE, warnBeforeMs: 5000 });
    await later(40_000 - 1000);
    expect(dialog()).toBeNull();
    await later(1000);
    expect(dialog()).not.toBeNull();
  });

  it('when time runs out: the dialog goes, sign-in says why and keeps the username', async () => {
    await setup({ ttlMs: MINUTE });
    await later(MINUTE);
    expect(dialog()).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended. Sign in again.');
    expect(screen.getByLabelText('Username')).toHaveValue('ada');
  });

  it('reads the clock when the tab wakes: a sleep does not delay the warning', async () => {
    await setup();
    // The device slept 9 minutes: the clock moved, no timer fired.
    vi.setSystemTime(Date.now() + 9 * MINUTE);
    expect(dialog()).toBeNull();
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(dialog()).not.toBeNull();
    expect(dialog()!.querySelector('[data-slot="countdown"]')).toHaveTextContent('1:00');
  });
});
