import { useEffect, useMemo, useRef } from 'react';
import { AuthError } from '../../core/errors.js';
import type { AuthMessages } from '../../i18n/messages.js';
import { useAuth } from '../../react/useAuth.js';
import { ApiKeyReveal } from '../ApiKeyReveal/ApiKeyReveal.js';
import { LoginForm } from '../LoginForm/LoginForm.js';
import { MfaFactorPicker } from '../MfaFactorPicker/MfaFactorPicker.js';
import type { DeepPartial } from '../shared/styling.js';
import type { AuthFlowProps } from './AuthFlow.types.js';

const sessionEnded = new AuthError('session-expired', { detail: 'the accessToken ran out' });

/** Top-level error overrides first, then the step's own, so the step's wording wins. */
function stepMessages<K extends 'loginForm' | 'mfa' | 'apiKey'>(messages: DeepPartial<AuthMessages> | undefined, step: K) {
  if (!messages) return undefined;
  const own = messages[step] as (DeepPartial<AuthMessages[K]> & { errors?: object }) | undefined;
  if (!messages.errors) return own;
  return { ...own, errors: { ...messages.errors, ...own?.errors } } as DeepPartial<AuthMessages[K]>;
}

/**
 * The whole sign-in as one drop-in: the login form, the MFA step when the account has one, and
 * the one-time API key, driven by `useAuth()`. Needs an `<AuthProvider>` above it.
 *
 * @example
 * <AuthProvider client={client}>
 *   <AuthFlow onAuthenticated={(session) => navigate('/home', { state: { user: session.username } })} />
 * </AuthProvider>
 */
export function AuthFlow({
  onAuthenticated,
  classNames,
  messages,
  autoFocus = false,
  headingLevel = 2,
  mfaWarnBeforeMs,
  allowRenameApiKey = true,
  manageKeysHref,
  ...styling
}: AuthFlowProps) {
  const auth = useAuth();
  const { state } = auth;

  // The first step takes focus only when asked; every later step takes it, so keyboard and
  // screen-reader users land on the new step instead of on a button that just vanished.
  const firstStatus = useRef(state.status);
  const moved = useRef(false);
  if (state.status !== firstStatus.current) moved.current = true;
  const focusStep = autoFocus || moved.current;

  const done = state.status === 'authenticated' && state.apiKey.status !== 'shown' ? state.session : null;
  const told = useRef<typeof done>(null);
  const notify = useRef(onAuthenticated);
  notify.current = onAuthenticated;
  useEffect(() => {
    if (done && told.current !== done) {
      told.current = done;
      notify.current?.(done);
    }
  }, [done]);

  const loginMessages = useMemo(() => stepMessages(messages, 'loginForm'), [messages]);
  const mfaStepMessages = useMemo(() => stepMessages(messages, 'mfa'), [messages]);
  const apiKeyMessages = useMemo(() => stepMessages(messages, 'apiKey'), [messages]);

  switch (state.status) {
    case 'idle':
    case 'authenticating':
    case 'sessionExpired':
      return (
        <LoginForm
          {...styling}
          classNames={classNames?.loginForm}
          messages={loginMessages}
          headingLevel={headingLevel}
          autoFocus={focusStep}
          onSubmit={auth.login}
          pending={auth.isPending}
          error={state.status === 'sessionExpired' ? sessionEnded : state.status === 'idle' ? state.error : null}
          defaultUsername={state.username}
        />
      );
    case 'mfaRequired':
    case 'verifying':
    case 'mfaExpired':
      return (
        <MfaFactorPicker
          {...styling}
          classNames={classNames?.mfa}
          messages={mfaStepMessages}
          headingLevel={headingLevel}
          autoFocus={focusStep}
          username={state.username}
          factors={state.status === 'mfaExpired' ? [] : state.factors}
          selectedFactorId={state.status === 'mfaExpired' ? null : state.selectedFactorId}
          expiresAt={state.status === 'mfaExpired' ? null : state.expiresAt}
          expired={state.status === 'mfaExpired'}
          clockSkewMs={state.status === 'mfaExpired' ? 0 : state.clockSkewMs}
          error={state.status === 'mfaRequired' ? state.error : null}
          pending={auth.isPending}
          warnBeforeMs={mfaWarnBeforeMs}
          onChooseFactor={auth.chooseFactor}
          onSubmit={auth.verify}
          onRestart={auth.restart}
        />
      );
    case 'authenticated':
      return (
        <ApiKeyReveal
          {...styling}
          classNames={classNames?.apiKey}
          messages={apiKeyMessages}
          headingLevel={headingLevel}
          autoFocus={focusStep}
          username={state.session.username}
          apiKey={state.apiKey}
          onAcknowledge={auth.acknowledgeApiKey}
          {...(allowRenameApiKey ? { onRename: auth.renameApiKey, renameState: auth.renameApiKeyState } : {})}
          manageKeysHref={manageKeysHref}
        />
      );
  }
}
