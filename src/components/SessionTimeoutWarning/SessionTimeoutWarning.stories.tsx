import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { expectTargets } from '../../../.storybook/checks.js';
import { stylingArgTypes } from '../../../.storybook/styling-arg-types.js';
import { createRiffynClient } from '../../api/client.js';
import { AuthProvider } from '../../react/AuthProvider.js';
import { useAuth } from '../../react/useAuth.js';
import { accessTokenAnswer, internalServerError, loginSuccessWithoutApiKey, logoutAnswer } from '../../testing/index.js';
import { AuthFlow } from '../AuthFlow/AuthFlow.js';
import { SessionTimeoutWarning } from './SessionTimeoutWarning.js';

interface SessionParameters {
  /** How long the accessToken of the story's sign-in lives (ms). */
  ttlMs: number;
  /** How Riffyn answers "extend": a new token, never (to show the pending state), or a 500. */
  extend?: 'ok' | 'pending' | 'fail';
}

/** A Riffyn that signs `ada` in with a short accessToken: the warning is due as the story opens. */
function sessionClient({ ttlMs, extend = 'ok' }: SessionParameters) {
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  return createRiffynClient({
    baseUrl: 'https://riffyn.invalid',
    fetch: async (input) => {
      const path = new URL(input instanceof Request ? input.url : input.toString()).pathname;
      if (path === '/v1/auth') return json(loginSuccessWithoutApiKey({ username: 'ada', accessTokenTtlMs: ttlMs }));
      if (path !== '/v1/auth/access-token') return json(logoutAnswer);
      if (extend === 'pending') return new Promise<Response>(() => {});
      return extend === 'fail' ? json(internalServerError, 500) : json(accessTokenAnswer());
    },
  });
}

/** The signed-in app behind the dialog: sign-in when signed out, else a page with one button. */
function App() {
  const { state, login } = useAuth();
  useEffect(() => login({ username: 'ada', password: 'story' }), [login]);
  return state.status === 'authenticated' ? (
    <main className="rlk">
      <p>Signed in as ada.</p>
      <button type="button">Save draft</button>
    </main>
  ) : (
    <AuthFlow />
  );
}

/** A component, so it may hold state: a decorator is called as a plain function. */
function SessionProvider({ session, children }: { session: SessionParameters; children: ReactNode }) {
  const [client] = useState(() => sessionClient(session));
  return (
    <AuthProvider client={client}>
      <App />
      {children}
    </AuthProvider>
  );
}

const withSession: Decorator = (Story, { parameters }) => (
  <SessionProvider session={parameters.session as SessionParameters}>
    <Story />
  </SessionProvider>
);

const meta = {
  title: 'Components/SessionTimeoutWarning',
  component: SessionTimeoutWarning,
  tags: ['autodocs'],
  decorators: [withSession],
  args: { onSignOut: fn(), unstyled: false },
  argTypes: { ...stylingArgTypes, onSignOut: { table: { category: 'Events' } } },
  parameters: { session: { ttlMs: 100_000 } satisfies SessionParameters },
} satisfies Meta<typeof SessionTimeoutWarning>;
export default meta;

type Story = StoryObj<typeof meta>;
/** Stories driven by their play function stay off the docs page, where a modal would cover the rest. */
const canvasOnly = ['!autodocs'];

const findDialog = () => within(document.body).findByRole('dialog', { name: 'Your session is about to end' }, { timeout: 5000 });

/** Less than two minutes left: the dialog is open, focus on "Stay signed in", the page behind inert. */
export const Warning: Story = {
  tags: canvasOnly,
  play: async () => {
    const dialog = await findDialog();
    await expect(dialog).toHaveAttribute('open');
    await expect(dialog.matches(':modal')).toBe(true);
    await expect(within(dialog).getByRole('button', { name: 'Stay signed in' })).toHaveFocus();
    await expect(dialog).toHaveAccessibleDescription(/you will be signed out in 2 minutes/);
    await expectTargets(dialog);
  },
};

/** Under ten seconds: the words say "a few seconds"; only the countdown for the eye shows each one. */
export const LastSeconds: Story = {
  tags: canvasOnly,
  parameters: { session: { ttlMs: 9_000 } },
  play: async () => {
    const dialog = await findDialog();
    await expect(dialog).toHaveAccessibleDescription(/signed out in a few seconds/);
    await expect(dialog.querySelector('[data-slot="countdown"]')).toHaveAttribute('aria-hidden', 'true');
  },
};

/** "Stay signed in" extends the session: the dialog goes and focus goes back where it was. */
export const StaySignedIn: Story = {
  tags: canvasOnly,
  // Warned 25 s ahead of a 27 s session: the page shows for two seconds before the warning.
  args: { warnBeforeMs: 25_000 },
  parameters: { session: { ttlMs: 27_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Before the warning: the user is working in the page.
    const save = await canvas.findByRole('button', { name: 'Save draft' });
    save.focus();
    const dialog = await findDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay signed in' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await expect(save).toHaveFocus();
  },
};

/** Escape means "I am here": it extends as well (a real key press is tested end to end). */
export const EscapeExtends: Story = {
  tags: canvasOnly,
  play: async () => {
    const dialog = await findDialog();
    // What the browser fires on Escape; a scripted key press is not trusted, so it fires nothing.
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    await expect(cancel.defaultPrevented).toBe(true);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  },
};

/** Extending: the button keeps its label with a spinner; a second press does nothing. */
export const Extending: Story = {
  tags: canvasOnly,
  parameters: { session: { ttlMs: 100_000, extend: 'pending' } },
  play: async () => {
    const dialog = await findDialog();
    const stay = within(dialog).getByRole('button', { name: 'Stay signed in' });
    await userEvent.click(stay);
    await waitFor(() => expect(stay).toHaveAttribute('aria-disabled', 'true'));
    await expect(stay).toHaveAttribute('data-state', 'pending');
  },
};

/** The extend call failed: the dialog stays and says so; the user can try again or sign out. */
export const ExtendFailed: Story = {
  tags: canvasOnly,
  parameters: { session: { ttlMs: 100_000, extend: 'fail' } },
  play: async () => {
    const dialog = await findDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay signed in' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Riffyn/);
    await expect(dialog).toHaveAttribute('open');
  },
};

/** "Sign out" ends the session: back at sign-in. */
export const SignOut: Story = {
  tags: canvasOnly,
  play: async ({ args, canvasElement }) => {
    const dialog = await findDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    await expect(args.onSignOut).toHaveBeenCalledOnce();
    await expect(await within(canvasElement).findByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
    await expect(dialog).not.toBeInTheDocument();
  },
};

/** Time ran out: the dialog goes; sign-in says why, with the username still in its field. */
export const TimedOut: Story = {
  tags: canvasOnly,
  parameters: { session: { ttlMs: 3_000 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findDialog();
    await expect(await canvas.findByText('Your session has ended. Sign in again.', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByLabelText('Username')).toHaveValue('ada');
    await expect(document.querySelector('dialog')).toBeNull();
  },
};

export const DarkTheme: Story = { tags: canvasOnly, globals: { theme: 'dark' }, play: async () => void (await findDialog()) };

export const Unstyled: Story = {
  tags: canvasOnly,
  args: { unstyled: true },
  play: async () => expectTargets(await findDialog()),
};
