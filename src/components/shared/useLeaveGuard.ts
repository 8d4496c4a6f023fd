import { useEffect } from 'react';

/**
 * While `active`, asks the browser to confirm before the page is closed, reloaded or left
 * (`beforeunload`). The browser shows its own words; most show the prompt only once the user has
 * interacted with the page. In-app navigation that does not unload the page is the app's to guard.
 */
export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const guard = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium before 119 and old Safari prompt only when returnValue is set.
      event.returnValue = '';
    };
    addEventListener('beforeunload', guard);
    return () => removeEventListener('beforeunload', guard);
  }, [active]);
}
