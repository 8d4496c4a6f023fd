import { useEffect, useRef } from 'react';

/**
 * Moves focus to the element when the step appears, so keyboard and screen-reader users land on
 * the new step instead of on a button that just vanished (WCAG 2.4.3). Off with `enabled: false`
 * for components placed on a page where stealing focus would be rude.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus({ preventScroll: false });
  }, [enabled]);
  return ref;
}
