import type { SessionTimeoutMessages } from '../../i18n/session-timeout.js';
import type { UseSessionTimeoutOptions } from '../../react/useSessionTimeout.js';
import type { DeepPartial, StylingProps } from '../shared/styling.js';

/** Every `data-slot` inside `<SessionTimeoutWarning>` (besides `root`, the `<dialog>`), for `classNames`. */
export type SessionTimeoutWarningSlot = 'header' | 'heading' | 'description' | 'countdown' | 'alert' | 'actions' | 'stay' | 'sign-out';

export interface SessionTimeoutWarningProps extends StylingProps<SessionTimeoutWarningSlot>, UseSessionTimeoutOptions {
  /** Called after "Sign out" signed the user out, e.g. to leave the signed-in part of the app. */
  onSignOut?: (() => void) | undefined;
  /** The heading's level inside the dialog. Default 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /** Any subset of the strings (`SessionTimeoutMessages`), over the English defaults. */
  messages?: DeepPartial<SessionTimeoutMessages> | undefined;
}
