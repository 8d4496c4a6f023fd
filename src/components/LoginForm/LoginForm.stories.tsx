import type { Meta, StoryObj } from '@storybook/react-vite';
import { acmeLogo } from '../../../demo/logo.js';
import { expectTargets, expectWithin } from '../../../.storybook/checks.js';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AuthError } from '../../core/errors.js';
import { withOverrides } from '../../i18n/merge.js';
import { ar } from '../../locales/ar.js';
import { de } from '../../locales/de.js';
import { LoginForm } from './LoginForm.js';
import type { LoginFormProps } from './LoginForm.types.js';
import { stylingArgTypes } from '../../../.storybook/styling-arg-types.js';

const meta = {
  title: 'Components/LoginForm',
  component: LoginForm,
  tags: ['autodocs'],
  args: { onSubmit: fn() },
  argTypes: {
    ...stylingArgTypes,
    pending: { control: 'boolean' },
    defaultUsername: { control: 'text' },
    // An AuthError instance: a control would turn it into a plain object.
    error: { control: false },
    onSubmit: { control: false },
  },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const alertOf = (canvasElement: HTMLElement) => within(canvasElement).getByRole('alert');
/** Stories that only show something after their play function ran stay out of the docs page, where it does not run. */
const canvasOnly = ['!autodocs'];

export const Idle: Story = {
  play: async ({ canvas }) => {
    const username = canvas.getByLabelText('Username');
    await expect(username).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    await expect(canvas.getByRole('alert')).toBeEmptyDOMElement();
  },
};

export const Filled: Story = {
  tags: canvasOnly,
  play: async ({ canvas, args }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'ada.lovelace');
    await userEvent.type(canvas.getByLabelText('Password'), 'pässwörd✓ 🔑');
    await expect(canvas.getByLabelText('Password')).toHaveValue('pässwörd✓ 🔑');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const ValidationError: Story = {
  tags: canvasOnly,
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText('Enter your username.')).toBeVisible();
    await expect(canvas.getByText('Enter your password.')).toBeVisible();
    await expect(canvas.getByLabelText('Username')).toHaveFocus();
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/**
 * A password manager that fills both fields without firing an input event (Safari's autofill,
 * several extensions): what the fields hold is what is checked and sent.
 */
export const FilledByPasswordManager: Story = {
  tags: canvasOnly,
  play: async ({ canvas, args }) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(canvas.getByLabelText('Username'), 'ada.lovelace');
    setValue.call(canvas.getByLabelText('Password'), 'pässwörd✓ 🔑');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ username: 'ada.lovelace', password: 'pässwörd✓ 🔑' }));
    await expect(canvas.queryByText('Enter your username.')).toBeNull();
  },
};

export const Pending: Story = {
  args: { pending: true, defaultUsername: 'ada.lovelace' },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Signing in…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('form')).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

// ---- one story per server error kind ------------------------------------------------------------

export const InvalidCredentials: Story = {
  args: {
    defaultUsername: 'ada.lovelace',
    error: new AuthError('invalid-credentials', { status: 401, serverMessage: 'Invalid username or password.' }),
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('That username and password do not match.');
    // The server saying the same again adds nothing.
    await expect(alertOf(canvasElement)).not.toHaveTextContent('Invalid username or password.');
    await expect(canvas.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Forbidden: Story = {
  args: {
    defaultUsername: 'ada.lovelace',
    error: new AuthError('forbidden', { status: 403, serverMessage: 'User account is locked.' }),
  },
  play: async ({ canvasElement }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('This account is not allowed to sign in.');
  },
};

export const RateLimited: Story = {
  args: {
    defaultUsername: 'ada.lovelace',
    error: new AuthError('rate-limited', { status: 429, retryAfter: 30 }),
  },
  play: async ({ canvas, canvasElement, args }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('Too many attempts. Riffyn asked for a pause of 30 seconds.');
    // The button keeps its name (a focused control renamed every second is read every second).
    const button = canvas.getByRole('button', { name: 'Sign in' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    // The countdown beside it is no live region, and not its description (that would be read every second).
    const timer = canvas.getByRole('timer');
    await waitFor(() => expect(timer).toHaveTextContent('Try again in 29 seconds.'), { timeout: 2500 });
    await expect(button).not.toHaveAccessibleDescription();
    await expect(alertOf(canvasElement)).toHaveTextContent('Riffyn asked for a pause of 30 seconds.');
    // Greyed by colour, not opacity: its focus ring keeps its contrast.
    await expect(getComputedStyle(button).opacity).toBe('1');
    await userEvent.type(canvas.getByLabelText('Password'), 'secret{Enter}');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const Server502: Story = {
  name: 'Server 502 (HTML Page)',
  args: {
    defaultUsername: 'ada.lovelace',
    error: new AuthError('server', { status: 502, detail: 'an HTML page instead of JSON' }),
  },
  play: async ({ canvasElement }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('The Riffyn server had a problem.');
    await expect(alertOf(canvasElement)).not.toHaveTextContent('<');
  },
};

export const Network: Story = {
  args: { defaultUsername: 'ada.lovelace', error: new AuthError('network') },
  play: async ({ canvasElement }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('Could not reach the Riffyn server.');
  },
};

export const Timeout: Story = {
  args: { defaultUsername: 'ada.lovelace', error: new AuthError('timeout') },
  play: async ({ canvasElement }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('took too long to answer');
  },
};

export const Malformed: Story = {
  args: {
    defaultUsername: 'ada.lovelace',
    error: new AuthError('malformed', { status: 200, detail: 'the JSON is incomplete or invalid' }),
  },
  play: async ({ canvasElement }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('an answer this page does not understand');
  },
};

/** A bug or a missing global in the page: said to be the page's failure, never the server's. */
export const PageFailure: Story = {
  args: {
    defaultUsername: 'ada.lovelace',
    error: new AuthError('internal', { cause: new TypeError('TextEncoder is not a constructor') }),
  },
  play: async ({ canvasElement }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('went wrong in this page');
    await expect(alertOf(canvasElement)).not.toHaveTextContent(/server|TextEncoder/);
  },
};

export const NoMfaFactor: Story = {
  args: { defaultUsername: 'ada.lovelace', error: new AuthError('no-mfa-factor') },
  play: async ({ canvasElement }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('no verification method is set up');
  },
};

export const InvalidInputColonUsername: Story = {
  name: 'Invalid Input (Colon In Username)',
  args: {
    defaultUsername: 'lab:admin',
    error: new AuthError('invalid-input', { detail: "username contains ':'" }),
  },
  play: async ({ canvas, canvasElement, args }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('Check the highlighted fields and try again.');
    const username = canvas.getByLabelText('Username');
    await expect(username).toHaveAttribute('aria-invalid', 'true');
    await expect(username).toHaveAccessibleDescription(/cannot contain a colon/);
    await userEvent.type(canvas.getByLabelText('Password'), 'secret{Enter}');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const ServerTextIsText: Story = {
  args: {
    defaultUsername: 'ada.lovelace',
    error: new AuthError('forbidden', { status: 403, serverMessage: '<img src=x onerror="window.__xss=1">' }),
  },
  play: async ({ canvasElement }) => {
    await expect(alertOf(canvasElement)).toHaveTextContent('<img src=x onerror="window.__xss=1">');
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  },
};

// ---- interactions -------------------------------------------------------------------------------

export const PasswordToggle: Story = {
  tags: canvasOnly,
  play: async ({ canvas }) => {
    const password = canvas.getByLabelText('Password');
    const toggle = canvas.getByRole('button', { name: 'Show password' });
    // An icon button inside the field's end: the password field is as wide as the username's.
    const box = password.getBoundingClientRect();
    await expect(box.width).toBe(canvas.getByLabelText('Username').getBoundingClientRect().width);
    await expectWithin(toggle, password);
    await userEvent.type(password, 'pässwörd✓ 🔑');
    await userEvent.click(toggle);
    await expect(password).toHaveAttribute('type', 'text');
    await expect(password).toHaveFocus();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Showing the password moves nothing.
    await expect(password.getBoundingClientRect().toJSON()).toEqual(box.toJSON());
    await userEvent.click(toggle);
    await expect(password).toHaveAttribute('type', 'password');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  },
};

export const CapsLock: Story = {
  tags: canvasOnly,
  play: async ({ canvas }) => {
    // One user-event instance, so Caps Lock stays on between calls.
    const user = userEvent.setup();
    const password = canvas.getByLabelText('Password');
    await user.click(password);
    await user.keyboard('{CapsLock}');
    await expect(await canvas.findByText('Caps Lock is on.')).toBeVisible();
    await expect(password).toHaveAccessibleDescription('Caps Lock is on.');
    await user.tab();
    await expect(canvas.queryByText('Caps Lock is on.')).toBeNull();
    await user.click(password);
    await expect(await canvas.findByText('Caps Lock is on.')).toBeVisible();
  },
};

/** Sets `pending` on submit the way an app would, to show the guard holds before and after it. */
function PendingOnSubmit(props: LoginFormProps) {
  const [pending, setPending] = useState(false);
  return (
    <LoginForm
      {...props}
      pending={pending}
      onSubmit={(values) => {
        props.onSubmit(values);
        setPending(true);
      }}
    />
  );
}

export const DoubleSubmit: Story = {
  tags: canvasOnly,
  render: (args) => <PendingOnSubmit {...args} />,
  play: async ({ canvas, args }) => {
    const user = userEvent.setup();
    await user.type(canvas.getByLabelText('Username'), 'ada.lovelace');
    await user.type(canvas.getByLabelText('Password'), 'secret');
    await user.dblClick(canvas.getByRole('button', { name: 'Sign in' }));
    // Enter held down: one keydown, then repeats.
    await user.type(canvas.getByLabelText('Password'), '{Enter>4/}');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith({ username: 'ada.lovelace', password: 'secret' });
    await expect(canvas.getByRole('button', { name: 'Signing in…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const KeyboardOnly: Story = {
  tags: canvasOnly,
  play: async ({ canvas, args }) => {
    const user = userEvent.setup();
    await user.tab();
    await expect(canvas.getByLabelText('Username')).toHaveFocus();
    await user.keyboard('ada.lovelace');
    await user.tab();
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
    await user.keyboard('correct horse');
    await user.tab();
    await expect(canvas.getByRole('button', { name: 'Show password' })).toHaveFocus();
    await user.keyboard(' ');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'text');
    await expect(canvas.getByRole('button', { name: 'Show password', pressed: true })).toHaveFocus();
    await user.tab();
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await expect(args.onSubmit).toHaveBeenCalledWith({ username: 'ada.lovelace', password: 'correct horse' });
  },
};

// ---- theming ------------------------------------------------------------------------------------

export const DarkTheme: Story = {
  args: {
    defaultUsername: 'ada.lovelace',
    error: new AuthError('invalid-credentials', { status: 401, serverMessage: 'Invalid username or password.' }),
  },
  globals: { theme: 'dark' },
};

export const CustomTheme: Story = {
  name: 'Brand Theme',
  args: { headingLevel: 1 },
  globals: { theme: 'brand' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByText('Enter your username.')).toBeVisible();
  },
};

export const Unstyled: Story = {
  args: { unstyled: true, classNames: { submit: 'my-submit' } },
  // Unstyled inherits the page's colors; give it a plain page whatever the toolbar theme is.
  decorators: [
    (Story) => (
      <div style={{ background: '#ffffff', color: '#000000', padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="root"]')).not.toHaveClass('rlk');
    await expect(canvasElement.querySelector('[data-slot="submit"]')).toHaveClass('my-submit');
    // No look, but still 24 px targets (WCAG 2.5.8).
    await expectTargets(canvasElement);
  },
};

export const HeaderAndFooter: Story = {
  args: {
    logo: acmeLogo,
    subtitle: 'to continue to Acme Bioprocess Portal',
    footer: (
      <>
        Trouble signing in? <a href="#help">Get help</a>
      </>
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Acme' })).toBeVisible();
    await expect(canvas.getByText('to continue to Acme Bioprocess Portal')).toHaveAttribute('data-slot', 'subtitle');
    await expect(canvas.getByRole('link', { name: 'Get help' }).closest('[data-slot="footer"]')).not.toBeNull();
  },
};

/** `layout`: the logo at the start edge, compact gaps, no card: the page changes with no CSS of the app's. */
export const Layout: Story = {
  args: {
    logo: acmeLogo,
    subtitle: 'to continue to Acme Bioprocess Portal',
    layout: { logo: 'start', density: 'compact', card: false },
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="root"]')!;
    await expect(root).toHaveAttribute('data-density', 'compact');
    await expect(getComputedStyle(root).borderTopWidth).toBe('0px');
    await expect(getComputedStyle(root).boxShadow).toBe('none');
    await expect(getComputedStyle(root.querySelector('[data-slot="header"]')!).alignItems).toBe('flex-start');
    // Compact: three quarters of the default 16 px between fields.
    await expect(getComputedStyle(root.querySelector('[data-slot="form"]')!).rowGap).toBe('12px');
  },
};

/** The shipped German, with a longer heading of the app's own on top (`withOverrides`). */
const german = withOverrides(de, { loginForm: { heading: 'Bei Ihrem Riffyn-Konto anmelden' } }).loginForm;

export const LongLocalizedStrings: Story = {
  name: 'Long Localized Strings (German)',
  args: {
    messages: german,
    error: new AuthError('invalid-credentials', {
      status: 401,
      serverMessage: 'Ungültiger Benutzername oder ungültiges Passwort (Kontosperrungsrichtlinie der Organisation).',
    }),
  },
  decorators: [
    (Story) => (
      <div lang="de">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Anmelden' }));
    await expect(await canvas.findByText('Geben Sie Ihren Benutzernamen ein.')).toBeVisible();
    await expect(canvas.getByText('Geben Sie Ihr Passwort ein.')).toBeVisible();
  },
};

export const RTL: Story = {
  name: 'RTL (Arabic)',
  args: {
    messages: ar.loginForm,
    defaultUsername: 'ada.lovelace',
    error: new AuthError('invalid-credentials', { status: 401, serverMessage: 'Invalid username or password.' }),
  },
  decorators: [
    (Story) => (
      <div lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    // The shipped Arabic says its direction: the root mirrors on a page that set none.
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('dir', 'rtl');
    await userEvent.type(canvas.getByLabelText('كلمة المرور'), 'كلمة سر');
    await userEvent.click(canvas.getByRole('button', { name: 'إظهار كلمة المرور' }));
    await expect(canvas.getByLabelText('كلمة المرور')).toHaveAttribute('type', 'text');
  },
};
