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
  /** The wait's countdown's id, the button's description while it runs. */
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
 * or a rate limit's wait runs, with the wait's countdown under it. Its name stays put while the wait
 * runs (a name changing every second is read every second); the countdown is its description.
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
        aria-describedby={!pending && waiting ? waitId : undefined}
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
