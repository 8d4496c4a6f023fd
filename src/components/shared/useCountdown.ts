import { useEffect, useReducer, useRef } from 'react';

/** Whole seconds left until `deadline` (epoch ms, local clock), by the clock now; 0 once it has passed. */
export const secondsUntil = (deadline: number): number => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));

/**
 * Whole seconds left until `deadline` (epoch ms, local clock), null without one; or what `read`
 * makes of them (say, "warning" or "over"), so a component that only needs to know when a phase
 * starts re-renders then, not every second. Read from the clock on every render, so a new deadline
 * is right at once; a once-a-second interval re-renders only when the value changes, until the
 * deadline has passed, and is cleared on unmount.
 */
export function useCountdown(deadline: number | null | undefined): number | null;
export function useCountdown<T>(deadline: number | null | undefined, read: (seconds: number) => T): T | null;
export function useCountdown<T>(deadline: number | null | undefined, read?: (seconds: number) => T): T | number | null {
  const value = deadline == null ? null : read ? read(secondsUntil(deadline)) : secondsUntil(deadline);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // What the last render showed and how it read the clock, for the interval to compare against:
  // `read` is a fresh closure each render, and restarting the interval with it would shift the ticks.
  const rendered = useRef({ value, read });
  useEffect(() => {
    rendered.current = { value, read };
  });
  useEffect(() => {
    if (deadline == null) return;
    const id = setInterval(() => {
      const { value, read } = rendered.current;
      const seconds = secondsUntil(deadline);
      if ((read ? read(seconds) : seconds) !== value) rerender();
      if (Date.now() >= deadline) clearInterval(id);
    }, 1000);
    return () => clearInterval(id);
  }, [deadline]);
  return value;
}
