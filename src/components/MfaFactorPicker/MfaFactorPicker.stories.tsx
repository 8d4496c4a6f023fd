import type { Meta, StoryObj } from '@storybook/react-vite';
import { expectNoOverflow, expectTargets } from '../../../.storybook/checks.js';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AuthError } from '../../core/errors.js';
import { pushFactor, totpFactor, unknownFactor } from '../../testing/fixtures.js';
import { withOverrides } from '../../i18n/merge.js';
import { ar } from '../../locales/ar.js';
import { de } from '../../locales/de.js';
import { MfaFactorPicker } from './MfaFactorPicker.js';
import type { MfaFactorPickerProps } from './MfaFactorPicker.types.js';
import { stylingArgTypes } from '../../../.storybook/styling-arg-types.js';

/** Okta's default transaction lifetime. */
const FIVE_MINUTES = 5 * 60_000;

const smsFactor = pushFactor({ id: 'sms-fixture-1', factorType: 'sms', provider: 'OKTA', vendorName: undefined });
const hardwareFactor = pushFactor({ id: 'hw-1', factorType: 'token:hardware', provider: 'YUBICO', vendorName: 'YUBICO' });
/** Stories that only show something after their play function ran stay out of the docs page, where it does not run. */
const canvasOnly = ['!autodocs'];

/**
 * Stories pass a chosen factor back in, as AuthFlow does, so radios really change. A control that
 * changes `selectedFactorId` starts the state afresh (the key).
 */
function Stateful(props: MfaFactorPickerProps) {
  const [selected, setSelected] = useState(props.selectedFactorId);
  return (
    <MfaFactorPicker
      {...props}
      selectedFactorId={selected}
      onChooseFactor={(factorId) => {
        setSelected(factorId);
        props.onChooseFactor(factorId);
      }}
    />
  );
}

const meta = {
  title: 'Components/MfaFactorPicker',
  component: MfaFactorPicker,
  tags: ['autodocs'],
  args: {
    factors: [totpFactor()],
    selectedFactorId: 'uft-fixture-totp',
    username: 'ada.lovelace',
    // Replaced at render by the loader below; a fixed number here would be long past.
    expiresAt: null,
    autoFocus: false,
    onChooseFactor: fn(),
    onSubmit: fn(),
    onRestart: fn(),
  },
  // Deadlines are computed when the story loads, not when this module loads, so the countdown
  // starts where the story says. A story's own loader wins.
  loaders: [() => ({ expiresAt: Date.now() + FIVE_MINUTES })],
  render: (args, { loaded }) => (
    <Stateful
      key={String(args.selectedFactorId)}
      {...args}
      expiresAt={(loaded as { expiresAt?: number | null }).expiresAt ?? args.expiresAt}
    />
  ),
  argTypes: {
    ...stylingArgTypes,
    factors: { control: 'object' },
    selectedFactorId: { control: 'text' },
    pending: { control: 'boolean' },
    expired: { control: 'boolean' },
    expiresAt: { control: false, description: 'Set by the story loader (epoch ms, now + 5 min by default)' },
    warnBeforeMs: { control: { type: 'number', step: 15_000 } },
    clockSkewMs: { control: { type: 'number', step: 5_000 } },
    username: { control: 'text' },
    // An AuthError instance: a control would turn it into a plain object.
    error: { control: false },
    onChooseFactor: { control: false },
    onSubmit: { control: false },
    onRestart: { control: false },
    onExtend: { control: false },
    extending: { control: 'boolean' },
  },
} satisfies Meta<typeof MfaFactorPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const codeField = (canvasElement: HTMLElement) => within(canvasElement).getByLabelText(/6-digit code|6-stellig|رمز/);

// ---- factors --------------------------------------------------------------------------------

export const OneFactor: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('radio')).toBeNull();
    await expect(canvas.getByText('Verification method: Authenticator app (Google Authenticator)')).toBeVisible();
    await expect(canvas.getByRole('timer')).toHaveTextContent('Time left to enter the code: 5 minutes');
    const input = canvas.getByLabelText('6-digit code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('type', 'text');
  },
};

export const SeveralFactors: Story = {
  args: { factors: [pushFactor(), totpFactor(), hardwareFactor, smsFactor], selectedFactorId: null },
  play: async ({ canvas, canvasElement, args }) => {
    const radios = canvas.getAllByRole('radio');
    // The first factor that takes a typed code is chosen already: the user can just type.
    await expect(args.onChooseFactor).toHaveBeenCalledWith('uft-fixture-totp');
    await expect(radios[0]).toHaveAccessibleName('Authenticator app');
    await expect(radios[0]).toHaveAccessibleDescription('Google Authenticator');
    await expect(radios[0]).toBeChecked();
    // Only those a code completes are choices; push and SMS wait under one closed line.
    await expect(radios).toHaveLength(2);
    await expect(canvas.getByText('Other methods aren’t available here')).toBeVisible();
    await expect(canvas.getByText('Okta Verify push')).not.toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'entering');
    // Tab into the group: the ring goes round the option card, not square round the round radio.
    await userEvent.tab();
    await expect(radios[0]).toHaveFocus();
    await expect(getComputedStyle(radios[0]!).outlineStyle).toBe('none');
    await expect(getComputedStyle(radios[0]!.closest('[data-slot="factor-option"]')!).outlineStyle).toBe('solid');
    // The arrow key moves to (and chooses) the next factor.
    await userEvent.keyboard('{ArrowDown}');
    await expect(args.onChooseFactor).toHaveBeenLastCalledWith('hw-1');
    // A hardware token's code may be longer than 6 digits: the field's name says so.
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription(/hardware token/);
  },
};

export const UnknownFactorType: Story = {
  args: {
    factors: [unknownFactor(), hardwareFactor],
    selectedFactorId: 'unk-fixture-1',
    // Vendors the kit does not name show as sent; an app can name any.
    messages: { vendorNames: { YUBICO: 'YubiKey' } },
  },
  play: async ({ canvas }) => {
    // No raw factor type on screen, and the one a code can complete is the one named.
    await expect(canvas.getByText('Verification method: Hardware token (YubiKey)')).toBeVisible();
    await expect(canvas.getByText('Other methods aren’t available here')).toBeVisible();
    await expect(canvas.queryByText(/x-future/)).toBeNull();
  },
};

/** Factors a typed code cannot complete left out altogether, by prop. */
export const UnavailableFactorsHidden: Story = {
  args: { factors: [totpFactor(), pushFactor(), smsFactor], selectedFactorId: 'uft-fixture-totp', unavailableFactors: 'hidden' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Verification method: Authenticator app (Google Authenticator)')).toBeVisible();
    await expect(canvas.queryByText('Other methods aren’t available here')).toBeNull();
  },
};

/** The six boxes: typed digits in theirs, the next box ringed while the field has focus; a paste fills them all. */
export const CodeBoxes: Story = {
  tags: canvasOnly,
  play: async ({ canvas, canvasElement, args }) => {
    const field = canvas.getByLabelText('6-digit code');
    await userEvent.click(field);
    await userEvent.keyboard('40');
    const cells = [...canvasElement.querySelectorAll('[data-slot="code-cells"] > span')];
    await expect(cells).toHaveLength(6);
    await expect(cells.map((cell) => cell.textContent).join('')).toBe('40');
    await expect(cells[2]).toHaveAttribute('data-state', 'active');
    await expect(getComputedStyle(cells[2]!).outlineStyle).toBe('solid');
    await userEvent.clear(field);
    await userEvent.paste('123 456');
    await expect(args.onSubmit).toHaveBeenCalledWith('123456');
  },
};

export const NoUsableFactor: Story = {
  args: { factors: [pushFactor(), smsFactor], selectedFactorId: null },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/None of your verification methods gives a code to type here/)).toBeVisible();
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Start again' })).toHaveAttribute('data-variant', 'primary');
  },
};

// ---- entering the code ----------------------------------------------------------------------

export const Pending: Story = {
  args: { pending: true },
  play: async ({ canvas, canvasElement, args }) => {
    const button = canvas.getByRole('button', { name: 'Verifying…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'pending');
    await userEvent.click(button);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const WrongCode: Story = {
  args: { error: new AuthError('invalid-passcode', { status: 403 }) },
  play: async ({ canvas, canvasElement, args }) => {
    const input = codeField(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('That code did not work.');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveValue('');
    // Mounted with the error (no autoFocus): it leaves focus alone; the user clicks in and types.
    await userEvent.click(input);
    await userEvent.keyboard('654321');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith('654321');
  },
};

export const PasteWithSpaces: Story = {
  tags: canvasOnly,
  play: async ({ canvasElement, args }) => {
    const input = codeField(canvasElement);
    await userEvent.click(input);
    await userEvent.paste('123 456');
    await expect(input).toHaveValue('123456');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith('123456');
  },
};

// ---- time -----------------------------------------------------------------------------------

export const AboutToExpire: Story = {
  loaders: [() => ({ expiresAt: Date.now() + 45_000 })],
  play: async ({ canvas, canvasElement }) => {
    const warning = await canvas.findByText('Less than a minute left to enter your code.');
    await expect(warning.closest('[role="status"]')).not.toBeNull();
    await expect(canvas.getByRole('timer')).toHaveTextContent(/enter the code: 4\d seconds/);
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'warning');
  },
};

/** An app that gets more time the way `useAuth().extendMfa` does: a fresh 5 minutes, a moment later. */
function Extendable(props: MfaFactorPickerProps) {
  const [expiresAt, setExpiresAt] = useState(props.expiresAt);
  const [extending, setExtending] = useState(false);
  return (
    <Stateful
      {...props}
      expiresAt={expiresAt}
      extending={extending}
      onExtend={() => {
        props.onExtend?.();
        setExtending(true);
        setTimeout(() => {
          setExtending(false);
          setExpiresAt(Date.now() + FIVE_MINUTES);
        }, 300);
      }}
    />
  );
}

/** The warning offers "Get more time" (WCAG 2.2.1): what was typed stays, focus returns to the field. */
export const GetMoreTime: Story = {
  tags: canvasOnly,
  args: { onExtend: fn() },
  loaders: [() => ({ expiresAt: Date.now() + 45_000 })],
  render: (args, { loaded }) => <Extendable {...args} expiresAt={(loaded as { expiresAt: number }).expiresAt} />,
  play: async ({ canvas, canvasElement, args }) => {
    await userEvent.type(codeField(canvasElement), '12');
    await expect(await canvas.findByText(/Choose “Get more time” if you need longer/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Get more time' }));
    await expect(args.onExtend).toHaveBeenCalledOnce();
    await expect(await canvas.findByText('More time given: you now have 5 minutes to enter the code.')).toBeVisible();
    await expect(codeField(canvasElement)).toHaveFocus();
    await expect(codeField(canvasElement)).toHaveValue('12');
    await expect(canvas.queryByRole('button', { name: /more time/i })).toBeNull();
  },
};

export const Expired: Story = {
  args: { expired: true },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('heading', { name: 'Verification timed out' })).toBeVisible();
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Start again' }));
    await expect(args.onRestart).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const ClockSkew: Story = {
  args: { clockSkewMs: 95_000 },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/clock is 95 seconds behind the server’s/)).toBeVisible();
  },
};

// ---- server errors --------------------------------------------------------------------------

export const ServerError: Story = {
  args: { error: new AuthError('server', { status: 503, serverMessage: 'Service Unavailable' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('The Riffyn server had a problem.');
    // "Service Unavailable" would only say the same again.
    await expect(canvas.getByRole('alert')).not.toHaveTextContent('Service Unavailable');
  },
};

export const RateLimited: Story = {
  args: { error: new AuthError('rate-limited', { status: 429, retryAfter: 30 }) },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Too many attempts. Riffyn asked for a pause of 30 seconds.');
    // No code goes while the wait runs; Verify's name and description stay put (the timer counts).
    await userEvent.type(canvas.getByLabelText('6-digit code'), '123456');
    const verify = canvas.getByRole('button', { name: 'Verify' });
    await expect(verify).toHaveAttribute('aria-disabled', 'true');
    await expect(verify).not.toHaveAccessibleDescription();
    await expect(canvas.getByText(/^Try again in (30|29|28) seconds\.$/)).toHaveAttribute('role', 'timer');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** A hardware token shows up to 10 digits: the code is taken whole and sent when the user says so. */
export const HardwareToken: Story = {
  args: {
    factors: [{ id: 'tok-fixture-1', factorType: 'token:hardware', provider: 'RSA', vendorName: 'RSA SecurID' }],
    selectedFactorId: 'tok-fixture-1',
  },
  play: async ({ canvas, args }) => {
    const field = canvas.getByLabelText('Verification code');
    await userEvent.type(field, '12345678');
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(args.onSubmit).toHaveBeenCalledWith('12345678');
  },
};

// ---- keyboard -------------------------------------------------------------------------------

export const KeyboardOnly: Story = {
  tags: canvasOnly,
  args: { factors: [totpFactor(), hardwareFactor], selectedFactorId: 'uft-fixture-totp' },
  play: async ({ canvas, canvasElement, args }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: /Authenticator app/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('radio', { name: /Authenticator app/ })).toBeChecked();
    await expect(args.onChooseFactor).toHaveBeenLastCalledWith('uft-fixture-totp');
    await userEvent.tab();
    await expect(codeField(canvasElement)).toHaveFocus();
    await userEvent.keyboard('12345{Enter}');
    await expect(canvas.getByText('Enter all 6 digits of the code.', { selector: 'p' })).toBeVisible();
    // Focus stays in the field, so the step's status region says it (WCAG 4.1.3).
    await expect(canvasElement.querySelector('[data-slot="progress"]')).toHaveTextContent('Enter all 6 digits of the code.');
    await userEvent.keyboard('6');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith('123456');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Verify' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Start again' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onRestart).toHaveBeenCalledTimes(1);
  },
};

// ---- theming --------------------------------------------------------------------------------

export const DarkTheme: Story = {
  args: { factors: [totpFactor(), pushFactor()], clockSkewMs: 45_000 },
  globals: { theme: 'dark' },
};

export const CustomTheme: Story = {
  name: 'Brand Theme',
  args: { factors: [totpFactor(), pushFactor()] },
  globals: { theme: 'brand' },
};

export const Unstyled: Story = {
  args: { unstyled: true, factors: [totpFactor(), hardwareFactor] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="root"]')).not.toHaveClass('rlk');
    // No look, but still 24 px targets (WCAG 2.5.8).
    await expectTargets(canvasElement);
  },
};

// ---- languages ------------------------------------------------------------------------------

/** The shipped German, with longer wording of the app's own on top (`withOverrides`). */
const germanMessages = withOverrides(de, {
  mfa: {
    codeHints: {
      totp: 'Öffnen Sie Ihre Authentifizierungs-App und geben Sie den Code ein, der dort gerade angezeigt wird. Leerzeichen sind erlaubt.',
    },
    verify: 'Bestätigen und fortfahren',
    restart: 'Anmeldung von vorne beginnen',
  },
}).mfa;

export const LongLocalizedStrings: Story = {
  args: {
    factors: [totpFactor(), pushFactor(), smsFactor],
    selectedFactorId: 'uft-fixture-totp',
    username: 'dr.maximiliane.mustermann-schwarzenberger@forschungszentrum-beispielstadt.de',
    clockSkewMs: -62_000,
    error: new AuthError('invalid-passcode', { status: 403 }),
    messages: germanMessages,
  },
  name: 'Long Localized Strings (German)',
  // As wide as a 320 px phone leaves the card (WCAG 1.4.10): the long address wraps inside it.
  decorators: [
    (Story) => (
      <div lang="de" style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('button', { name: 'Bestätigen und fortfahren' })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent('Dieser Code hat nicht funktioniert.');
    await expectNoOverflow(canvasElement.querySelector<HTMLElement>('[data-slot="root"]')!);
  },
};

export const RTL: Story = {
  name: 'RTL (Arabic)',
  args: {
    factors: [totpFactor(), pushFactor(), smsFactor],
    selectedFactorId: 'uft-fixture-totp',
    username: 'ada.lovelace',
    messages: ar.mfa,
  },
  decorators: [
    (Story) => (
      <div lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, args }) => {
    await expect(canvas.getByRole('heading', { name: 'تحقّق من هويتك' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('dir', 'rtl');
    // Arabic-Indic digits from an Arabic keyboard are digits too.
    await userEvent.type(codeField(canvasElement), '١٢٣٤٥٦');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith('123456');
  },
};
