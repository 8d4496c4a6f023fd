import { useMemo } from 'react';
import type { AuthError } from '../../core/errors.js';
import { useCountdown } from './useCountdown.js';

/** A rate limit's wait: when it ends (epoch ms), how long it was, and whether it is over. */
export interface RetryWait {
  until: number;
  seconds: number;
  over: boolean;
}

/**
 * The wait a rate-limited error asks for (429 `Retry-After`), counted from the moment this error
 * arrived; null when the error says nothing about waiting. Re-renders the caller once, when the
 * wait is over: the seconds left are the `<Countdown deadline={wait.until}>`'s own.
 */
export function useRetryWait(error: AuthError | null | undefined): RetryWait | null {
  // eslint-disable-next-line react-hooks/purity -- the wait starts when the error arrives: the clock is read once per error
  const until = useMemo(() => (error?.retryAfter ? Date.now() + error.retryAfter * 1000 : null), [error]);
  const over = useCountdown(until, (seconds) => seconds === 0);
  return until === null ? null : { until, seconds: error!.retryAfter!, over: over! };
}
