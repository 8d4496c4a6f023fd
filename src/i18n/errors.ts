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
    'invalid-credentials': 'That username and password do not match. Try again.',
    forbidden: 'This account is not allowed to sign in. Contact your Riffyn administrator.',
    'invalid-passcode': 'That code did not work. Enter the newest code.',
    'mfa-expired': 'This step ends a few minutes after your password is accepted. Start again to sign in.',
    'no-mfa-factor': 'A second step is required, but no verification method is set up. Contact your Riffyn administrator.',
    'session-expired': 'Your session has ended. Sign in again.',
    'rate-limited': 'Too many attempts.',
    conflict: 'That name is already taken. Choose another.',
    server: 'The Riffyn server had a problem. Try again in a minute.',
    network: 'Could not reach the Riffyn server. Check your connection and try again.',
    timeout: 'The Riffyn server took too long to answer. Try again.',
    malformed: 'The Riffyn server sent an answer this page does not understand. Try again later.',
    aborted: 'The request was cancelled.',
    internal: 'Something went wrong in this page. Reload it and try again.',
  },
  retryIn: (seconds) =>
    seconds < 90 ? `Try again in ${seconds} seconds.` : `Try again in ${Math.ceil(seconds / 60)} minutes.`,
  serverSaid: 'The server said:',
};

/** The user-facing sentence for an error, from (possibly overridden) messages. */
export function describeError(error: AuthError, messages: ErrorMessages, secondsLeft?: number): string {
  const text = messages.kinds[error.kind];
  const wait = secondsLeft ?? error.retryAfter;
  return error.kind === 'rate-limited' && wait! > 0 ? `${text} ${messages.retryIn(wait!)}` : text;
}
