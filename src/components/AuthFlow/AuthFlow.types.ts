import type { AuthSession } from '../../core/auth-machine.js';
import type { AuthMessages } from '../../i18n/messages.js';
import type { ApiKeyRevealProps } from '../ApiKeyReveal/ApiKeyReveal.types.js';
import type { LoginFormProps } from '../LoginForm/LoginForm.types.js';
import type { MfaFactorPickerProps } from '../MfaFactorPicker/MfaFactorPicker.types.js';
import type { ComponentType, ReactNode, RefAttributes } from 'react';
import type { AuthFlowEvent } from '../../core/flow-events.js';
import type { FlowStep } from '../../core/selectors.js';
import type { DeepPartial, StylingProps } from '../shared/styling.js';

/** The flow's steps, by the name `classNames`, `messages` and `components` use for each. */
export type AuthFlowStep = FlowStep;

/**
 * Your own component for any step, given exactly the props the kit's component for that step
 * gets (and `ref`, when you pass one to `<AuthFlow>`). Honour `autoFocus`: it is how the flow
 * moves focus to each new step. Wrap the kit's own to add things around it.
 */
export interface AuthFlowComponents {
  loginForm?: ComponentType<LoginFormProps & RefAttributes<HTMLDivElement>> | undefined;
  mfa?: ComponentType<MfaFactorPickerProps & RefAttributes<HTMLElement>> | undefined;
  apiKey?: ComponentType<ApiKeyRevealProps & RefAttributes<HTMLElement>> | undefined;
}

/** Content for the card's logo or footer slot: the same on every step, or chosen per step. */
export type AuthFlowSlotContent = ReactNode | ((step: AuthFlowStep) => ReactNode);

export interface AuthFlowClassNames {
  loginForm?: LoginFormProps['classNames'] | undefined;
  mfa?: MfaFactorPickerProps['classNames'] | undefined;
  apiKey?: ApiKeyRevealProps['classNames'] | undefined;
}

export interface AuthFlowProps extends Omit<StylingProps<never>, 'classNames'> {
  /** Above every step's heading: your logo. A function gets the step and may return nothing. */
  logo?: AuthFlowSlotContent | undefined;
  /**
   * Below every step: "Forgot password?", help, terms. A function gets the step, e.g.
   * `(step) => step === 'loginForm' && <a href="/reset">Forgot password?</a>`.
   */
  footer?: AuthFlowSlotContent | undefined;
  /** Replace any step with your own component; see `AuthFlowComponents`. */
  components?: AuthFlowComponents | undefined;
  /**
   * Called once per sign-in when the flow is done: after the user saved a new API key, or at
   * once when the server sent none. The session holds the accessToken (memory only).
   */
  onAuthenticated?: ((session: AuthSession) => void) | undefined;
  /**
   * Told what happens in the flow, for analytics and error reporting: the same events as
   * `AuthProvider`'s `onEvent`, including each step shown (`{ type: 'step', step }`). Never a
   * secret; the username only with `eventsIncludeUsername`.
   */
  onEvent?: ((event: AuthFlowEvent) => void) | undefined;
  /** Add the username to every `onEvent` event. Default false. */
  eventsIncludeUsername?: boolean | undefined;
  /** Classes per slot, per step. `className`, `theme`, `style` and `unstyled` apply to every step. */
  classNames?: AuthFlowClassNames | undefined;
  /** Any subset of every step's strings; `messages.errors` rewords errors in all steps. */
  messages?: DeepPartial<AuthMessages> | undefined;
  /** Focus the first field when the flow first appears (later steps always take focus). Default false. */
  autoFocus?: boolean | undefined;
  /** Heading level of every step (default 2), to fit the page's outline. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /** How long before the stateToken ends the MFA step warns (ms, default 60 000). */
  mfaWarnBeforeMs?: number | undefined;
  /** Offer renaming the new key (`loginKey`) before it is dismissed. Default true. */
  allowRenameApiKey?: boolean | undefined;
  /** Where users manage their keys (Riffyn's Security Settings), linked from the key step. */
  manageKeysHref?: string | undefined;
  /** A line under the sign-in heading, e.g. "to continue to Acme Portal". `logo` and `footer` show on every step. */
  subtitle?: ReactNode | undefined;
  /**
   * Shows a Continue button on the "API key saved" and "You already have an API key" views, for
   * an app that keeps the flow on screen after `onAuthenticated` until the user moves on.
   */
  onContinue?: (() => void) | undefined;
  /** The key step's download buttons (`.env` or `.txt`); see `ApiKeyReveal`'s `download`. Default true. */
  apiKeyDownload?: ApiKeyRevealProps['download'] | undefined;
  /** Confirm before the page unloads while a new key is shown and not saved; see `ApiKeyReveal`'s `leaveGuard`. Default true. */
  apiKeyLeaveGuard?: boolean | undefined;
}
