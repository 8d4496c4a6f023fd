import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRiffynClient } from '../../src/api/client.js';
import { AuthFlow } from '../../src/components/AuthFlow/AuthFlow.js';
import type { AuthFlowEvent } from '../../src/core/flow-events.js';
import { errorMessages } from '../../src/i18n/errors.js';
import { AuthProvider } from '../../src/react/AuthProvider.js';
import { useAuth } from '../../src/react/useAuth.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';
import { riffynHandlers } from '../../src/testing/msw.js';

const BASE = 'https://api.acme.riffyn.test';
const mock = createMockRiffyn();
const server = setupServer(...riffynHandlers(mock, { baseUrl: BASE }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => mock.reset());

/** `type:action` (or `step:name`), with the error kind after a slash. */
const line = (e: AuthFlowEvent) =>
  e.type === 'step' ? `step:${e.step}` : `${e.type}:${e.action}${'errorKind' in e ? `/${e.errorKind}` : ''}${'factorKind' in e ? `/${e.factorKind}` : ''}`;

function SignOut() {
  const { state, logout } = useAuth();
  return state.status === 'authenticated' && state.apiKey.status !== 'shown' ? <button onClick={logout}>Sign out</button> : null;
}

function renderFlow(options: { includeUsername?: boolean } = {}) {
  const fromProvider: AuthFlowEvent[] = [];
  const fromFlow: AuthFlowEvent[] = [];
  render(
    <AuthProvider client={createRiffynClient({ baseUrl: BASE })} onEvent={(e) => fromProvider.push(e)} eventsIncludeUsername={options.includeUsername}>
      <AuthFlow onEvent={(e) => fromFlow.push(e)} />
      <SignOut />
    </AuthProvider>,
  );
  return { fromProvider, fromFlow };
}

async function signIn(user: ReturnType<typeof userEvent.setup>, username: string, password: string) {
  await user.clear(screen.getByLabelText('Username'));
  await user.type(screen.getByLabelText('Username'), username);
  await user.clear(screen.getByLabelText('Password'));
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('onEvent: what happened, for analytics and error reporting', () => {
  it('a whole flow: wrong password, MFA with a wrong code, the key copied, downloaded and saved, sign-out; the sequence, and never a secret', async () => {
    const user = userEvent.setup();
    const { fromProvider, fromFlow } = renderFlow();

    await signIn(user, 'mfa-user', 'wrong password');
    expect(await screen.findByText(errorMessages.kinds['invalid-credentials'])).toBeInTheDocument();
    await signIn(user, 'mfa-user', DEMO_PASSWORD);
    const code = await screen.findByLabelText('6-digit code');
    const right = await mock.currentCode('mfa-user');
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    await user.type(code, wrong);
    expect(await screen.findByText(errorMessages.kinds['invalid-passcode'])).toBeInTheDocument();
    await user.type(screen.getByLabelText('6-digit code'), right);
    expect(await screen.findByRole('heading', { name: 'Save your API key' })).toBeInTheDocument();
    // The key copied (user-event's clipboard), then sent to the downloads (a file in memory, no real download here).
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied to clipboard.')).toBeInTheDocument();
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (files.push(blob as Blob), 'blob:key'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Download as .env' }));
    vi.restoreAllMocks();
    const keyText = await files[0]!.text();
    await user.click(screen.getByRole('checkbox', { name: /I have saved this key/ }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText('Username');

    const expected = [
      'step:loginForm',
      'login:sent',
      'login:failed/invalid-credentials',
      'login:sent',
      'login:mfa-required',
      'step:mfa',
      'mfa:sent',
      'mfa:failed/invalid-passcode',
      'mfa:sent',
      'mfa:succeeded',
      'apiKey:shown',
      'step:apiKey',
      'apiKey:copied',
      'apiKey:downloaded',
      'apiKey:saved',
      'session:signed-out',
      'step:loginForm',
    ];
    expect(fromProvider.map(line)).toEqual(expected);
    // The drop-in's own listener hears the same stream.
    expect(fromFlow.map(line)).toEqual(expected);

    const text = JSON.stringify([fromProvider, fromFlow]);
    const apiKey = keyText.trim().replace(/^RIFFYN_API_KEY=/, '');
    expect(apiKey).toMatch(/^mockkey_/);
    for (const secret of [DEMO_PASSWORD, 'wrong password', right, wrong, apiKey]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/mockkey_|mockst_|mockat_/); // the mock's key, stateToken and accessToken
    expect(text).not.toContain('mfa-user'); // no username unless asked for
  });

  it('carries the username only when the app asks for it', async () => {
    const user = userEvent.setup();
    const { fromProvider, fromFlow } = renderFlow({ includeUsername: true });
    await signIn(user, 'key-holder', DEMO_PASSWORD);
    await screen.findByRole('heading', { name: /already have an API key/i });
    expect(fromProvider.filter((e) => e.type === 'login').map((e) => e.username)).toEqual(['key-holder', 'key-holder']);
    // Per listener: AuthFlow's did not ask.
    expect(fromFlow.every((e) => e.username === undefined)).toBe(true);
  });
});
