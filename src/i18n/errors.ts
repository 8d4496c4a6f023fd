import type { AuthError, AuthErrorKind } from '../core/errors.js';

/** What the user reads for each failure. Say what happened and what to do next. */
export interface ErrorMessages {
  kinds: Record<AuthErrorKind, string>;
  /**
   * A rate limit's wait, counting down (outside the alert, never announced each time it changes).
   * `seconds` is whole minutes (a multiple of 60) while more than a minute is left, so the
   * sentence changes once a minute, then every second in the last one.
   */
  retryIn: (seconds: number) => string;
  /**
   * Appended to the rate-limit alert when the server said how long to wait: what it asked, which
   * stays true while the countdown runs (`seconds` rounded up to whole minutes above one).
   */
  waitAsked: (seconds: number) => string;
  /**
   * Appended to the rate-limit message when the wait is unknown: the server sent no
   * `Retry-After`, or the browser hid it (another origin that does not expose it).
   */
  retryLater: string;
  /** Appended when the server answered with a status the kit does not know, e.g. "RECOVERY". */
  received: (status: string) => string;
  /**
   * Introduces the server's own text, shown under the message (as text, never HTML) for the kinds
   * where it can add something the sentence does not say (e.g. why an account is not allowed).
   */
  serverSaid: string;
  /** A step of the flow whose code did not arrive (the network dropped while it loaded). */
  stepNotLoaded: string;
  /** The button that loads it again; what was typed stays. */
  tryAgain: string;
}

export const errorMessages: ErrorMessages = {
  kinds: {
    'invalid-input': 'Check the highlighted fields and try again.',
    'invalid-credentials': 'That username and password do not match. Try again.',
    forbidden: 'This account is not allowed to sign in. Contact your Riffyn administrator.',
    'locked-out': 'This account is locked after too many attempts. Wait, or ask your Riffyn administrator to unlock it.',
    'password-expired': 'Your password has expired. Change it in Riffyn, then sign in here with the new one.',
    'mfa-enroll': 'Your account needs a second sign-in step set up first. Sign in to Riffyn itself to set it up.',
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
  retryIn: (seconds) => `Try again in ${inWords(seconds)}.`,
  waitAsked: (seconds) => `Riffyn asked for a pause of ${inWords(seconds)}.`,
  retryLater: 'Wait a minute before you try again.',
  received: (status) => `(It answered “${status}”.)`,
  serverSaid: 'The server said:',
  stepNotLoaded: 'The next step did not load. Check your connection, then try again.',
  tryAgain: 'Try again',
};

/**
 * Seconds rounded up to whole minutes while more than a minute is left: what a countdown shows,
 * so its sentence changes once a minute (calm to read, and to hear), then every second at the end.
 */
export const calmSeconds = (seconds: number): number => (seconds > 60 ? Math.ceil(seconds / 60) * 60 : seconds);

/**
 * "5 minutes", "1 minute", "45 seconds": a duration as the default English strings say it; whole
 * minutes from a minute up (callers round up to whole minutes above one).
 */
export function inWords(seconds: number): string {
  const [n, unit] = seconds >= 60 && seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** The user-facing sentence for an error, from (possibly overridden) messages. */
export function describeError(error: AuthError, messages: ErrorMessages, secondsLeft?: number): string {
  const wait = secondsLeft ?? error.retryAfter;
  const more =
    error.kind === 'rate-limited'
      ? wait === undefined
        ? messages.retryLater
        : wait > 0 && messages.retryIn(calmSeconds(wait))
      : error.received && messages.received(error.received);
  return more ? `${messages.kinds[error.kind]} ${more}` : messages.kinds[error.kind];
}
