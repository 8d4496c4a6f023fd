import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { Activity, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createRiffynClient } from '../../api/client.js';
import { AuthProvider } from '../../react/AuthProvider.js';
import { createMockRiffyn, DEMO_PASSWORD, demoUsers } from '../../testing/index.js';
import { riffynHandlers } from '../../testing/msw.js';
import { brandTheme } from '../../theme/brand-theme.js';
import { darkTheme } from '../../theme/theme.js';
import { AuthFlow } from './AuthFlow.js';
import { stylingArgTypes } from '../../../.storybook/styling-arg-types.js';

// One mock Riffyn behind msw's service worker for every story; reset before each, so a story
// that hands out the one-time key can run again.
const mock = createMockRiffyn();

/** A fresh client and provider per story render: no flow state leaks between stories. */
const withProvider: Decorator = (Story) => {
  const [client] = useState(() => createRiffynClient({ baseUrl: '' }));
  return (
    <AuthProvider client={client}>
      <Story />
    </AuthProvider>
  );
};

const users = demoUsers
  .map((u) => `| \`${u.username}\` | ${u.password === null ? 'any' : `\`${u.password}\``} | ${u.shows} |`)
  .join('\n');

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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'multi-factor-user');
    await expect(await canvas.findByRole('radio', { name: /Okta Verify push/ })).toBeInTheDocument();
  },
};

export const WrongPassword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'mfa-user', 'not-the-password');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('That username and password do not match'));
    await expect(canvas.getByLabelText('Username')).toHaveValue('mfa-user');
  },
};

export const RateLimited: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'rate-limited', 'anything');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Try again in 30 seconds.'));
    await expect(await canvas.findByRole('button', { name: /Try again in \d+ s/ })).toBeInTheDocument();
  },
};

export const BadGatewayPage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await signIn(canvasElement, 'bad-gateway', 'anything');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('The Riffyn server had a problem'));
  },
};

export const MfaExpires: Story = {
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
  args: { theme: darkTheme },
  globals: { theme: 'dark' },
};

export const BrandTheme: Story = {
  args: { theme: brandTheme },
  globals: { theme: 'brand' },
};

export const Unstyled: Story = {
  args: { unstyled: true },
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
