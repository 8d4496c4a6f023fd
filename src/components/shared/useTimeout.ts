import { useEffect } from 'react';

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
