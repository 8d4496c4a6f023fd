import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AuthError } from '../../core/errors.js';
import type { MfaMessages } from '../../i18n/mfa.js';
import { pushFactor, totpFactor, unknownFactor } from '../../testing/fixtures.js';
import { brandTheme } from '../../theme/brand-theme.js';
import { darkTheme } from '../../theme/theme.js';
import type { DeepPartial } from '../shared/styling.js';
import { MfaFactorPicker } from './MfaFactorPicker.js';
import type { MfaFactorPickerProps } from './MfaFactorPicker.types.js';
import { stylingArgTypes } from '../../../.storybook/styling-arg-types.js';

/** Okta's default transaction lifetime. */
const FIVE_MINUTES = 5 * 60_000;

const smsFactor = pushFactor({ id: 'sms-fixture-1', factorType: 'sms', provider: 'OKTA', vendorName: undefined });

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
  },
} satisfies Meta<typeof MfaFactorPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const codeField = (canvasElement: HTMLElement) => within(canvasElement).getByLabelText(/6-digit code|6-stellig|رمز/);

// ---- factors --------------------------------------------------------------------------------

export const OneFactor: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.queryByRole('radio')).toBeNull();
    await expect(canvas.getByText('Verification method: Authenticator app (Google Authenticator)')).toBeVisible();
    await expect(canvas.getByRole('timer')).toHaveTextContent(/Code request expires in [45]:\d\d/);
    const input = canvas.getByLabelText('6-digit code');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAttribute('type', 'text');
  },
};

export const SeveralFactors: Story = {
  args: { factors: [pushFactor(), totpFactor(), smsFactor], selectedFactorId: null },
  play: async ({ canvas, canvasElement, args }) => {
    const radios = canvas.getAllByRole('radio');
    await expect(radios[0]).toHaveAccessibleName('Authenticator app Google Authenticator');
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'choosing');
    // Tab into the group, then the arrow key moves to (and chooses) the second factor.
    await userEvent.tab();
    await expect(radios[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(args.onChooseFactor).toHaveBeenLastCalledWith('opf-fixture-push');
    await expect(canvas.getByRole('radio', { name: 'Okta Verify push' })).toBeChecked();
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'entering');
    await expect(codeField(canvasElement)).toHaveAccessibleDescription(/Okta Verify shows now/);
  },
};

export const UnknownFactorType: Story = {
  args: {
    factors: [unknownFactor(), pushFactor({ id: 'hw-1', factorType: 'token:hardware', provider: 'YUBICO', vendorName: 'YUBICO' })],
    selectedFactorId: 'unk-fixture-1',
    // Vendors the kit does not name show as sent; an app can name any.
    messages: { vendorNames: { YUBICO: 'YubiKey' } },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('radio', { name: 'Verification code (x-future:hologram) ACME' })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: 'Hardware token YubiKey' })).not.toBeChecked();
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
    await waitFor(() => expect(input).toHaveFocus());
    await expect(input).toHaveValue('');
    await userEvent.keyboard('654321');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith('654321');
  },
};

export const PasteWithSpaces: Story = {
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
    const warning = await canvas.findByText('About 1 minute left to enter your code.');
    await expect(warning.closest('[role="status"]')).not.toBeNull();
    await expect(canvas.getByRole('timer')).toHaveTextContent(/expires in 0:4\d/);
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'warning');
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
    await expect(canvas.getByRole('alert')).toHaveTextContent('The server said: Service Unavailable');
  },
};

export const RateLimited: Story = {
  args: { error: new AuthError('rate-limited', { status: 429, retryAfter: 30 }) },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    // No code goes while the wait runs.
    await userEvent.type(canvas.getByLabelText('6-digit code'), '123456');
    await expect(canvas.getByRole('button', { name: 'Verify' })).toHaveAttribute('aria-disabled', 'true');
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
  args: { factors: [totpFactor(), pushFactor()], selectedFactorId: null },
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
    await expect(canvas.getByText('Enter all 6 digits of the code.')).toBeVisible();
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

const onBackground =
  (background: string): Decorator =>
  (Story) => (
    <div style={{ background, padding: '1.5rem', margin: '-1.5rem', minHeight: '100vh' }}>
      <Story />
    </div>
  );

export const DarkTheme: Story = {
  args: { theme: darkTheme, factors: [totpFactor(), pushFactor()], clockSkewMs: 45_000 },
  decorators: [onBackground(darkTheme.colorBackground)],
  globals: { theme: 'dark' },
};

export const CustomTheme: Story = {
  args: { theme: brandTheme, factors: [totpFactor(), pushFactor()] },
  decorators: [onBackground(brandTheme.colorBackground)],
};

export const Unstyled: Story = {
  args: { unstyled: true, factors: [totpFactor(), pushFactor()] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="root"]')).not.toHaveClass('rlk');
  },
};

// ---- languages ------------------------------------------------------------------------------

const germanMessages: DeepPartial<MfaMessages> = {
  heading: 'Bestätigen Sie, dass Sie es sind',
  signingInAs: (username) => `Anmeldung als ${username}`,
  chooseFactor: 'Wählen Sie, wie Sie Ihre Identität bestätigen möchten',
  chooseFactorFirst: 'Wählen Sie zuerst eine Bestätigungsmethode aus.',
  usingFactor: (label, hint) => (hint ? `Bestätigungsmethode: ${label} (${hint})` : `Bestätigungsmethode: ${label}`),
  factorLabels: {
    totp: 'Authentifizierungs-App',
    push: 'Push-Benachrichtigung von Okta Verify',
    sms: 'Textnachricht (SMS)',
    call: 'Sprachanruf',
    email: 'E-Mail',
    hardware: 'Hardware-Sicherheitstoken',
    other: (factorType) => `Bestätigungscode (${factorType})`,
  },
  codeLabel: '6-stelliger Bestätigungscode',
  codeHints: {
    totp: 'Öffnen Sie Ihre Authentifizierungs-App und geben Sie den Code ein, der dort gerade angezeigt wird. Leerzeichen sind erlaubt.',
    push: 'Öffnen Sie Okta Verify und geben Sie den Code ein, der dort gerade angezeigt wird.',
    sms: 'Geben Sie den Code ein, der per Textnachricht an Ihr Telefon gesendet wurde.',
  },
  codeIncomplete: 'Geben Sie alle 6 Ziffern des Codes ein.',
  verify: 'Bestätigen und fortfahren',
  verifying: 'Wird überprüft…',
  checking: 'Ihr Code wird überprüft…',
  expiresIn: (time) => `Die Code-Anforderung läuft ab in ${time}`,
  timeWarning: (seconds) =>
    seconds <= 40
      ? 'Es bleibt weniger als eine Minute für die Eingabe Ihres Codes.'
      : 'Es bleibt ungefähr eine Minute für die Eingabe Ihres Codes.',
  clockSkew: (seconds, deviceBehind) =>
    `Die Uhr dieses Geräts geht gegenüber der Serveruhr um ${seconds} Sekunden ${deviceBehind ? 'nach' : 'vor'}. ` +
    'Wenn Ihre Authentifizierungs-App auf diesem Gerät läuft, werden ihre Codes möglicherweise abgelehnt: ' +
    'Stellen Sie Datum und Uhrzeit auf automatische Aktualisierung.',
  restart: 'Anmeldung von vorne beginnen',
  expiredHeading: 'Zeitüberschreitung bei der Bestätigung',
  errors: {
    kinds: {
      'mfa-expired':
        'Zu Ihrer Sicherheit endet der Bestätigungsschritt einige Minuten, nachdem Ihr Passwort akzeptiert wurde. ' +
        'Beginnen Sie von vorne, um sich mit einem neuen Code anzumelden.',
      'invalid-passcode':
        'Dieser Code hat nicht funktioniert. Geben Sie den neuesten 6-stelligen Code aus Ihrer Authentifizierungs-App ein.',
    },
  },
};

export const LongLocalizedStrings: Story = {
  args: {
    factors: [totpFactor(), pushFactor(), smsFactor],
    selectedFactorId: 'uft-fixture-totp',
    username: 'dr.maximiliane.mustermann-schwarzenberger@forschungszentrum-beispielstadt.de',
    clockSkewMs: -62_000,
    error: new AuthError('invalid-passcode', { status: 403 }),
    messages: germanMessages,
  },
  decorators: [
    (Story) => (
      <div lang="de">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Bestätigen und fortfahren' })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent('Dieser Code hat nicht funktioniert.');
  },
};

const arabicMessages: DeepPartial<MfaMessages> = {
  heading: 'تحقّق من هويتك',
  signingInAs: (username) => `تسجيل الدخول باسم ${username}`,
  chooseFactor: 'اختر طريقة التحقق',
  chooseFactorFirst: 'اختر طريقة التحقق أولاً.',
  usingFactor: (label, hint) => (hint ? `طريقة التحقق: ${label} (${hint})` : `طريقة التحقق: ${label}`),
  factorLabels: {
    totp: 'تطبيق المصادقة',
    push: 'إشعار Okta Verify',
    sms: 'رسالة نصية',
    call: 'مكالمة صوتية',
    email: 'البريد الإلكتروني',
    hardware: 'مفتاح أمان',
    other: (factorType) => `رمز تحقق (${factorType})`,
  },
  vendorNames: { GOOGLE: 'Google Authenticator' },
  codeLabel: 'رمز من 6 أرقام',
  codeHints: {
    totp: 'افتح تطبيق المصادقة وأدخل الرمز الظاهر فيه الآن. لا بأس بالمسافات.',
    push: 'افتح Okta Verify وأدخل الرمز الظاهر فيه الآن.',
    sms: 'أدخل الرمز المرسل إلى هاتفك في رسالة نصية.',
  },
  codeIncomplete: 'أدخل الأرقام الستة كلها.',
  verify: 'تحقّق',
  verifying: 'جارٍ التحقق…',
  checking: 'جارٍ التحقق من الرمز…',
  expiresIn: (time) => `ينتهي طلب الرمز خلال ${time}`,
  timeWarning: (seconds) => (seconds <= 40 ? 'بقي أقل من دقيقة لإدخال الرمز.' : 'بقيت دقيقة تقريباً لإدخال الرمز.'),
  clockSkew: (seconds, deviceBehind) =>
    `ساعة هذا الجهاز ${deviceBehind ? 'متأخرة عن' : 'متقدمة على'} ساعة الخادم بمقدار ${seconds} ثانية. ` +
    'إذا كان تطبيق المصادقة على هذا الجهاز فقد تُرفض رموزه: اضبط التاريخ والوقت ليُحدَّثا تلقائياً.',
  restart: 'البدء من جديد',
  expiredHeading: 'انتهت مهلة التحقق',
  errors: {
    kinds: {
      'mfa-expired': 'حفاظاً على أمانك، تنتهي خطوة التحقق بعد دقائق من قبول كلمة المرور. ابدأ من جديد لتسجيل الدخول برمز جديد.',
      'invalid-passcode': 'لم يُقبل هذا الرمز. أدخل أحدث رمز من 6 أرقام من تطبيق المصادقة.',
    },
  },
};

export const RTL: Story = {
  args: {
    factors: [totpFactor(), pushFactor(), smsFactor],
    selectedFactorId: 'uft-fixture-totp',
    username: 'ada.lovelace',
    messages: arabicMessages,
  },
  globals: { dir: 'rtl' },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, args }) => {
    await expect(canvas.getByRole('heading', { name: 'تحقّق من هويتك' })).toBeVisible();
    // Arabic-Indic digits from an Arabic keyboard are digits too.
    await userEvent.type(codeField(canvasElement), '١٢٣٤٥٦');
    await expect(args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(args.onSubmit).toHaveBeenCalledWith('123456');
  },
};
