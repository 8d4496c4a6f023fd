import { useEffect, useState } from 'react';
import type { AuthError } from '../../core/errors.js';
import { secondsUntil, useCountdown } from '../shared/useCountdown.js';

export interface CodeDeadlineOptions {
  /** The caller says the code request has expired already. */
  expired: boolean | undefined;
  /** How long before the end the warning shows. */
  warnBeforeMs: number;
  error: AuthError | null | undefined;
}

/**
 * Where the MFA step stands against its code request's deadline: expired (by the clock, the
 * caller, or an `mfa-expired` error), in its warning time, or neither. It re-renders the step only
 * when that changes; the seconds themselves are the countdown's (see TimeLeft). Also what the
 * countdown's bar starts from, and the warning's seconds, fixed when it first shows.
 */
export function useCodeDeadline(expiresAt: number | null, { expired: told, warnBeforeMs, error }: CodeDeadlineOptions) {
  const deadline = told ? null : expiresAt;
  // The seconds left by the clock now, null without a running deadline.
  const secondsNow = () => (deadline === null ? null : secondsUntil(deadline));
  const phase = useCountdown(deadline, (seconds) => (seconds === 0 ? 'over' : seconds * 1000 <= warnBeforeMs ? 'warning' : 'running'));
  // The bar's full length: the time left when this deadline first showed.
  const [span, setSpan] = useState<[number | null, number | null]>(() => [expiresAt, secondsNow()]);
  if (span[0] !== expiresAt) setSpan([expiresAt, secondsNow()]);
  const expired = !!told || phase === 'over' || error?.kind === 'mfa-expired';
  const warning = !expired && phase === 'warning';
  // The warning's sentence is fixed when it first appears, so the live region speaks once instead
  // of every second. It is set after the first render, so a region already on the page changes.
  // Keyed by the deadline: a new code request warns afresh.
  const [warned, setWarned] = useState<[number | null, number]>();
  const warnedAt = warned && warned[0] === expiresAt ? warned[1] : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- after every render, until the sentence is fixed (then it is a no-op)
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a second render on purpose: the live region must exist before its text changes
    if (warning && warnedAt === null) setWarned([expiresAt, secondsNow()!]);
  });
  return { expired, warning, warnedAt, total: span[1], secondsNow };
}
