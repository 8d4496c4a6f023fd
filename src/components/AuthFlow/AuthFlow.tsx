import { forwardRef, useEffect, useRef, useState, useSyncExternalStore, type Ref } from 'react';
import { completedSession, flowView } from '../../core/selectors.js';
import { errorMessages } from '../../i18n/errors.js';
import { loginFormMessages } from '../../i18n/login-form.js';
import type { AuthMessages } from '../../i18n/messages.js';
import { useAuthContext, useAuthEvents } from '../../react/AuthProvider.js';
import { useAuth } from '../../react/useAuth.js';
import { LoginForm } from '../LoginForm/LoginForm.js';
import { mergeMessages, type DeepPartial } from '../shared/styling.js';
import type { AuthFlowProps, AuthFlowStep } from './AuthFlow.types.js';
import { onDemand, type OnDemand } from './on-demand.js';
import { RestoringCard } from './RestoringCard.js';
import { StepNotLoaded } from './StepNotLoaded.js';

// The sign-in step is all a page shows first: the MFA and key steps (and what only they use: the
// code field, the key's download and rename, their strings) are chunks of their own, fetched when
// the browser is idle after the sign-in form appears, or at the latest as the sign-in is sent, so
// they arrive during the server's answer.
const mfaStep = onDemand(() => import('../MfaFactorPicker/MfaFactorPicker.js'), (module) => module.MfaFactorPicker);
const keyStep = onDemand(() => import('./KeyStep.js'), (module) => module.KeyStep);

const useLoaded = <C,>(step: OnDemand<C>) => useSyncExternalStore(step.subscribe, step.getSnapshot, step.getSnapshot);

/** Calls `run` when the browser has nothing better to do (soon, where it cannot say). */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

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
  const { state } = auth;
  const view = flowView(state);
  const mfaLoad = useLoaded(mfaStep);
  const keyLoad = useLoaded(keyStep);
  const ownMfa = !!components?.mfa;
  // Idle after the sign-in form appears; at once when a sign-in is on its way, and again at each
  // new step (which tries again after a fetch that failed while nobody needed it yet).
  const soon = view.step === 'loginForm' && state.status !== 'authenticating';
  useEffect(() => {
    const load = () => {
      if (!ownMfa) mfaStep.load();
      keyStep.load();
    };
    return soon ? whenIdle(load) : load();
  }, [soon, ownMfa, view.step]);
  useAuthEvents(controller, onEvent, eventsIncludeUsername);
  // Each step as it is shown (the expired MFA view is still the MFA step).
  useEffect(() => {
    if (view.step !== 'restoring') controller.report({ type: 'step', step: view.step });
  }, [controller, view.step]);

  // The first step takes focus only when asked; every later step takes it, so keyboard and
  // screen-reader users land on the new step instead of on a button that just vanished.
  const [firstStatus] = useState(state.status);
  const [moved, setMoved] = useState(false);
  if (!moved && state.status !== firstStatus) setMoved(true);
  const focusStep = autoFocus || moved || state.status !== firstStatus;

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
  const Mfa = components?.mfa ?? (mfaLoad.status === 'loaded' ? mfaLoad.component : null);
  const Key = keyLoad.status === 'loaded' ? keyLoad.component : null;

  const placeholder = (state?: 'loading') => (
    <RestoringCard
      {...styling}
      ref={ref as Ref<HTMLDivElement>}
      state={state}
      dir={messages?.loginForm?.dir}
      label={messages?.loginForm?.submitPending ?? loginFormMessages.submitPending}
    />
  );
  /** Until a step's code is here: the quiet card, or a way to fetch it again if it failed. */
  const waitFor = (step: OnDemand<unknown>, status: string) =>
    status === 'failed' ? (
      <StepNotLoaded
        {...styling}
        ref={ref as Ref<HTMLDivElement>}
        dir={messages?.loginForm?.dir}
        messages={{
          stepNotLoaded: messages?.errors?.stepNotLoaded ?? errorMessages.stepNotLoaded,
          tryAgain: messages?.errors?.tryAgain ?? errorMessages.tryAgain,
        }}
        onRetry={step.load}
      />
    ) : (
      placeholder('loading')
    );

  switch (view.step) {
    case 'restoring':
      return placeholder();
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
      if (!Mfa) return waitFor(mfaStep, mfaLoad.status);
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
      if (!Key) return waitFor(keyStep, keyLoad.status);
      return (
        <Key
          {...common}
          component={components?.apiKey}
          allowRename={allowRenameApiKey}
          {...card('apiKey')}
          classNames={classNames?.apiKey}
          messages={stepMessages('apiKey')}
          username={view.session.username}
          apiKey={view.apiKey}
          onAcknowledge={auth.acknowledgeApiKey}
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
