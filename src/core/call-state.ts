import type { AuthError } from './errors.js';

/** The state of one follow-up call (rename the key, extend the session), as a component shows it. */
export interface AuthCallState {
  isPending: boolean;
  error: AuthError | null;
  isSuccess: boolean;
}
