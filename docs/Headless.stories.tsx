import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { withProvider } from '../.storybook/with-provider.js';
import { useAuth } from '../src/react/useAuth.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../src/testing/index.js';
import { riffynHandlers } from '../src/testing/msw.js';

const mock = createMockRiffyn();

/**
 * Your own markup over `useAuth()`: nothing of the kit's components, nothing of its stylesheet.
 * Plain elements on purpose; the point is what the hook gives you.
 */
function HeadlessSignIn() {
  const { state, isPending, login, verify, acknowledgeApiKey, restart } = useAuth();
  const [code, setCode] = useState('');
  const onLogin = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // Text inputs: FormData gives their values as strings.
    login({ username: data.get('username') as string, password: data.get('password') as string });
  };
  switch (state.status) {
    case 'mfaRequired':
    case 'verifying':
      return (
        <form onSubmit={(event) => (event.preventDefault(), verify(code))}>
          <h2>Your code</h2>
          {state.status === 'mfaRequired' && state.error ? <p role="alert">{state.error.kind}</p> : null}
          <label>
            Code <input autoComplete="one-time-code" inputMode="numeric" value={code} onChange={(e) => setCode(e.target.value)} />
          </label>{' '}
          <button disabled={isPending}>Verify</button> <button type="button" onClick={restart}>Start again</button>
        </form>
      );
    case 'authenticated':
      return (
        <section>
          <h2>Signed in as {state.session.username}</h2>
          {state.apiKey.status === 'shown' ? (
            <p>
              A new API key was made; it is in <code>state.apiKey.value</code> until{' '}
              <button type="button" onClick={acknowledgeApiKey}>
                I saved it
              </button>
            </p>
          ) : (
            <p>
              API key: <code>{state.apiKey.status}</code>
            </p>
          )}
        </section>
      );
    default:
      return (
        <form onSubmit={onLogin} aria-busy={isPending}>
          <h2>Sign in</h2>
          {state.status === 'idle' && state.error ? <p role="alert">Failed: {state.error.kind}</p> : null}
          <label>
            Username <input name="username" autoComplete="username" />
          </label>{' '}
          <label>
            Password <input name="password" type="password" autoComplete="current-password" />
          </label>{' '}
          <button disabled={isPending}>Sign in</button>
          <p>
            <code>state.status</code>: {state.status}
          </p>
        </form>
      );
  }
}

const onPlainPage: Decorator = (Story) => (
  <div style={{ padding: '1rem', background: '#fff', color: '#111', fontFamily: 'system-ui, sans-serif' }}>
    <Story />
  </div>
);

const meta = {
  title: 'Headless: useAuth',
  component: HeadlessSignIn,
  decorators: [onPlainPage, withProvider],
  beforeEach: () => mock.reset(),
  parameters: { msw: { handlers: riffynHandlers(mock) } },
} satisfies Meta<typeof HeadlessSignIn>;
export default meta;

export const YourOwnMarkup: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Username'), 'key-holder');
    await userEvent.type(canvas.getByLabelText('Password'), DEMO_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('heading', { name: 'Signed in as key-holder' })).toBeInTheDocument();
  },
};
