import { useMutation, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
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

  // Stable, so they can sit in an effect's dependencies. The controller refuses what the flow does
  // not allow (a second submit, a code outside the MFA step) and keeps the secrets out of react-query.
  const login = useCallback(
    (credentials: Credentials) => {
      controller.stageCredentials(credentials);
      loginCall.mutate({ username: credentials.username });
    },
    [controller, loginCall.mutate],
  );
  const verify = useCallback(
    (passCode: string) => {
      controller.stagePassCode(passCode);
      verifyCall.mutate();
    },
    [controller, verifyCall.mutate],
  );

  return {
    state,
    // The mutations turn pending at once; the machine only when react-query runs mutationFn.
    isPending:
      state.status === 'authenticating' || state.status === 'verifying' || loginCall.isPending || verifyCall.isPending,
    login,
    chooseFactor: controller.chooseFactor,
    verify,
    acknowledgeApiKey: controller.acknowledgeApiKey,
    restart: () => {
      controller.restart();
      loginCall.reset();
      verifyCall.reset();
    },
    logout: controller.logout,
  };
}
