import type { ComponentProps } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MfaFactorPicker } from '../../src/components/MfaFactorPicker/index.js';
import type { MfaFactorPickerProps } from '../../src/components/MfaFactorPicker/index.js';
import { AuthError } from '../../src/core/errors.js';
import { pushFactor, totpFactor, unknownFactor } from '../../src/testing/fixtures.js';

const NOW = Date.parse('2030-01-01T12:00:00Z');

function setup(overrides: Partial<ComponentProps<typeof MfaFactorPicker>> = {}) {
  const props: MfaFactorPickerProps = {
    factors: [totpFactor()],
    selectedFactorId: 'uft-fixture-totp',
    onChooseFactor: vi.fn(),
    onSubmit: vi.fn(),
    onRestart: vi.fn(),
    expiresAt: null,
    autoFocus: false,
    ...overrides,
  };
  const user = userEvent.setup();
  const view = render(<MfaFactorPicker {...props} />);
  const rerender = (more: Partial<ComponentProps<typeof MfaFactorPicker>>) => {
    Object.assign(props, more);
    view.rerender(<MfaFactorPicker {...props} />);
  };
  const root = view.container.querySelector<HTMLElement>('[data-slot="root"]')!;
  return { props, user, rerender, root, view };
}

const codeField = () => screen.getByLabelText('6-digit code');
const progressRegion = () => document.querySelector<HTMLElement>('[data-slot="progress"]')!;
const tick = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
// Only the clock and the countdown's interval are faked: Testing Library's async wrapper waits on
// a real setTimeout, which vitest's fake timers would never fire.
const fakeClock = () => vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });

afterEach(() => {
  vi.useRealTimers();
});

describe('MfaFactorPicker: factors', () => {
  it('lists the factors that take a code as a radio group, the authenticator app first; the others under one collapsed line', () => {
    const hardware = pushFactor({ id: 'hw-1', factorType: 'token:hardware', provider: 'YUBICO', vendorName: 'YUBICO' });
    setup({ factors: [pushFactor(), hardware, unknownFactor(), totpFactor()], selectedFactorId: 'uft-fixture-totp' });
    const group = screen.getByRole('group', { name: 'Choose how to verify' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['uft-fixture-totp', 'hw-1']);
    // Named by the factor alone; the vendor (by its name for people, not "YUBICO") is the description.
    expect(radios[0]).toHaveAccessibleName('Authenticator app');
    expect(radios[0]).toHaveAccessibleDescription('Google Authenticator');
    expect(radios[0]).toBeChecked();
    expect(radios[1]).toHaveAccessibleDescription('YubiKey');
    // Those a code cannot complete: one closed line that names them when opened; no raw type.
    const others = screen.getByText('Other methods aren’t available here').closest('details')!;
    expect(others).not.toHaveAttribute('open');
    expect(within(others).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual([
      'Okta Verify push',
      'Another verification method',
    ]);
    expect(document.body).not.toHaveTextContent('x-future');
  });

  it('names the only factor that takes a code in a sentence, and can leave the others out', () => {
    const { rerender } = setup({ factors: [pushFactor(), totpFactor()], selectedFactorId: 'uft-fixture-totp' });
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByText('Verification method: Authenticator app (Google Authenticator)')).toBeInTheDocument();
    expect(screen.getByText('Other methods aren’t available here')).toBeInTheDocument();
    rerender({ unavailableFactors: 'hidden' });
    expect(screen.queryByText('Other methods aren’t available here')).not.toBeInTheDocument();
    expect(screen.queryByText('Okta Verify push')).not.toBeInTheDocument();
  });

  it('chooses the first factor that takes a typed code when the caller has not', () => {
    const { props } = setup({ factors: [pushFactor(), totpFactor()], selectedFactorId: null });
    expect(props.onChooseFactor).toHaveBeenCalledExactlyOnceWith('uft-fixture-totp');
  });

  it('shows the only factor without a chooser', () => {
    setup({ factors: [totpFactor()], selectedFactorId: null });
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByText('Verification method: Authenticator app (Google Authenticator)')).toBeInTheDocument();
  });

  it('says so, and offers only Start again, when no factor takes a typed code', () => {
    setup({ factors: [unknownFactor({ factorType: '<b>odd</b>' })], selectedFactorId: 'unk-fixture-1' });
    expect(screen.getByText('Verification method: Another verification method (ACME)')).toBeInTheDocument();
    expect(screen.getByText(/None of your verification methods gives a code to type here/)).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again' })).toHaveAttribute('data-variant', 'primary');
  });

  it('calls onChooseFactor by click and by arrow key, and marks the chosen one', async () => {
    const hardware = pushFactor({ id: 'hw-1', factorType: 'token:hardware', provider: 'YUBICO', vendorName: 'YUBICO' });
    const { user, props, rerender, root } = setup({ factors: [totpFactor(), hardware], selectedFactorId: 'uft-fixture-totp' });
    expect(root).toHaveAttribute('data-state', 'entering');
    await user.click(screen.getByRole('radio', { name: 'Hardware token' }));
    expect(props.onChooseFactor).toHaveBeenLastCalledWith('hw-1');

    rerender({ selectedFactorId: 'hw-1' });
    const chosen = screen.getByRole('radio', { name: 'Hardware token' });
    expect(chosen).toBeChecked();
    expect(chosen.closest('[data-slot="factor-option"]')).toHaveAttribute('data-state', 'checked');
    // A hardware token's code may be longer than 6 digits: the field says so.
    expect(screen.getByLabelText('Verification code')).toHaveAccessibleDescription('Enter the code on your hardware token.');
    chosen.focus();
    await user.keyboard('{ArrowUp}');
    expect(props.onChooseFactor).toHaveBeenLastCalledWith('uft-fixture-totp');
  });

  it('does not submit before a factor is chosen, and says so', async () => {
    const hardware = pushFactor({ id: 'hw-1', factorType: 'token:hardware' });
    // A caller that keeps the choice empty (it never passes the picker's choice back).
    const { user, props } = setup({ factors: [totpFactor(), hardware], selectedFactorId: null });
    await user.type(codeField(), '123456');
    expect(props.onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Choose a verification method first.', { selector: 'p' })).toBeInTheDocument();
    // Typing the 6th digit does not throw the user out of the field, so the status region says it.
    expect(codeField()).toHaveFocus();
    expect(progressRegion()).toHaveTextContent('Choose a verification method first.');
    // ...but pressing Verify takes them to the choice.
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Choose a verification method first.');
  });
});

describe('MfaFactorPicker: the code field', () => {
  it('is one text input fit for one-time codes', () => {
    setup();
    const input = codeField();
    expect(input.tagName).toBe('INPUT');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).not.toHaveAttribute('type', 'number');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect((input as HTMLInputElement).maxLength).toBeGreaterThanOrEqual(7);
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
  });

  it('ignores typed non-digits', async () => {
    const { user, props } = setup();
    await user.type(codeField(), '1a2-b3');
    expect(codeField()).toHaveValue('123');
    expect(props.onSubmit).not.toHaveBeenCalled();
  });

  it.each(['123 456', '123-456', ' 12a3456'])('cleans a pasted %j and submits 123456', async (pasted) => {
    const { user, props } = setup();
    await user.click(codeField());
    await user.paste(pasted);
    expect(codeField()).toHaveValue('123456');
    expect(props.onSubmit).toHaveBeenCalledTimes(1);
    expect(props.onSubmit).toHaveBeenCalledWith('123456');
  });

  it('replaces stray digits with a pasted complete code', async () => {
    const { user, props } = setup();
    await user.type(codeField(), '99');
    await user.paste('123 456');
    expect(codeField()).toHaveValue('123456');
    expect(props.onSubmit).toHaveBeenCalledWith('123456');
  });

  it('cleans " 12a3456" typed key by key', async () => {
    const { user, props } = setup();
    await user.type(codeField(), ' 12a3456');
    expect(codeField()).toHaveValue('123456');
    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('submits automatically once at 6 digits', async () => {
    const { user, props, rerender } = setup();
    await user.type(codeField(), '12345');
    expect(props.onSubmit).not.toHaveBeenCalled();
    await user.type(codeField(), '6');
    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('123456');
    await user.type(codeField(), '7'); // a 7th digit is ignored
    expect(codeField()).toHaveValue('123456');
    rerender({ username: 'ada' }); // re-renders never submit
    expect(props.onSubmit).toHaveBeenCalledTimes(1);
  });

  it('does not auto-submit the same value again after an error, but Verify still sends it', async () => {
    const { user, props, rerender, root } = setup();
    await user.type(codeField(), '123456');
    rerender({ pending: true });
    expect(root).toHaveAttribute('data-state', 'pending');
    rerender({ pending: false, error: new AuthError('server', { status: 503 }) });
    expect(screen.getByRole('alert')).toHaveTextContent('The Riffyn server had a problem');
    expect(codeField()).toHaveValue('123456'); // kept: the code may still be good
    await user.type(codeField(), '{Backspace}6');
    expect(props.onSubmit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(props.onSubmit).toHaveBeenCalledTimes(2);
    expect(props.onSubmit).toHaveBeenLastCalledWith('123456');
  });

  it('puts a wrong code’s alert away once the user types the next one', async () => {
    const { user, rerender } = setup();
    rerender({ error: new AuthError('invalid-passcode', { status: 403 }) });
    expect(screen.getByRole('alert')).toHaveTextContent('That code did not work.');
    await user.type(codeField(), '1');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(codeField()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('reads as a code while staying one plain input: digits left to right, a box per digit', () => {
    setup();
    expect(codeField()).toHaveAttribute('dir', 'ltr');
    expect(codeField().style.getPropertyValue('--rlk-code-length')).toBe('6');
  });

  it('after a wrong code: says so, clears the field and focuses it', async () => {
    const { user, props, rerender } = setup();
    await user.type(codeField(), '111111');
    await user.tab(); // focus elsewhere, as after pressing a button
    rerender({ error: new AuthError('invalid-passcode', { status: 403 }) });
    expect(screen.getByRole('alert')).toHaveTextContent('That code did not work.');
    expect(codeField()).toHaveValue('');
    expect(codeField()).toHaveFocus();
    expect(codeField()).toHaveAttribute('aria-invalid', 'true');
    // Said once, by the alert, not also as the focused field's description.
    expect(codeField()).not.toHaveAccessibleDescription(expect.stringContaining('That code did not work.'));
    await user.keyboard('222222');
    expect(props.onSubmit).toHaveBeenLastCalledWith('222222');
    expect(props.onSubmit).toHaveBeenCalledTimes(2);
  });

  it('refuses a short code on Verify with a field error', async () => {
    const { user, props } = setup();
    await user.type(codeField(), '123{Enter}');
    expect(props.onSubmit).not.toHaveBeenCalled();
    expect(codeField()).toHaveAttribute('aria-invalid', 'true');
    // Focus was in the field: said once in the status region, not also as a new description.
    expect(document.querySelector('[data-slot="progress"]')).toHaveTextContent('Enter all 6 digits of the code.');
    expect(codeField()).not.toHaveAccessibleDescription(expect.stringContaining('Enter all 6 digits of the code.'));
    // Reached again later, the field is described by it.
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(codeField()).toHaveFocus();
    expect(codeField()).toHaveAccessibleDescription(expect.stringContaining('Enter all 6 digits of the code.'));
    await user.type(codeField(), '4');
    expect(screen.queryByText('Enter all 6 digits of the code.')).not.toBeInTheDocument();
  });

  it('takes a hardware token’s longer code whole, and sends it only when asked', async () => {
    const token = { id: 'tok-1', factorType: 'token:hardware', provider: 'RSA' };
    const { user, props } = setup({ factors: [token], selectedFactorId: 'tok-1' });
    const field = screen.getByLabelText('Verification code');
    expect(field.style.getPropertyValue('--rlk-code-length')).toBe('6');
    await user.type(field, '12345678');
    expect(field).toHaveValue('12345678');
    // A box per digit: six, then one more for each digit past six (up to ten).
    expect(field.style.getPropertyValue('--rlk-code-length')).toBe('8');
    expect(props.onSubmit).not.toHaveBeenCalled(); // its length is not known: no automatic send
    await user.keyboard('{Enter}');
    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('12345678');
    await user.clear(field);
    await user.type(field, '12345{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(document.querySelector('[data-slot="progress"]')).toHaveTextContent('at least 6 digits');
    expect(props.onSubmit).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['Devanagari', '१२३४५६'],
    ['Bengali', '১২৩৪৫৬'],
    ['Thai', '๑๒๓๔๕๖'],
  ])('reads %s digits as the digits they are', async (_, typed) => {
    const { user, props } = setup();
    await user.click(codeField());
    await user.paste(typed);
    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('sends no code while a 429’s Retry-After runs, and says how long', async () => {
    fakeClock();
    const { user, props } = setup({ error: new AuthError('rate-limited', { status: 429, retryAfter: 30 }) });
    // The alert says what the server asked, which stays true; the time left counts down under Verify.
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Riffyn asked for a pause of 30 seconds.');
    await user.type(codeField(), '123456');
    const verify = screen.getByRole('button', { name: 'Verify' });
    await user.click(verify);
    expect(verify).toHaveAttribute('aria-disabled', 'true');
    expect(verify).toHaveAttribute('data-state', 'waiting');
    // Not described by the countdown: a focused control's description changing every second is read every second.
    expect(verify).not.toHaveAccessibleDescription();
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 30 seconds.');
    // The click is answered once, in the status region.
    expect(document.querySelector('[data-slot="progress"]')).toHaveTextContent('Try again in 30 seconds.');
    // Typing a code does not put the wait's alert away while the wait runs.
    expect(screen.getByRole('alert')).toHaveTextContent('Riffyn asked for a pause');
    expect(props.onSubmit).not.toHaveBeenCalled();
    tick(12_000);
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 18 seconds.');
    tick(18_000);
    expect(verify).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement(); // the wait is over, and so is its alert
    await user.click(verify);
    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('draws a box per digit under the one field, the next one marked, hidden from assistive technology', async () => {
    const { user, root } = setup();
    const cells = () => [...root.querySelectorAll('[data-slot="code-cells"] > span')];
    expect(root.querySelector('[data-slot="code-cells"]')).toHaveAttribute('aria-hidden', 'true');
    expect(cells()).toHaveLength(6);
    await user.type(codeField(), '1a2');
    expect(cells().map((cell) => cell.textContent)).toEqual(['1', '2', '', '', '', '']);
    expect(cells().map((cell) => cell.getAttribute('data-state'))).toEqual(['filled', 'filled', 'active', 'empty', 'empty', 'empty']);
    // The caret moved back: the box it types into is the marked one.
    await user.keyboard('{ArrowLeft}');
    expect(cells()[1]).toHaveAttribute('data-state', 'active');
  });

  it('takes an Okta token type it does not know as a typed code of 6-10 digits', async () => {
    const future = { id: 'tok-x', factorType: 'token:x-future', provider: 'ACME' };
    const { user, props, rerender } = setup({ factors: [pushFactor(), future], selectedFactorId: null });
    // Chosen for the user (push gives no code to type), named without the raw type.
    expect(props.onChooseFactor).toHaveBeenCalledExactlyOnceWith('tok-x');
    rerender({ selectedFactorId: 'tok-x' });
    expect(screen.getByText('Verification method: Another verification method (ACME)')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    const field = screen.getByLabelText('Verification code');
    expect(field).toHaveAccessibleDescription('Enter the verification code.');
    await user.type(field, '1234567890123');
    expect(field).toHaveValue('1234567890');
    expect(props.onSubmit).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('1234567890');
  });

  it('does not submit while pending, and says it is verifying', async () => {
    const { user, props } = setup({ pending: true });
    const button = screen.getByRole('button', { name: 'Verifying…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-state', 'pending'); // the stylesheet's spinner
    expect(codeField()).toHaveAttribute('readonly');
    await user.click(button);
    expect(props.onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Checking your code…')).toHaveAttribute('role', 'status');
  });
});

describe('MfaFactorPicker: time', () => {
  it('counts down calmly, outside any live region: whole minutes until the last one', () => {
    fakeClock();
    const { root } = setup({ expiresAt: NOW + 272_000 });
    const countdown = screen.getByRole('timer');
    expect(countdown).toHaveAttribute('data-slot', 'countdown');
    expect(countdown).toHaveTextContent('Time left to enter the code: 5 minutes');
    expect(countdown.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    tick(1000);
    expect(countdown).toHaveTextContent('Time left to enter the code: 5 minutes'); // not every second
    tick(31_000); // 240 s left
    expect(countdown).toHaveTextContent('Time left to enter the code: 4 minutes');
    tick(179_000); // 61 s
    expect(countdown).toHaveTextContent('Time left to enter the code: 2 minutes');
    tick(1000);
    expect(countdown).toHaveTextContent('Time left to enter the code: 1 minute');
    tick(1000);
    expect(countdown).toHaveTextContent('Time left to enter the code: 59 seconds');
    // The bar beside it shows the share of the time left, and is not read out.
    const bar = root.querySelector<HTMLElement>('[data-slot="countdown-bar"]')!;
    expect(bar).toHaveAttribute('aria-hidden', 'true');
    expect(Number(bar.style.getPropertyValue('--rlk-progress'))).toBeCloseTo(59 / 272, 3);
  });

  it('warns once, politely, when the time left reaches warnBeforeMs', () => {
    fakeClock();
    const { root } = setup({ expiresAt: NOW + 90_000 });
    const region = root.querySelector('[data-slot="time-warning"]')!;
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toBeEmptyDOMElement();
    expect(root).toHaveAttribute('data-state', 'entering');
    tick(29_000); // 61 s left
    expect(region).toBeEmptyDOMElement();
    tick(1000); // 60 s left
    expect(region).toHaveTextContent('About 1 minute left to enter your code.');
    expect(screen.getByRole('timer')).toHaveTextContent('Time left to enter the code: 1 minute');
    expect(root).toHaveAttribute('data-state', 'warning');
    expect(screen.getByRole('timer')).toHaveAttribute('data-state', 'warning');
    const text = region.innerHTML;
    tick(25_000);
    expect(region.innerHTML).toBe(text); // the same sentence, not a new one every second
  });

  it('honours warnBeforeMs', () => {
    fakeClock();
    const { root } = setup({ expiresAt: NOW + 200_000, warnBeforeMs: 180_000 });
    tick(20_000);
    expect(root.querySelector('[data-slot="time-warning"]')).toHaveTextContent('About 3 minutes left');
  });

  it('shows the expired view at 0, moves focus to it, and offers Start again', async () => {
    fakeClock();
    const { user, props, root } = setup({ expiresAt: NOW + 5_000 });
    await user.type(codeField(), '123');
    tick(5_000);
    expect(root).toHaveAttribute('data-state', 'expired');
    const heading = screen.getByRole('heading', { name: 'Verification timed out' });
    expect(heading).toHaveFocus();
    expect(screen.queryByLabelText('6-digit code')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verify' })).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    const restart = screen.getByRole('button', { name: 'Start again' });
    expect(restart).toHaveAttribute('data-variant', 'primary');
    await user.click(restart);
    expect(props.onRestart).toHaveBeenCalledTimes(1);
    expect(props.onSubmit).not.toHaveBeenCalled();
  });

  it('never submits once the deadline has passed, even between two ticks', async () => {
    fakeClock();
    const { user, props, root } = setup({ expiresAt: NOW + 1_500 });
    tick(1_000); // the countdown still says 1 s
    expect(codeField()).toBeInTheDocument();
    vi.setSystemTime(NOW + 1_600); // the clock moved on, the interval has not fired yet
    await user.click(codeField());
    await user.paste('123456');
    expect(props.onSubmit).not.toHaveBeenCalled();
    expect(root).toHaveAttribute('data-state', 'expired');
  });

  it('shows the expired view when told so, or on an mfa-expired error', () => {
    const { rerender, root, props } = setup({ expired: true, expiresAt: Date.now() + 120_000 });
    expect(root).toHaveAttribute('data-state', 'expired');
    expect(screen.getByRole('heading', { name: 'Verification timed out' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    rerender({ expired: false, error: new AuthError('mfa-expired') });
    expect(root).toHaveAttribute('data-state', 'expired');
    rerender({ error: null });
    expect(root).toHaveAttribute('data-state', 'entering');
    expect(props.onSubmit).not.toHaveBeenCalled();
  });

  it('warns about a skewed device clock beyond 30 s only', () => {
    const { rerender, root } = setup({ clockSkewMs: 95_000 });
    const warning = () => root.querySelector('[data-warning="clock-skew"]');
    expect(warning()).toHaveTextContent('This device’s clock is 95 seconds behind the server’s.');
    expect(warning()).toHaveTextContent('set the date and time to update automatically');
    rerender({ clockSkewMs: -40_400 });
    expect(warning()).toHaveTextContent('40 seconds ahead of the server’s');
    rerender({ clockSkewMs: 30_000 });
    expect(warning()).toBeNull();
  });
});

describe('MfaFactorPicker: focus, messages, styling', () => {
  it('focuses the code field on mount when there is nothing to choose', () => {
    setup({ autoFocus: true });
    expect(codeField()).toHaveFocus();
  });

  it('focuses the heading on mount when a factor must be chosen, and not again after choosing', () => {
    const hardware = pushFactor({ id: 'hw-1', factorType: 'token:hardware' });
    const { rerender } = setup({ autoFocus: true, factors: [totpFactor(), hardware], selectedFactorId: null });
    expect(screen.getByRole('heading', { name: 'Verify it’s you' })).toHaveFocus();
    const radio = screen.getAllByRole('radio')[1]!;
    radio.focus();
    rerender({ selectedFactorId: 'hw-1' });
    expect(radio).toHaveFocus();
  });

  it('focuses the code field on mount when a factor is chosen among several', () => {
    setup({ autoFocus: true, factors: [totpFactor(), pushFactor()], selectedFactorId: 'uft-fixture-totp' });
    expect(codeField()).toHaveFocus();
  });

  it('takes no focus for an error already there on mount without autoFocus (a docs page must not scroll)', () => {
    setup({ autoFocus: false, error: new AuthError('invalid-passcode', { status: 403 }) });
    expect(document.body).toHaveFocus();
  });

  it('does not move focus with autoFocus false', () => {
    setup({ autoFocus: false });
    expect(document.body).toHaveFocus();
  });

  it('shows the username, direction-isolated inside the sentence', () => {
    setup({ username: 'ada.lovelace' });
    expect(screen.getByText('Signing in as \u2068ada.lovelace\u2069')).toBeInTheDocument();
  });

  it('takes message overrides, errors included', () => {
    setup({
      factors: [totpFactor(), unknownFactor(), pushFactor({ id: 'hw-1', factorType: 'token:hardware' })],
      selectedFactorId: 'uft-fixture-totp',
      error: new AuthError('invalid-passcode'),
      messages: {
        codeLabel: 'Code à 6 chiffres',
        verify: 'Vérifier',
        factorLabels: { totp: 'Application', other: (type) => `Autre : ${type}` },
        otherFactors: 'Pas ici.',
        errors: { kinds: { 'invalid-passcode': 'Code refusé.' } },
      },
    });
    expect(screen.getByLabelText('Code à 6 chiffres')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vérifier' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Application/ })).toBeChecked();
    expect(screen.getByText('Pas ici.').closest('details')).toHaveTextContent('Autre : x-future:hologram');
    expect(screen.getByRole('alert')).toHaveTextContent('Code refusé.');
    // Untouched keys keep their defaults.
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
  });

  it('carries data-slot on its parts and applies className, classNames, theme and style', () => {
    const { root } = setup({
      factors: [totpFactor(), pushFactor({ id: 'hw-1', factorType: 'token:hardware' }), pushFactor()],
      className: 'mine',
      classNames: { root: 'r', input: 'in', 'factor-option': 'opt', submit: 'go' },
      theme: { colorPrimary: 'rebeccapurple' },
      style: { margin: 3 },
      expiresAt: Date.now() + 100_000,
    });
    expect(root).toHaveClass('rlk', 'mine', 'r');
    expect(root).toHaveAttribute('data-rlk-component', 'mfa-factor-picker');
    expect(root.style.getPropertyValue('--rlk-color-primary')).toBe('rebeccapurple');
    expect(root.style.margin).toBe('3px');
    expect(codeField()).toHaveClass('in');
    expect(codeField()).toHaveAttribute('data-slot', 'input');
    expect(screen.getByRole('button', { name: 'Verify' })).toHaveClass('go');
    expect(root.querySelectorAll('[data-slot="factor-option"].opt')).toHaveLength(2);
    for (const name of ['heading', 'factor-group', 'legend', 'factor-radio', 'factor-label', 'other-factors', 'field', 'label', 'hint', 'code-box', 'code-cells',
      'alert', 'countdown', 'time-warning', 'actions', 'submit', 'restart']) {
      expect(root.querySelector(`[data-slot="${name}"]`), name).not.toBeNull();
    }
  });

  it('drops the rlk class when unstyled', () => {
    const { root, rerender } = setup({ unstyled: true, className: 'mine' });
    expect(root).not.toHaveClass('rlk');
    expect(root).toHaveClass('mine');
    // No boxes either: nothing would lay the field over them, so the digits would show twice.
    expect(root.querySelector('[data-slot="code-cells"]')).toBeNull();
    rerender({ unstyled: false });
    expect(root.querySelector('[data-slot="code-cells"]')).not.toBeNull();
  });

  it('passes ref to the root section', () => {
    let node: HTMLElement | null = null;
    setup({ ref: (el) => void (node = el) });
    expect(node).toBeInstanceOf(HTMLElement);
    expect(node!.tagName).toBe('SECTION');
    expect(node).toHaveAccessibleName('Verify it’s you');
  });
});

describe('MfaFactorPicker: second accessibility round', () => {
  it('says in the hint that a whole 6-digit code is sent at once (3.2.2), and requires the field', () => {
    setup();
    expect(codeField()).toHaveAccessibleDescription(
      'Enter the code from your authenticator app. It is sent as soon as all 6 digits are in.',
    );
    expect(codeField()).toBeRequired();
  });

  it('describes the code field by the clock-skew warning too', () => {
    setup({ clockSkewMs: -95_000 });
    expect(codeField()).toHaveAccessibleDescription(/Enter the code .* This device’s clock is 95 seconds ahead of/);
  });

  it('announces "Enter all 6 digits" when Enter is pressed in the field, where focus cannot move', async () => {
    const { user, props } = setup();
    await user.click(codeField());
    await user.keyboard('123{Enter}');
    expect(props.onSubmit).not.toHaveBeenCalled();
    expect(progressRegion()).toHaveTextContent('Enter all 6 digits of the code.');
    const first = progressRegion().firstElementChild;
    // The same mistake again is said again: a new node in the region.
    await user.keyboard('{Enter}');
    expect(progressRegion().firstElementChild).not.toBe(first);
    expect(progressRegion()).toHaveTextContent('Enter all 6 digits of the code.');
    // Typing puts it away.
    await user.keyboard('4');
    expect(progressRegion()).toBeEmptyDOMElement();
  });

  it('gives password managers the username in a hidden field of the code form', () => {
    setup({ username: 'grace@example.com' });
    const form = codeField().closest('form')!;
    const hidden = form.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    expect(hidden).toHaveValue('grace@example.com');
    expect(hidden).not.toBeVisible();
    expect(hidden.type).toBe('text');
    expect(codeField()).toHaveAttribute('autocomplete', 'one-time-code');
    expect(document.querySelectorAll('form')).toHaveLength(1);
  });

  it('sends what the field holds, also when it was filled without events', async () => {
    const { user, props } = setup();
    codeField().setAttribute('value', '');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(codeField(), '654321');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('654321');
  });

  it('offers "Get more time" in the warning; a new deadline keeps the code typed, says so once and refocuses the field', async () => {
    fakeClock();
    const onExtend = vi.fn();
    const { user, rerender } = setup({ expiresAt: NOW + 50_000, onExtend, autoFocus: true });
    tick(1000);
    const warning = document.querySelector('[data-slot="time-warning"]')!;
    expect(warning).toHaveTextContent('Less than a minute left to enter your code. Choose “Get more time” if you need longer');
    await user.type(codeField(), '12');
    const more = screen.getByRole('button', { name: 'Get more time' });
    await user.click(more);
    expect(onExtend).toHaveBeenCalledOnce();
    rerender({ extending: true });
    expect(screen.getByRole('button', { name: 'Getting more time…' })).toHaveAttribute('aria-disabled', 'true');
    rerender({ extending: false, expiresAt: NOW + 300_000 });
    tick(0);
    expect(codeField()).toHaveValue('12');
    expect(codeField()).toHaveFocus();
    expect(screen.queryByRole('button', { name: /more time/ })).toBeNull();
    expect(warning).toHaveTextContent('More time given: you now have 5 minutes to enter the code.');
    tick(3000);
    expect(warning).toHaveTextContent('More time given: you now have 5 minutes to enter the code.');
  });
});
