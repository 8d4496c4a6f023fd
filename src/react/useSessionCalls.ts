import { useEffect, useSyncExternalStore } from 'react';
import type { RiffynClient } from '../api/client.js';
import type { AuthController } from '../flow/auth-controller.js';
import { extendSession, renameLoginKey } from '../flow/session-actions.js';
import { useAuthContext } from './AuthProvider.js';
import { callState, useCall, type AuthCallState } from './useAuth.js';

/** One call made with the session's accessToken, as a mutation whose outcome ends with the session. */
function useSessionCall<Result, Variables>(
  name: string,
  run: (controller: AuthController, client: RiffynClient, variables: Variables) => Promise<Result>,
) {
  const { controller, client, queryClient } = useAuthContext();
  const call = useCall(name, (variables: Variables) => run(controller, client, variables), queryClient);
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
