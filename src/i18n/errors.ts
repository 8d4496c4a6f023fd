import type { AuthError, AuthErrorKind } from '../core/errors.js';

/** What the user reads for each failure. Say what happened and what to do next. */
export interface ErrorMessages {
  kinds: Record<AuthErrorKind, string>;
  /** Appended to the rate-limit message when the server said how long to wait. */
  retryIn: (seconds: number) => string;
  /** Introduces the server's own text, shown under the message (as text, never HTML). */
  serverSaid: string;
}

export const errorMessages: ErrorMessages = {
  kinds: {
    'invalid-input': 'Check the highlighted fields and try again.',
    'invalid-credentials': 'That username and password do not match. Check both and try again.',
    forbidden: 'This account is not allowed to sign in. Contact your Riffyn administrator.',
    'invalid-passcode': 'That code did not work. Enter the newest 6-digit code from your authenticator app.',
    'mfa-expired': 'The verification step timed out. Start again to get a new one.',
    'no-mfa-factor':
      'Your account needs a second sign-in step, but no verification method is set up. Contact your Riffyn administrator.',
    'session-expired': 'Your session has ended. Sign in again.',
    'rate-limited': 'Too many attempts.',
    conflict: 'That name is already taken. Choose another.',
    server: 'The Riffyn server had a problem. Try again in a minute.',
    network: 'Could not reach the Riffyn server. Check your connection and try again.',
    timeout: 'The Riffyn server took too long to answer. Try again.',
    malformed: 'The Riffyn server sent an answer this page does not understand. Try again, or contact support.',
    aborted: 'The request was cancelled.',
  },
  retryIn: (seconds) =>
    seconds < 90 ? `Try again in ${seconds} seconds.` : `Try again in ${Math.ceil(seconds / 60)} minutes.`,
  serverSaid: 'The server said:',
};

/** The user-facing sentence for an error, from (possibly overridden) messages. */
export function describeError(error: AuthError, messages: ErrorMessages, secondsLeft?: number): string {
  const text = messages.kinds[error.kind];
  if (error.kind !== 'rate-limited') return text;
  const wait = secondsLeft ?? error.retryAfter;
  return wait === undefined || wait <= 0 ? text : `${text} ${messages.retryIn(wait)}`;
}
