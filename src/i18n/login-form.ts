import { errorMessages, type ErrorMessages } from './errors.js';
import type { TextDirection } from './direction.js';

/** Every string `<LoginForm>` shows or announces. Override any subset through its `messages` prop. */
export interface LoginFormMessages {
  /**
   * The language's writing direction (a right-to-left locale sets `'rtl'`): the component's root
   * gets it as `dir`, unless the page already chose one (an ancestor's or the document's `dir`
   * wins). Left out, as in English, the page's direction applies.
   */
  dir?: TextDirection | undefined;
  /** The step's heading; also the form's accessible name. */
  heading: string;
  usernameLabel: string;
  passwordLabel: string;
  /** The submit button at rest. */
  submit: string;
  /** The submit button while the sign-in request is in flight (beside a spinner). */
  submitPending: string;
  /** Said (politely, once) when a rate-limit wait is over and the button works again. */
  retryReady: string;
  /**
   * The password toggle's name (an icon button). It stays the same when pressed: `aria-pressed`
   * says whether the password is shown, as for every toggle in the kit.
   */
  showPassword: string;
  /** Shown under the password field while it has focus and Caps Lock is on. */
  capsLockOn: string;
  /** Field errors, shown under the field and read with it. */
  usernameRequired: string;
  /** HTTP Basic auth joins username and password with ':', so a username cannot hold one. */
  usernameHasColon: string;
  /** More than 256 characters (see `MAX_USERNAME_LENGTH`). */
  usernameTooLong: string;
  /** A control character (RFC 7617 forbids them), usually pasted with the value. */
  usernameHasControl: string;
  /** Half of an emoji or other two-part character (a cut-off paste): it has no UTF-8 form to send. */
  usernameHasBrokenCharacter: string;
  passwordRequired: string;
  /** More than 1024 characters (see `MAX_PASSWORD_LENGTH`): usually something else was pasted. */
  passwordTooLong: string;
  passwordHasControl: string;
  passwordHasBrokenCharacter: string;
  /** The error alert's text per failure kind. */
  errors: ErrorMessages;
}

export const loginFormMessages: LoginFormMessages = {
  heading: 'Sign in to Riffyn',
  usernameLabel: 'Username',
  passwordLabel: 'Password',
  submit: 'Sign in',
  submitPending: 'Signing in…',
  retryReady: 'You can try to sign in again now.',
  showPassword: 'Show password',
  capsLockOn: 'Caps Lock is on.',
  usernameRequired: 'Enter your username.',
  usernameHasColon:
    'A username cannot contain a colon (:). Sign-in sends the username and password joined by a colon, so remove it.',
  usernameTooLong: 'A username has at most 256 characters. Check what was pasted.',
  usernameHasControl: 'The username contains an invisible control character. Type it again.',
  usernameHasBrokenCharacter: 'The username contains a broken character (half of an emoji or symbol). Type it again.',
  passwordRequired: 'Enter your password.',
  passwordTooLong: 'A password has at most 1024 characters. Check what was pasted.',
  passwordHasControl: 'The password contains an invisible control character. Type it again.',
  passwordHasBrokenCharacter: 'The password contains a broken character (half of an emoji or symbol). Type it again.',
  errors: errorMessages,
};
