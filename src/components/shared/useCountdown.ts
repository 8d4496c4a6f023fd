import { useEffect, useMemo, useState } from 'react';
import type { AuthError } from '../../core/errors.js';

/**
 * Whole seconds left until `deadline` (epoch ms, local clock), null without one. Read from the
 * clock on every render, so a new deadline is right at once; a once-a-second interval re-renders
 * until the deadline has passed, and is cleared on unmount.
 */
export function useCountdown(deadline: number | null | undefined): number | null {
  const [, tick] = useState(0);
  useEffect(() => {
    if (deadline == null) return;
    const id = setInterval(() => {
      tick((n) => n + 1);
      if (Date.now() >= deadline) clearInterval(id);
    }, 1000);
    return () => clearInterval(id);
  }, [deadline]);
  return deadline == null ? null : Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}

/**
 * Whole seconds left of a rate limit's wait (429 `Retry-After`), counted from the moment this
 * error arrived; null when the error says nothing about waiting.
 */
export function useRetryWait(error: AuthError | null | undefined): number | null {
  const deadline = useMemo(() => (error?.retryAfter ? Date.now() + error.retryAfter * 1000 : null), [error]);
  return useCountdown(deadline);
}

/** Calls `done` once `ms` after `active` turns true (again after each turn); cancelled on unmount. */
export function useTimeout(active: boolean, ms: number, done: () => void): void {
  useEffect(() => {
    if (!active) return;
    const id = setTimeout(done, ms);
    return () => clearTimeout(id);
    // `done` is a fresh closure each render; only `active` starts the timer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);
}
