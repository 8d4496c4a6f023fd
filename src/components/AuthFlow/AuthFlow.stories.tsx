import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { Activity, useState } from 'react';
import { acmeLogo } from '../../../demo/logo.js';
import { expectTargets } from '../../../.storybook/checks.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createRiffynClient } from '../../api/client.js';
import { AuthProvider } from '../../react/AuthProvider.js';
import { createMockRiffyn, DEMO_PASSWORD, demoUsers } from '../../testing/index.js';
import { riffynHandlers } from '../../testing/msw.js';
import { ja } from '../../locales/ja.js';
import { errorMessages } from '../../i18n/errors.js';
import { loginFormMessages } from '../../i18n/login-form.js';
import { AuthFlow } from './AuthFlow.js';
import { RestoringCard } from './RestoringCard.js';
import { StepNotLoaded } from './StepNotLoaded.js';
import { withProvider } from '../../../.storybook/with-provider.js';
import { stylingArgTypes } from '../../../.storybook/styling-arg-types.js';

// One mock Riffyn behind msw's service worker for every story; reset before each, so a story
// that hands out the one-time key can run again.
const mock = createMockRiffyn();

// Markdown: underscores in MFA_REQUIRED would turn into italics.
const users = demoUsers
  .map((u) => `| \`${u.username}\` | ${u.password === null ? 'any' : `\`${u.password}\``} | ${u.shows.replace(/_/g, '\\_')} |`)
  .join('\n');
/** Whole flows driven by their play function: they show only the sign-in form on the docs page, so they stay off it. */
const canvasOnly = ['!autodocs'];

const meta = {
  title: 'Components/AuthFlow',
  component: AuthFlow,
  tags: ['autodocs'],
  decorators: [withProvider],
  beforeEach: () => mock.reset(),
  args: { onAuthenticated: fn() },
  argTypes: {
    ...stylingArgTypes,
    onAuthenticated: { control: false },
  },
  parameters: {
    msw: { handlers: riffynHandlers(mock) },
    docs: {
      description: {
        component: `The whole sign-in in one component, driven by \`useAuth()\`. These stories talk to the kit's mock Riffyn
(\`riffyn-login-kit/testing\`) through msw; try these users:\n\n| username | password | shows |\n|---|---|---|\n${users}\n\nThe TOTP code for the MFA users is printed by \`npm run mock-server\`.`,
      },
    },
  },
} satisfies Meta<typeof AuthFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

async function signIn(canvasElement: HTMLElement, username: string, password = DEMO_PASSWORD) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Username'), username);
  await userEvent.type(canvas.getByLabelText('Password'), password);
  await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
}

export const Interactive: Story = {};

export const PasswordLoginWithKey: Story = {
  tags: canvasOnly,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'new-user');
    const heading = await canvas.findByRole('heading', { name: 'Save your API key' });
    await waitFor(() => expect(heading).toHaveFocus());
    await userEvent.click(canvas.getByRole('checkbox', { name: /I have saved this key/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Done' }));
    await expect(await canvas.findByRole('heading', { name: 'API key saved' })).toBeInTheDocument();
    await expect(args.onAuthenticated).toHaveBeenCalledWith(expect.objectContaining({ username: 'new-user' }));
    await expect(canvasElement.innerHTML).not.toMatch(/mockkey_/);
  },
};

export const MfaWithTotp: Story = {
  name: 'MFA With TOTP',
  tags: canvasOnly,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'mfa-user');
    const code = await canvas.findByLabelText('6-digit code');
    await waitFor(() => expect(code).toHaveFocus());
    await userEvent.type(code, await mock.currentCode('mfa-user'));
    await expect(await canvas.findByRole('heading', { name: 'Save your API key' })).toBeInTheDocument();
  },
};

export const MfaSeveralFactors: Story = {
  name: 'MFA Several Factors',
  tags: canvasOnly,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'multi-factor-user');
    // The authenticator app is chosen already, so the code is all there is to type.
    await expect(await canvas.findByText('Verification method: Authenticator app (Google Authenticator)')).toBeVisible();
    await expect(canvas.getByText('Other methods aren’t available here')).toBeVisible();
    await waitFor(() => expect(canvas.getByLabelText('6-digit code')).toHaveFocus());
    await userEvent.keyboard(await mock.currentCode('multi-factor-user'));
    await expect(await canvas.findByRole('heading', { name: 'Save your API key' })).toBeInTheDocument();
  },
};

export const WrongPassword: Story = {
  tags: canvasOnly,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'mfa-user', 'not-the-password');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('That username and password do not match'));
    await expect(canvas.getByLabelText('Username')).toHaveValue('mfa-user');
  },
};

export const RateLimited: Story = {
  tags: canvasOnly,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'rate-limited', 'anything');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Riffyn asked for a pause of 30 seconds.'));
    await expect(canvas.getByRole('timer')).toHaveTextContent(/Try again in \d+ seconds\./);
    await expect(await canvas.findByRole('button', { name: 'Sign in' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const BadGatewayPage: Story = {
  tags: canvasOnly,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'bad-gateway', 'anything');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('The Riffyn server had a problem'));
  },
};

export const MfaExpires: Story = {
  name: 'MFA Expires',
  tags: canvasOnly,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'short-mfa-user', 'anything');
    await expect(await canvas.findByRole('heading', { name: 'Verification timed out' }, { timeout: 8_000 })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Start again' }));
    await expect(await canvas.findByLabelText('Username')).toHaveValue('short-mfa-user');
  },
};

/**
 * React's `<Activity>` (like a route cache, or Fast Refresh) tears the provider's effects down
 * while hidden and runs them again when shown. A sign-in answered meanwhile is there when the
 * flow comes back: here the login takes 1.5 s; hide the sign-in during it and show it again.
 */
export const HiddenAndShownAgain: Story = {
  parameters: {
    msw: {
      // Held back, then on to the mock (a resolver that returns nothing falls through).
      handlers: [http.post('/v1/auth', () => delay(1_500)), ...riffynHandlers(mock)],
    },
  },
  render: function Render(args) {
    const [client] = useState(() => createRiffynClient({ baseUrl: '' }));
    const [visible, setVisible] = useState(true);
    return (
      <>
        <button type="button" onClick={() => setVisible(!visible)} aria-pressed={!visible}>
          Hide the sign-in
        </button>
        <Activity mode={visible ? 'visible' : 'hidden'}>
          <AuthProvider client={client}>
            <AuthFlow {...args} />
          </AuthProvider>
        </Activity>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'new-user');
    await expect(await canvas.findByRole('button', { name: 'Signing in…' })).toBeInTheDocument();
    const toggle = canvas.getByRole('button', { name: 'Hide the sign-in' });
    await userEvent.click(toggle);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // the answer arrives while hidden
    await userEvent.click(toggle);
    await expect(await canvas.findByRole('heading', { name: 'Save your API key' })).toBeInTheDocument();
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
};

export const BrandTheme: Story = {
  globals: { theme: 'brand' },
};

export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    // No look, but still 24 px targets (WCAG 2.5.8).
    await expectTargets(canvasElement);
  },
};

export const HeaderAndFooter: Story = {
  args: {
    logo: acmeLogo,
    subtitle: 'to continue to Acme Bioprocess Portal',
    footer: 'Trouble signing in? Ask your Riffyn administrator.',
  },
};

export const Reworded: Story = {
  args: {
    messages: {
      loginForm: { heading: 'Welcome back', submit: 'Continue' },
      errors: { kinds: { 'invalid-credentials': 'Nope. Try again.' } },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Username'), 'mfa-user');
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Nope. Try again.'));
  },
};

/**
 * The whole flow in a shipped translation, set by the Language toolbar (`globals.locale`) the way
 * an app passes `messages={ja}`: every step, error and countdown in Japanese.
 */
export const InJapanese: Story = {
  name: 'In Japanese (riffyn-login-kit/locales/ja)',
  tags: canvasOnly,
  globals: { locale: 'ja' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: ja.loginForm.heading })).toBeInTheDocument();
    await userEvent.type(canvas.getByLabelText('ユーザー名'), 'multi-factor-user');
    await userEvent.type(canvas.getByLabelText('パスワード'), 'not-the-password');
    await userEvent.click(canvas.getByRole('button', { name: 'サインイン' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(ja.errors.kinds['invalid-credentials']));
    await userEvent.clear(canvas.getByLabelText('パスワード'));
    await userEvent.type(canvas.getByLabelText('パスワード'), DEMO_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'サインイン' }));
    await expect(await canvas.findByText(ja.mfa.otherFactors)).toBeVisible();
    await expect(canvas.getByText(/^コードの入力期限まであと\d+分$/)).toBeVisible();
    await waitFor(() => expect(canvas.getByLabelText('6桁のコード')).toHaveFocus());
    await userEvent.keyboard(await mock.currentCode('multi-factor-user'));
    await expect(await canvas.findByRole('heading', { name: 'APIキーを保存してください' })).toBeInTheDocument();
  },
};

/** German with one string of the app's own: `withOverrides(de, …)` keeps every other string German. */
export const InGermanWithOverride: Story = {
  name: 'In German, One String Overridden',
  tags: canvasOnly,
  globals: { locale: 'de' },
  args: { messages: { loginForm: { submit: 'Weiter zu Riffyn' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Benutzername'), 'mfa-user');
    await userEvent.type(canvas.getByLabelText('Passwort'), DEMO_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Weiter zu Riffyn' }));
    await expect(await canvas.findByRole('heading', { name: 'Bestätigen Sie Ihre Identität' })).toBeInTheDocument();
    await expect(canvas.getByLabelText('6-stelliger Code')).toBeVisible();
    await expect(canvas.getByText(/^Verbleibende Zeit für die Codeeingabe: \d+ Minuten$/)).toBeVisible();
  },
};

/** `onEvent` beside the flow: what an analytics or error-reporting tool would be told. No secret, no username. */
function EventLog() {
  const [events, setEvents] = useState<string[]>([]);
  return (
    <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <AuthFlow onEvent={(e) => setEvents((list) => [...list, JSON.stringify(e)])} />
      <section aria-labelledby="event-log-title" style={{ minWidth: 260, font: '13px/1.5 ui-monospace, monospace' }}>
        <h3 id="event-log-title" style={{ font: '600 14px system-ui, sans-serif', margin: '0 0 8px' }}>
          onEvent
        </h3>
        <ol data-testid="event-log" style={{ margin: 0, paddingInlineStart: 20 }}>
          {events.map((event, i) => (
            <li key={i}>{event}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export const Events: Story = {
  tags: canvasOnly,
  render: () => <EventLog />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'key-holder');
    await canvas.findByRole('heading', { name: /already have an API key/i });
    const log = canvas.getByTestId('event-log');
    await waitFor(() =>
      expect(within(log).getAllByRole('listitem').map((li) => JSON.parse(li.textContent ?? '') as unknown)).toEqual([
        { type: 'step', step: 'loginForm' },
        { type: 'login', action: 'sent' },
        { type: 'login', action: 'succeeded' },
        { type: 'step', step: 'apiKey' },
      ]),
    );
    await expect(log.textContent).not.toMatch(/mockat_|key-holder/);
  },
};

/**
 * The MFA and key steps load on demand, fetched while the sign-in form is up: this card stands in
 * for a step whose code is still on its way (rare; the fetch normally ends during the server's
 * answer), the sign-in card's size so nothing jumps.
 */
export const StepLoading: Story = {
  render: () => <RestoringCard state="loading" label={loginFormMessages.submitPending} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(loginFormMessages.submitPending);
  },
};

/** A step whose code did not arrive (the network dropped): Try again fetches it, the sign-in goes on. */
export const StepDidNotLoad: Story = {
  args: { onRetry: fn() } as never,
  render: (args) => <StepNotLoaded messages={errorMessages} onRetry={(args as unknown as { onRetry: () => void }).onRetry} />,
  play: async ({ canvasElement, args }) => {
    const retry = within(canvasElement).getByRole('button', { name: errorMessages.tryAgain });
    await waitFor(() => expect(retry).toHaveFocus());
    await expect(retry).toHaveAccessibleDescription(errorMessages.stepNotLoaded);
    await userEvent.click(retry);
    await expect((args as unknown as { onRetry: () => void }).onRetry).toHaveBeenCalledOnce();
  },
};
