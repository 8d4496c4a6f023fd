import { forwardRef, useEffect, useRef, type Ref } from 'react';
import { completedSession, flowView } from '../../core/selectors.js';
import { loginFormMessages } from '../../i18n/login-form.js';
import type { AuthMessages } from '../../i18n/messages.js';
import { useAuthContext, useAuthEvents } from '../../react/AuthProvider.js';
import { useAuth } from '../../react/useAuth.js';
import { useRenameApiKey } from '../../react/useSessionCalls.js';
import { ApiKeyReveal } from '../ApiKeyReveal/ApiKeyReveal.js';
import { LoginForm } from '../LoginForm/LoginForm.js';
import { MfaFactorPicker } from '../MfaFactorPicker/MfaFactorPicker.js';
import { mergeMessages, type DeepPartial } from '../shared/styling.js';
import type { AuthFlowProps, AuthFlowStep } from './AuthFlow.types.js';
import { RestoringCard } from './RestoringCard.js';

/**
 * The whole sign-in as one drop-in: the login form, the MFA step when the account has one, and
 * the one-time API key, driven by `useAuth()`. Needs an `<AuthProvider>` above it. `ref`
 * reaches the root of the step on screen.
 *
 * ```tsx
 * <AuthProvider client={client}>
 *   <AuthFlow onAuthenticated={(session) => navigate('/home', { state: { user: session.username } })} />
 * </AuthProvider>
 * ```
 */
export const AuthFlow = forwardRef<HTMLElement, AuthFlowProps>(function AuthFlow({
  onAuthenticated,
  onEvent,
  eventsIncludeUsername,
  classNames,
  messages,
  autoFocus,
  headingLevel,
  mfaWarnBeforeMs,
  allowRenameApiKey = true,
  manageKeysHref,
  subtitle,
  onContinue,
  apiKeyDownload = true,
  apiKeyLeaveGuard = true,
  components,
  logo,
  footer,
  ...styling
}, ref) {
  const auth = useAuth();
  const { controller } = useAuthContext();
  const { renameApiKey, renameApiKeyState } = useRenameApiKey();
  const { state } = auth;
  const view = flowView(state);
  useAuthEvents(controller, onEvent, eventsIncludeUsername);
  // Each step as it is shown (the expired MFA view is still the MFA step).
  useEffect(() => {
    if (view.step !== 'restoring') controller.report({ type: 'step', step: view.step });
  }, [controller, view.step]);

  // The first step takes focus only when asked; every later step takes it, so keyboard and
  // screen-reader users land on the new step instead of on a button that just vanished.
  const firstStatus = useRef<string | null>(state.status);
  if (state.status !== firstStatus.current) firstStatus.current = null;
  const focusStep = autoFocus || firstStatus.current === null;

  // Once per sign-in: when the key is saved, or at once when there was none to save. Not again
  // when the session gets a new accessToken (extendSession): only leaving the session re-arms it.
  const done = completedSession(state);
  const told = useRef(false);
  useEffect(() => {
    if (done && !told.current) onAuthenticated?.(done);
    told.current = !!done;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [done]);

  /** A step's strings: top-level `errors` first, then the step's own, so the step's wording wins. */
  const stepMessages = <K extends 'loginForm' | 'mfa' | 'apiKey'>(step: K) =>
    messages && (mergeMessages({ errors: messages.errors }, messages[step] as object) as DeepPartial<AuthMessages[K]>);
  // The ref reaches the root of whichever step is shown (LoginForm's is a <div>).
  const common = { ...styling, headingLevel, autoFocus: focusStep, ref: ref as Ref<HTMLDivElement> };
  /** The card's logo and footer for a step. */
  const card = (step: AuthFlowStep) => ({
    logo: typeof logo == 'function' ? logo(step) : logo,
    footer: typeof footer == 'function' ? footer(step) : footer,
  });
  // The app's own component for a step, else the kit's: same props either way.
  const Login = components?.loginForm ?? LoginForm;
  const Mfa = components?.mfa ?? MfaFactorPicker;
  const Key = components?.apiKey ?? ApiKeyReveal;

  switch (view.step) {
    case 'restoring':
      return (
        <RestoringCard
          {...styling}
          ref={ref as Ref<HTMLDivElement>}
          dir={messages?.loginForm?.dir}
          label={{ ...loginFormMessages, ...messages?.loginForm }.submitPending ?? loginFormMessages.submitPending}
        />
      );
    case 'loginForm':
      return (
        <Login
          {...common}
          {...card('loginForm')}
          classNames={classNames?.loginForm}
          messages={stepMessages('loginForm')}
          onSubmit={auth.login}
          pending={auth.isPending}
          error={view.error}
          defaultUsername={view.username}
          subtitle={subtitle}
        />
      );
    case 'mfa':
      return (
        <Mfa
          {...common}
          {...card('mfa')}
          classNames={classNames?.mfa}
          messages={stepMessages('mfa')}
          username={view.username}
          factors={view.factors}
          selectedFactorId={view.selectedFactorId}
          expiresAt={view.expiresAt}
          expired={view.expired}
          clockSkewMs={view.clockSkewMs}
          error={view.error}
          pending={auth.isPending}
          warnBeforeMs={mfaWarnBeforeMs}
          onChooseFactor={auth.chooseFactor}
          onSubmit={auth.verify}
          onRestart={auth.restart}
          onExtend={auth.extendMfa}
          extending={view.extending}
        />
      );
    case 'apiKey':
      return (
        <Key
          {...common}
          {...card('apiKey')}
          classNames={classNames?.apiKey}
          messages={stepMessages('apiKey')}
          username={view.session.username}
          apiKey={view.apiKey}
          onAcknowledge={auth.acknowledgeApiKey}
          onRename={allowRenameApiKey ? renameApiKey : undefined}
          renameState={renameApiKeyState}
          manageKeysHref={manageKeysHref}
          onContinue={onContinue}
          download={apiKeyDownload}
          leaveGuard={apiKeyLeaveGuard}
          onCopied={() => controller.report({ type: 'apiKey', action: 'copied' })}
          onDownloaded={() => controller.report({ type: 'apiKey', action: 'downloaded' })}
        />
      );
  }
});
