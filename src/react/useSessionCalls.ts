import { useMutation } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { RiffynClient } from '../api/client.js';
import type { AuthCallState } from '../core/call-state.js';
import { asAuthError, type AuthError } from '../core/errors.js';
import type { AuthController } from '../flow/auth-controller.js';
import { extendSession, renameLoginKey } from '../flow/session-actions.js';
import { useAuthContext } from './AuthProvider.js';

const callState = ({ isPending, error, isSuccess }: AuthCallState): AuthCallState => ({ isPending, error, isSuccess });

/**
 * One call made with the session's accessToken, as a mutation whose outcome ends with the session.
 * Never retried, never kept after its observer goes, and never paused while the browser says it
 * is offline (react-query's default would send it by itself when the network returns; the user is
 * told at once instead), whatever the app's QueryClient defaults are. Whatever it throws reaches
 * the component as an `AuthError`, so every failure has a message to show.
 */
function useSessionCall<Result, Variables>(
  name: string,
  run: (controller: AuthController, client: RiffynClient, variables: Variables) => Promise<Result>,
) {
  const { controller, client, queryClient } = useAuthContext();
  const call = useMutation<Result, AuthError, Variables>(
    {
      mutationKey: ['riffyn-login-kit', name],
      mutationFn: (variables) => run(controller, client, variables).catch((error: unknown) => Promise.reject(asAuthError(error))),
      gcTime: 0,
      retry: false,
      networkMode: 'always',
    },
    queryClient,
  );
  // "Renamed" or "extended" belongs to the session it happened in: once the flow leaves it (logout,
  // expiry, restart), the next sign-in starts clean even where the component stays mounted.
  const isSignedIn = () => controller.getState().status === 'authenticated';
  const signedIn = useSyncExternalStore(controller.subscribe, isSignedIn, isSignedIn);
  const { reset } = call;
  useEffect(() => {
    if (!signedIn) reset();
  }, [signedIn, reset]);
  return call;
}

/**
 * Renames the key made at this login (Riffyn calls it `loginKey`), for `<ApiKeyReveal onRename>`.
 * The mutation holds the new name and resolves to it: never a secret.
 */
export function useRenameApiKey(): { renameApiKey(name: string): void; renameApiKeyState: AuthCallState } {
  const call = useSessionCall('renameApiKey', renameLoginKey);
  return { renameApiKey: call.mutate, renameApiKeyState: callState(call) };
}

/**
 * A new accessToken before the current one ends; `seconds` defaults to Riffyn's 30 minutes.
 * The mutation resolves to nothing: the new session holds the accessToken, which must not be cached.
 */
export function useExtendSession(): { extendSession(seconds?: number): void; extendSessionState: AuthCallState } {
  const call = useSessionCall('extendSession', async (controller, client, seconds?: number) => {
    await extendSession(controller, client, seconds);
  });
  return { extendSession: call.mutate, extendSessionState: callState(call) };
}
