import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `deadline` (epoch ms, local clock), ticking once a second; null without
 * a deadline. Drives both the MFA stateToken timer and the 429 retry countdown. The interval is
 * cleared on unmount and once the deadline has passed.
 */
export function useCountdown(deadline: number | null | undefined): number | null {
  const secondsLeft = () => (deadline == null ? null : Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
  const [left, setLeft] = useState(secondsLeft);

  useEffect(() => {
    setLeft(secondsLeft());
    if (deadline == null) return;
    const id = setInterval(() => {
      const next = secondsLeft();
      setLeft(next);
      if (next === 0) clearInterval(id);
    }, 1000);
    return () => clearInterval(id);
    // secondsLeft only reads deadline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deadline]);

  return left;
}
