import type { CSSProperties } from 'react';
import { calmSeconds, type ErrorMessages } from '../../i18n/errors.js';
import { Countdown } from './Countdown.js';
import { useHydrated } from './hydration.js';
import type { RetryWait } from './useRetryWait.js';

type Slot = (name: 'submit' | 'timer' | 'countdown' | 'countdown-bar') => { 'data-slot': string; className: string | undefined };

export interface SubmitButtonProps {
  slot: Slot;
  /** The unstyled minimum target size (see `slotProps`). */
  target?: CSSProperties | undefined;
  /** The wait's countdown's id. */
  waitId: string;
  /** The request is in flight: the button says so. */
  pending: boolean;
  /** A rate limit's wait (see `useRetryWait`): the button holds until it is over. */
  wait: RetryWait | null;
  label: string;
  pendingLabel: string;
  messages: Pick<ErrorMessages, 'retryIn'>;
}

/**
 * A step's submit button: held (`aria-disabled`, so it keeps focus) while the request is in flight
 * or a rate limit's wait runs, with the wait's countdown under it. Neither its name nor its
 * description follows the countdown: NVDA speaks a focused control's name and description changes,
 * so a button described by the seconds left would be read every second. The alert said how long
 * to wait; the countdown (`role="timer"`) is read when the user reaches it, and Enter during the
 * wait is answered by the step (`retryIn`, said once).
 * Until hydrated, Enter and a click send nothing (see `useHydrated`).
 */
export function SubmitButton({ slot, target, waitId, pending, wait, label, pendingLabel, messages }: SubmitButtonProps) {
  const waiting = !!wait && !wait.over;
  return (
    <>
      <button
        {...slot('submit')}
        type="submit"
        data-variant="primary"
        data-state={pending ? 'pending' : waiting ? 'waiting' : 'idle'}
        style={target}
        aria-disabled={pending || waiting || undefined}
        disabled={!useHydrated()}
      >
        {pending ? pendingLabel : label}
      </button>
      {waiting ? (
        <Countdown
          slot={slot}
          id={waitId}
          deadline={wait.until}
          total={wait.seconds}
          text={(seconds) => messages.retryIn(calmSeconds(seconds))}
        />
      ) : null}
    </>
  );
}
