import { useMutation, type QueryClient } from '@tanstack/react-query';
import { useCallback, useState, useSyncExternalStore } from 'react';
import type { AuthState } from '../core/auth-machine.js';
import type { Credentials } from '../core/basic-auth.js';
import type { AuthError } from '../core/errors.js';
import { useAuthContext } from './AuthProvider.js';

/** The state of one follow-up call (rename the key, extend the session). */
export interface AuthCallState {
  isPending: boolean;
  error: AuthError | null;
  isSuccess: boolean;
}

export interface UseAuthResult {
  /** The flow's state, a tagged union on `status`. */
  state: AuthState;
  /** True while a login or verify request is in flight (the form should not submit again). */
  isPending: boolean;
  /** Sends the credentials. The password is kept only until the flow ends (success, restart, expiry). */
  login(credentials: Credentials): void;
  /** Picks the MFA factor the passCode is for, when the server offered several. */
  chooseFactor(factorId: string): void;
  /** Sends the 6-digit code with the stateToken to the chosen factor. */
  verify(passCode: string): void;
  /**
   * More time for the MFA step ("Get more time"): signs in again with the credentials the step
   * still holds, for a fresh stateToken, and stays on the code step; `state.extending` is true
   * meanwhile. The password is never asked for again.
   */
  extendMfa(): void;
  /** The user saved the key: it leaves memory and cannot be shown again. */
  acknowledgeApiKey(): void;
  /**
   * Back to the login form, keeping the username. A code still being checked is not abandoned: if
   * the server accepts it, the flow moves on to the session (its answer carries the one-time key).
   */
  restart(): void;
  /** Forgets the session in this tab, aborting its calls in flight (the accessToken simply runs out on the server). */
  logout(): void;
}

/**
 * One of the kit's mutations: never retried (a login must not be sent twice), never kept after its
 * observer goes, and never paused while the browser says it is offline (react-query's default
 * would hold the password in memory and send the login by itself when the network returns; the
 * user is told at once that the server cannot be reached instead), whatever the app's
 * QueryClient defaults are.
 */
export function useCall<Result, Variables>(
  name: string,
  mutationFn: (variables: Variables) => Promise<Result>,
  queryClient: QueryClient,
) {
  return useMutation<Result, AuthError, Variables>(
    { mutationKey: ['riffyn-login-kit', name], mutationFn, gcTime: 0, retry: false, networkMode: 'always' },
    queryClient,
  );
}

export function callState({ isPending, error, isSuccess }: AuthCallState): AuthCallState {
  return { isPending, error, isSuccess };
}

/**
 * The login flow for components under an `AuthProvider`: state plus actions. Every component that
 * calls it sees the same flow. Secrets never reach react-query: mutation variables hold at most
 * the username, and results only the next status. What a signed-in page can still do (rename the
 * key, extend the session) is in `useRenameApiKey` and `useExtendSession`.
 *
 * @example
 * const { state, login, verify } = useAuth();
 * if (state.status === 'mfaRequired') return <CodeForm onCode={verify} />;
 * return <form onSubmit={() => login({ username, password })}>…</form>;
 */
export function useAuth(): UseAuthResult {
  const { controller, queryClient } = useAuthContext();
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  // Keys are the controller's method names, under the kit's prefix.
  const loginCall = useCall('login', (_: { username: string }) => controller.login(), queryClient);
  const verifyCall = useCall('verify', () => controller.verify(), queryClient);
  const extendCall = useCall('extendMfa', () => controller.extendMfa(), queryClient);
  // The state a login or verify was asked in. A mutation stays pending for a render after the
  // machine has moved on (react-query settles after the call resolves): only while the flow is
  // still where the user asked does it count, so the MFA step never opens "pending".
  const [askedIn, setAskedIn] = useState<AuthState | null>(null);

  // Stable, so they can sit in an effect's dependencies. The controller refuses what the flow does
  // not allow (a second submit, a code outside the MFA step) and keeps the secrets out of react-query.
  const login = useCallback(
    (credentials: Credentials) => {
      controller.stageCredentials(credentials);
      setAskedIn(controller.getState());
      loginCall.mutate({ username: credentials.username });
    },
    [controller, loginCall.mutate],
  );
  const verify = useCallback(
    (passCode: string) => {
      controller.stagePassCode(passCode);
      setAskedIn(controller.getState());
      verifyCall.mutate();
    },
    [controller, verifyCall.mutate],
  );

  return {
    state,
    // The mutations turn pending at once; the machine only when react-query runs mutationFn.
    isPending:
      state.status === 'authenticating' ||
      state.status === 'verifying' ||
      ((loginCall.isPending || verifyCall.isPending) && state === askedIn),
    login,
    chooseFactor: controller.chooseFactor,
    verify,
    extendMfa: () => extendCall.mutate(),
    acknowledgeApiKey: controller.acknowledgeApiKey,
    restart: () => {
      controller.restart();
      loginCall.reset();
      verifyCall.reset();
      extendCall.reset();
    },
    logout: controller.logout,
  };
}
