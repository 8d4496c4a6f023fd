import type { Meta, StoryObj } from '@storybook/react-vite';
import { expectTargets } from '../../../.storybook/checks.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AuthError } from '../../core/errors.js';
import { API_KEY_MESSAGE } from '../../testing/fixtures.js';
import { withOverrides } from '../../i18n/merge.js';
import { de } from '../../locales/de.js';
import { he } from '../../locales/he.js';
import { ApiKeyReveal } from './ApiKeyReveal.js';
import { stylingArgTypes } from '../../../.storybook/styling-arg-types.js';

/** Obviously fake, but as long as a real one. */
const KEY = 'rfk_demo_3f9a1c7e5b2d4a6c8e0f1a3b5c7d9e1f';
const shown = { status: 'shown', value: KEY, name: 'loginKey', message: API_KEY_MESSAGE } as const;

/**
 * The stories never touch the real clipboard (it needs a permission prompt and would leak between
 * runs): each story that copies replaces `navigator.clipboard` with this spy and puts it back after.
 */
const writeText = fn().mockName('navigator.clipboard.writeText');

function stubClipboard(outcome: 'ok' | 'denied') {
  return () => {
    writeText.mockReset();
    if (outcome === 'ok') writeText.mockResolvedValue(undefined);
    else writeText.mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return () => {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    };
  };
}

/** The shipped German, with longer wording of the app's own on top (`withOverrides`). */
const german = withOverrides(de, {
  apiKey: {
    shown: {
      onceWarning:
        'Dieser API-Schlüssel wird nur ein einziges Mal angezeigt. Speichern Sie ihn jetzt und bewahren Sie ihn sicher auf.',
      copy: 'In die Zwischenablage kopieren',
    },
  },
}).apiKey;

const meta = {
  title: 'Components/ApiKeyReveal',
  component: ApiKeyReveal,
  tags: ['autodocs'],
  args: {
    apiKey: shown,
    onAcknowledge: fn(),
    username: 'ada.lovelace',
    autoFocus: false,
    unstyled: false,
  },
  argTypes: {
    ...stylingArgTypes,
    apiKey: { control: 'object', description: 'The key as the auth state knows it' },
    renameState: { control: 'object' },
    onAcknowledge: { table: { category: 'Events' } },
    onRename: { table: { category: 'Events' } },
    onContinue: { table: { category: 'Events' } },
  },
} satisfies Meta<typeof ApiKeyReveal>;
export default meta;

type Story = StoryObj<typeof meta>;

const idleCall = { isPending: false, error: null, isSuccess: false };
/** Stories that only show something after their play function ran stay out of the docs page, where it does not run. */
const canvasOnly = ['!autodocs'];

export const KeyMasked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Show key' })).toHaveAttribute('aria-pressed', 'false');
    await expect(canvasElement.innerHTML).not.toContain(KEY);
  },
};

export const KeyRevealed: Story = {
  tags: canvasOnly,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show key' }));
    await expect(canvas.getByRole('button', { name: 'Show key' })).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('textbox', { name: 'API key' })).toHaveValue(KEY);
  },
};

export const KeyCopied: Story = {
  tags: canvasOnly,
  beforeEach: stubClipboard('ok'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy' }));
    await expect(writeText).toHaveBeenCalledWith(KEY);
    await expect(await canvas.findByRole('status')).toHaveTextContent('Copied to clipboard.');
    // A moment, not a state: "Copied" goes after two seconds.
    await waitFor(() => expect(canvas.getByRole('status')).toBeEmptyDOMElement(), { timeout: 3000 });
    await expect(canvasElement.innerHTML).not.toContain(KEY);
  },
};

export const CopyFailed: Story = {
  tags: canvasOnly,
  beforeEach: stubClipboard('denied'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/did not allow copying/));
  },
};

export const ConfirmRequired: Story = {
  tags: canvasOnly,
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const done = canvas.getByRole('button', { name: 'Done' });
    await expect(done).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(done);
    await expect(args.onAcknowledge).not.toHaveBeenCalled();
    const checkbox = canvas.getByRole('checkbox', { name: 'I have saved this key somewhere safe' });
    await expect(checkbox).toHaveFocus();
    await userEvent.click(checkbox);
    await expect(done).not.toHaveAttribute('aria-disabled');
    await userEvent.click(done);
    await expect(args.onAcknowledge).toHaveBeenCalledOnce();
  },
};

export const Rename: Story = {
  tags: canvasOnly,
  args: { onRename: fn(), renameState: idleCall },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    // Behind a quiet "Rename key": the key's moment stays calm until the user asks.
    await userEvent.click(canvas.getByRole('button', { name: 'Rename key' }));
    const input = canvas.getByRole('textbox', { name: 'Key name' });
    await expect(input).toHaveFocus();
    await expect(input).toHaveValue('loginKey');
    await userEvent.clear(input);
    await userEvent.type(input, 'ci-pipeline');
    await userEvent.click(canvas.getByRole('button', { name: 'Rename' }));
    await expect(args.onRename).toHaveBeenCalledWith('ci-pipeline');
  },
};

export const RenamePending: Story = {
  args: { onRename: fn(), renameState: { isPending: true, error: null, isSuccess: false } },
};

export const RenameTaken: Story = {
  args: {
    onRename: fn(),
    renameState: {
      isPending: false,
      isSuccess: false,
      error: new AuthError('conflict', { status: 409, serverMessage: 'An API key with that name already exists.' }),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('That name is already taken');
    await expect(canvas.getByRole('textbox', { name: 'Key name' })).toHaveAttribute('aria-invalid', 'true');
  },
};

export const RenameSessionExpired: Story = {
  args: {
    onRename: fn(),
    renameState: { isPending: false, isSuccess: false, error: new AuthError('session-expired', { status: 401 }) },
  },
};

export const Renamed: Story = {
  args: {
    apiKey: { ...shown, name: 'ci-pipeline' },
    onRename: fn(),
    renameState: { isPending: false, error: null, isSuccess: true },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Renamed to ci-pipeline.')).toBeVisible();
  },
};

export const Acknowledged: Story = {
  args: { apiKey: { status: 'acknowledged', name: 'ci-pipeline' }, onContinue: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'API key saved' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.onContinue).toHaveBeenCalledOnce();
  },
};

export const NoKey: Story = {
  args: {
    apiKey: { status: 'none', message: 'Welcome back.' },
    onContinue: fn(),
    manageKeysHref: '#security-settings',
  },
};

export const ServerMessageIsText: Story = {
  args: { apiKey: { ...shown, message: '<img src=x onerror="document.title=\'pwned\'"> Save this key now.' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/<img src=x onerror=/)).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

export const KeyboardOnly: Story = {
  tags: canvasOnly,
  args: { autoFocus: true, onRename: fn(), renameState: idleCall },
  beforeEach: stubClipboard('ok'),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole('heading', { name: 'Save your API key' });
    await expect(heading).toHaveFocus();
    // A heading takes focus only to start the screen reader there: no focus box around it.
    await expect(getComputedStyle(heading).outlineStyle).toBe('none');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Show key' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('textbox', { name: 'API key' })).toHaveValue(KEY);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Copy' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(writeText).toHaveBeenCalledWith(KEY);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Rename key' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('checkbox')).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Done' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onAcknowledge).toHaveBeenCalledOnce();
  },
};

export const DarkTheme: Story = {
  args: { onRename: fn(), renameState: idleCall },
  globals: { theme: 'dark' },
};

export const CustomTheme: Story = {
  name: 'Brand Theme',
  args: { onRename: fn(), renameState: idleCall },
  globals: { theme: 'brand' },
};

export const Unstyled: Story = {
  args: { unstyled: true, onRename: fn(), renameState: idleCall },
  play: async ({ canvasElement }) => {
    // No look, but still 24 px targets (WCAG 2.5.8).
    await expectTargets(canvasElement);
  },
};

export const LongLocalizedStrings: Story = {
  name: 'Long Localized Strings (German)',
  args: {
    messages: german,
    username: 'maximiliane.mustermann-schwarzenberger',
    apiKey: { ...shown, name: 'Produktionsumgebung-Datenpipeline-Nachtverarbeitung', message: null },
    onRename: fn(),
    renameState: { isPending: false, isSuccess: false, error: new AuthError('conflict', { status: 409 }) },
  },
  decorators: [
    (Story) => (
      <div lang="de">
        <Story />
      </div>
    ),
  ],
};

export const RTL: Story = {
  name: 'RTL (Hebrew)',
  args: { messages: he.apiKey, onRename: fn(), renameState: idleCall, apiKey: { ...shown, message: null } },
  decorators: [
    (Story) => (
      <div lang="he">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('dir', 'rtl');
    await userEvent.click(canvas.getByRole('button', { name: 'הצגת המפתח' }));
    // The key stays left to right inside the right-to-left page.
    await expect(canvas.getByRole('textbox', { name: 'מפתח API' })).toHaveAttribute('dir', 'ltr');
  },
};
