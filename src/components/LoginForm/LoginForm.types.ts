import type { ReactNode } from 'react';
import type { Credentials } from '../../core/basic-auth.js';
import type { AuthError } from '../../core/errors.js';
import type { LoginFormMessages } from '../../i18n/login-form.js';
import type { CardProps, DeepPartial, StylingProps } from '../shared/styling.js';

/** Every element of `<LoginForm>` that carries a `data-slot` (and takes a class via `classNames`). */
export type LoginFormSlot =
  | 'header'
  | 'logo'
  | 'heading'
  | 'subtitle'
  | 'form'
  | 'alert'
  | 'field'
  | 'label'
  | 'input'
  | 'input-row'
  | 'toggle'
  | 'field-error'
  | 'caps-lock'
  | 'warning'
  | 'submit'
  | 'timer'
  | 'countdown'
  | 'countdown-bar'
  | 'status'
  | 'footer';

/** What `onSubmit` receives: the values exactly as typed (nothing trimmed, any Unicode). */
export type LoginFormValues = Credentials;

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface LoginFormProps extends StylingProps<LoginFormSlot>, CardProps {
  /**
   * Called once per valid submit with the values exactly as typed. After a call the form will not
   * submit again until `pending` has gone from true back to false, `error` changes, or the user
   * edits a field, so a double click or a held Enter key sends one request.
   */
  onSubmit: (credentials: LoginFormValues) => void;
  /**
   * The sign-in request is in flight: the button shows a spinner and says so, the form is
   * `aria-busy`, and submitting does nothing. The fields stay editable (nothing typed is dropped).
   */
  pending?: boolean | undefined;
  /**
   * The last sign-in failure, shown in the form's alert region. `invalid-credentials` marks both
   * fields invalid; `invalid-input` marks the field at fault; `rate-limited` with `retryAfter`
   * holds the button until the wait is over. Typed values are kept whatever the error; editing a
   * field or submitting again puts the alert away (a rate limit's stays until its wait is over).
   */
  error?: AuthError | null | undefined;
  /** Prefills the username, e.g. after "start again"; the password field then gets `autoFocus`. */
  defaultUsername?: string | undefined;
  /**
   * Focus the username field on mount (the password field when `defaultUsername` is set). Off by
   * default: only a page whose main task is signing in should move focus.
   */
  autoFocus?: boolean | undefined;
  /** A line under the heading, e.g. "to continue to Acme Portal". */
  subtitle?: ReactNode | undefined;
  /** The heading's level, to fit the page's outline. Default 2. */
  headingLevel?: HeadingLevel | undefined;
  /** Any subset of the strings, e.g. a translation. */
  messages?: DeepPartial<LoginFormMessages> | undefined;
}
