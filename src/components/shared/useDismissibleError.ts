import { useState } from 'react';
import type { AuthError } from '../../core/errors.js';
import type { RetryWait } from './useRetryWait.js';

/**
 * The error on show: `dismiss` puts it away (the user changed what it was about), and so does the
 * end of a rate limit's `wait`; a wait in progress keeps it up, since the step still waits. A new
 * error shows again.
 */
export function useDismissibleError(error: AuthError | null | undefined, wait: RetryWait | null) {
  const [dismissed, setDismissed] = useState<AuthError | null>(null);
  const shown = error === dismissed || wait?.over ? null : (error ?? null);
  const dismiss = () => {
    if (shown && !(wait && !wait.over)) setDismissed(shown);
  };
  return { shown, dismiss };
}
