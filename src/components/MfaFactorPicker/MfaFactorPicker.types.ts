import type { AuthFactor } from '../../core/auth-response.js';
import type { AuthError } from '../../core/errors.js';
import type { MfaMessages } from '../../i18n/mfa.js';
import type { DeepPartial, StylingProps } from '../shared/styling.js';

/** Every element of the picker that carries a `data-slot` (and takes a class through `classNames`). */
export type MfaFactorPickerSlot =
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
  | 'form'
  | 'field'
  | 'label'
  | 'input'
  | 'hint'
  | 'field-error'
  | 'alert'
  | 'timer'
  | 'countdown'
  | 'time-warning'
  | 'progress'
  | 'actions'
  | 'submit'
  | 'restart'
  | 'expired';

/**
 * The root's `data-state`: `choosing` (several factors, none chosen), `entering`, `pending`
 * (the code is being checked), `warning` (little time left) or `expired`.
 */
export type MfaFactorPickerState = 'choosing' | 'entering' | 'pending' | 'warning' | 'expired';

export interface MfaFactorPickerProps extends StylingProps<MfaFactorPickerSlot> {
  /** The factors the server offered. Shown with the TOTP authenticator app first; unknown types get a generic label. */
  factors: AuthFactor[];
  /** The factor the code is for; null while the user has several to choose from. */
  selectedFactorId: string | null;
  /** The user picked a factor in the radio group (shown only when there are several). */
  onChooseFactor(factorId: string): void;
  /**
   * The user entered a code: called once automatically when 6 digits are present, or by the Verify
   * button. Never called while `pending`, without a chosen factor, or after the step expired.
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
   * Move focus into the step when it mounts: to the code field when there is nothing to choose,
   * else to the heading. Default true; turn off where stealing focus would be rude.
   */
  autoFocus?: boolean | undefined;
  /** The heading's level, to fit the page's outline. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /** Any subset of the strings, e.g. a translation. */
  messages?: DeepPartial<MfaMessages> | undefined;
}
