import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginForm } from '../../src/components/LoginForm/index.js';
import { MfaFactorPicker } from '../../src/components/MfaFactorPicker/index.js';
import { AuthError } from '../../src/core/errors.js';
import { errorMessages } from '../../src/i18n/errors.js';
import { mfaMessages } from '../../src/i18n/mfa.js';
import { totpFactor } from '../../src/testing/fixtures.js';

// How often a step renders, counted through its own messages: `signingInAs` is called by the
// step's header and `waitAsked` by its alert, both re-rendered whenever the step is; `expiresIn`
// and `retryIn` are called by the countdowns alone. (A React Profiler around the step cannot tell
// the two apart: it reports every commit inside it, the countdown's included.)
const NOW = Date.parse('2030-01-01T12:00:00Z');
const fakeClock = () => vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
const seconds = (n: number) => {
  for (let i = 0; i < n; i++) act(() => void vi.advanceTimersByTime(1000));
};
const counted = () => ({
  signingInAs: vi.fn(mfaMessages.signingInAs),
  expiresIn: vi.fn(mfaMessages.expiresIn),
  errors: { waitAsked: vi.fn(errorMessages.waitAsked), retryIn: vi.fn(errorMessages.retryIn) },
});
const mfaStep = (props: Partial<Parameters<typeof MfaFactorPicker>[0]>) => (
  <MfaFactorPicker
    factors={[totpFactor()]}
    selectedFactorId="uft-fixture-totp"
    onChooseFactor={() => {}}
    onSubmit={() => {}}
    onRestart={() => {}}
    expiresAt={null}
    autoFocus={false}
    username="ada"
    {...props}
  />
);

afterEach(() => {
  vi.useRealTimers();
});

describe('countdowns re-render themselves, not the step around them', () => {
  it('MfaFactorPicker: ten seconds of its deadline re-render the countdown ten times and the step not at all', () => {
    fakeClock();
    const messages = counted();
    render(mfaStep({ expiresAt: NOW + 200_000, messages }));
    const step = messages.signingInAs.mock.calls.length;
    const countdown = messages.expiresIn.mock.calls.length;
    seconds(10);
    expect(screen.getByRole('timer')).toHaveTextContent('Time left to enter the code: 4 minutes'); // 190 s
    expect(messages.expiresIn.mock.calls.length - countdown).toBe(10);
    expect(messages.signingInAs.mock.calls.length - step).toBe(0);
  });

  it('MfaFactorPicker: the step still re-renders when its warning starts and when the time is up', () => {
    fakeClock();
    const messages = counted();
    const { container } = render(mfaStep({ expiresAt: NOW + 63_000, messages }));
    const root = container.querySelector('[data-slot="root"]')!;
    const step = messages.signingInAs.mock.calls.length;
    seconds(2); // 61 s left
    expect(messages.signingInAs.mock.calls.length - step).toBe(0);
    seconds(1); // 60 s: the warning
    expect(root).toHaveAttribute('data-state', 'warning');
    expect(messages.signingInAs.mock.calls.length - step).toBeGreaterThan(0);
    const warned = messages.signingInAs.mock.calls.length;
    seconds(59); // 1 s left
    expect(messages.signingInAs.mock.calls.length).toBe(warned);
    seconds(1);
    expect(root).toHaveAttribute('data-state', 'expired');
  });

  it.each([
    ['MfaFactorPicker', (messages: ReturnType<typeof counted>, error: AuthError) => mfaStep({ error, messages })],
    [
      'LoginForm',
      (messages: ReturnType<typeof counted>, error: AuthError) => <LoginForm onSubmit={() => {}} error={error} messages={{ errors: messages.errors }} />,
    ],
  ])('%s: a rate limit’s wait re-renders its countdown each second, and the step only when it is over', (_, step) => {
    fakeClock();
    const messages = counted();
    render(step(messages, new AuthError('rate-limited', { status: 429, retryAfter: 10 })));
    const alert = messages.errors.waitAsked.mock.calls.length;
    const countdown = messages.errors.retryIn.mock.calls.length;
    seconds(9);
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 1 second.');
    expect(messages.errors.retryIn.mock.calls.length - countdown).toBe(9);
    expect(messages.errors.waitAsked.mock.calls.length - alert).toBe(0);
    seconds(1);
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});
