import { errorMessages, type ErrorMessages } from './errors.js';
import type { TextDirection } from './direction.js';

/** Every string `<SessionTimeoutWarning>` shows. Override any subset through its `messages` prop. */
export interface SessionTimeoutMessages {
  /**
   * The language's writing direction (a right-to-left locale sets `'rtl'`): the component's root
   * gets it as `dir`, unless the page already chose one (an ancestor's or the document's `dir`
   * wins). Left out, as in English, the page's direction applies.
   */
  dir?: TextDirection | undefined;
  heading: string;
  /**
   * The dialog's description, also a polite live region: `timeLeft` in it changes only at a
   * minute, 30 and 10 seconds left, so a screen reader hears it then and never every second.
   */
  body: (timeLeft: string) => string;
  /** Time left, rounded up to the step it announces: whole minutes, then 30 seconds, then under 10. */
  timeLeft: (seconds: number) => string;
  /** The button that extends the session (Escape does the same). */
  stay: string;
  signOut: string;
  /** Errors from the extend call, shown in the dialog. */
  errors: ErrorMessages;
}

/** The kit's default English strings for `<SessionTimeoutWarning>`. */
export const sessionTimeoutMessages: SessionTimeoutMessages = {
  heading: 'Your session is about to end',
  body: (timeLeft) => `For your security, you will be signed out in ${timeLeft}. Stay signed in to keep working.`,
  timeLeft: (seconds) =>
    seconds >= 60
      ? `${seconds / 60} minute${seconds > 60 ? 's' : ''}`
      : seconds > 10
        ? `${seconds} seconds`
        : 'a few seconds',
  stay: 'Stay signed in',
  signOut: 'Sign out',
  errors: errorMessages,
};
