import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { AuthOutcome } from '../core/auth-controller.js';
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
  /** Renames the key made at login (Riffyn calls it `loginKey`). */
  renameApiKey(name: string): void;
  renameApiKeyState: AuthCallState;
  /** Gets a new accessToken before the current one ends; `seconds` defaults to 30 minutes. */
  extendSession(seconds?: number): void;
  extendSessionState: AuthCallState;
  /** Back to the login form, keeping the username; aborts a request in flight. */
  restart(): void;
  /** Forgets the session in this tab (the accessToken simply runs out on the server). */
  logout(): void;
}

const key = (call: string) => ['riffyn-login-kit', call] as const;

function callState(mutation: { isPending: boolean; error: AuthError | null; isSuccess: boolean }): AuthCallState {
  return { isPending: mutation.isPending, error: mutation.error, isSuccess: mutation.isSuccess };
}

/**
 * The login flow for components under an `AuthProvider`: state plus actions. Every component that
 * calls it sees the same flow. Secrets never reach react-query: mutation variables hold at most
 * the username, and results hold only the next status.
 *
 * @example
 * const { state, login, verify } = useAuth();
 * if (state.status === 'mfaRequired') return <CodeForm onCode={verify} />;
 * return <form onSubmit={() => login({ username, password })}>…</form>;
 */
export function useAuth(): UseAuthResult {
  const { controller, queryClient } = useAuthContext();
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  const loginMutation = useMutation<AuthOutcome, AuthError, { username: string }>(
    { mutationKey: key('login'), mutationFn: () => controller.login(), gcTime: 0, retry: false },
    queryClient,
  );
  const verifyMutation = useMutation<AuthOutcome, AuthError, { factorId: string }>(
    { mutationKey: key('verify'), mutationFn: () => controller.verify(), gcTime: 0, retry: false },
    queryClient,
  );
  const renameMutation = useMutation<string, AuthError, { name: string }>(
    { mutationKey: key('rename-api-key'), mutationFn: ({ name }) => controller.renameApiKey(name), gcTime: 0, retry: false },
    queryClient,
  );
  const extendMutation = useMutation<void, AuthError, { seconds?: number }>(
    {
      mutationKey: key('extend-session'),
      // Resolves to nothing: the new session holds the accessToken, which must not be cached.
      mutationFn: async ({ seconds }) => {
        await controller.extendSession(seconds);
      },
      gcTime: 0,
      retry: false,
    },
    queryClient,
  );

  const login = useCallback(
    (credentials: Credentials) => {
      const status = controller.getState().status;
      if (status === 'authenticating' || status === 'verifying') return;
      controller.stageCredentials(credentials);
      loginMutation.mutate({ username: credentials.username });
    },
    [controller, loginMutation.mutate],
  );
  const verify = useCallback(
    (passCode: string) => {
      const current = controller.getState();
      if (current.status !== 'mfaRequired' || current.selectedFactorId === null) return;
      controller.stagePassCode(passCode);
      verifyMutation.mutate({ factorId: current.selectedFactorId });
    },
    [controller, verifyMutation.mutate],
  );

  return useMemo(
    () => ({
      state,
      // The mutations turn pending at once; the machine only when react-query runs mutationFn.
      isPending:
        state.status === 'authenticating' ||
        state.status === 'verifying' ||
        loginMutation.isPending ||
        verifyMutation.isPending,
      login,
      chooseFactor: controller.chooseFactor,
      verify,
      acknowledgeApiKey: controller.acknowledgeApiKey,
      renameApiKey: (name: string) => renameMutation.mutate({ name }),
      renameApiKeyState: callState(renameMutation),
      extendSession: (seconds?: number) => extendMutation.mutate(seconds === undefined ? {} : { seconds }),
      extendSessionState: callState(extendMutation),
      restart: () => {
        controller.restart();
        loginMutation.reset();
        verifyMutation.reset();
      },
      logout: () => {
        controller.logout();
        renameMutation.reset();
        extendMutation.reset();
      },
    }),
    [state, login, verify, controller, loginMutation, verifyMutation, renameMutation, extendMutation],
  );
}
