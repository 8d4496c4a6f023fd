import type { AuthFactor } from '../../core/auth-response.js';
import type { AuthError } from '../../core/errors.js';
import type { MfaMessages } from '../../i18n/mfa.js';
import type { CardProps, DeepPartial, StylingProps } from '../shared/styling.js';

/** Every element of the picker that carries a `data-slot` (and takes a class through `classNames`). */
export type MfaFactorPickerSlot =
  | 'header'
  | 'logo'
  | 'heading'
  | 'description'
  | 'warning'
  | 'factor-group'
  | 'legend'
  | 'factor-option'
  | 'factor-radio'
  | 'factor-text'
  | 'factor-label'
  | 'factor-hint'
  | 'factor-single'
  | 'other-factors'
  | 'code-box'
  | 'code-cells'
  | 'form'
  | 'field'
  | 'label'
  | 'input'
  | 'hint'
  | 'field-error'
  | 'alert'
  | 'timer'
  | 'countdown'
  | 'countdown-bar'
  | 'time-warning'
  | 'progress'
  | 'actions'
  | 'submit'
  | 'restart'
  | 'more-time'
  | 'expired'
  | 'footer';

/**
 * The root's `data-state`: `choosing` (several factors, none chosen), `entering`, `pending`
 * (the code is being checked), `warning` (little time left) or `expired`.
 */
export type MfaFactorPickerState = 'choosing' | 'entering' | 'pending' | 'warning' | 'expired';

export interface MfaFactorPickerProps extends StylingProps<MfaFactorPickerSlot>, CardProps {
  /**
   * The factors the server offered. Shown with the TOTP authenticator app first; those that take
   * no typed code (push, SMS, call, e-mail, unknown types outside Okta's `token:…` family) cannot
   * be chosen here (see `unavailableFactors`).
   */
  factors: AuthFactor[];
  /**
   * Factors a typed code cannot complete: `collapsed` (the default) under one line, "Other
   * methods aren't available here", that opens to name them; `hidden` leaves them out.
   */
  unavailableFactors?: 'collapsed' | 'hidden' | undefined;
  /** The factor the code is for; null until chosen (the picker then chooses the first usable one). */
  selectedFactorId: string | null;
  /**
   * A factor was chosen: by the user in the radio group (shown only when there are several), or
   * by the picker itself when `selectedFactorId` is null and a factor takes a typed code.
   */
  onChooseFactor(factorId: string): void;
  /**
   * The user entered a code: called once automatically when an authenticator app's 6 digits are
   * present, or by the Verify button (a hardware token's 6-10 digits go only then). Never called
   * while `pending`, while a rate limit's `Retry-After` runs, without a chosen factor, or after the
   * step expired.
   */
  onSubmit(passCode: string): void;
  /** True while the code is being checked: no second submit, the button reads "Verifying…". */
  pending?: boolean | undefined;
  /**
   * The last verify error, shown in the step's alert. After `invalid-passcode` the code field is
   * cleared and focused for another try; `mfa-expired` shows the expired view.
   */
  error?: AuthError | null | undefined;
  /** Epoch ms on this device's clock at which the code request (stateToken) dies; null when unknown. */
  expiresAt: number | null;
  /** The step has ended (the caller knows, e.g. from its own timer): show the expired view. */
  expired?: boolean | undefined;
  /** How long before `expiresAt` to warn that time is running out, in ms. Default 60 000. */
  warnBeforeMs?: number | undefined;
  /**
   * Server clock minus this device's clock, in ms. Beyond ±30 s a warning says authenticator codes
   * may fail and suggests setting the clock automatically.
   */
  clockSkewMs?: number | undefined;
  /** Shown as "Signing in as …". */
  username?: string | undefined;
  /** "Start again": back to the username and password (the caller keeps the username). */
  onRestart(): void;
  /**
   * "Get more time", offered in the time warning (WCAG 2.2.1): the caller gets a fresh code request
   * and passes its new `expiresAt`; the code typed so far stays in the field and focus returns to
   * it. `useAuth().extendMfa` does this without asking for the password. Without it, the warning
   * offers nothing to click.
   */
  onExtend?: (() => void) | undefined;
  /** True while more time is being fetched: the button reads "Getting more time…". */
  extending?: boolean | undefined;
  /**
   * Move focus into the step when it mounts: to the code field when there is nothing to choose,
   * else to the heading. Default true; turn off where stealing focus would be rude.
   */
  autoFocus?: boolean | undefined;
  /** The heading's level, to fit the page's outline. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /** Any subset of the strings, e.g. a translation. */
  messages?: DeepPartial<MfaMessages> | undefined;
}
