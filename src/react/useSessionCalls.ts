import { extendSession, renameLoginKey } from '../core/session-actions.js';
import { useAuthContext } from './AuthProvider.js';
import { callState, useCall, type AuthCallState } from './useAuth.js';

/**
 * Renames the key made at this login (Riffyn calls it `loginKey`), for `<ApiKeyReveal onRename>`.
 * The mutation holds the new name and resolves to it: never a secret.
 */
export function useRenameApiKey(): { renameApiKey(name: string): void; renameApiKeyState: AuthCallState } {
  const { controller, client, queryClient } = useAuthContext();
  const call = useCall('renameApiKey', (name: string) => renameLoginKey(controller, client, name), queryClient);
  return { renameApiKey: call.mutate, renameApiKeyState: callState(call) };
}

/**
 * A new accessToken before the current one ends; `seconds` defaults to Riffyn's 30 minutes.
 * The mutation resolves to nothing: the new session holds the accessToken, which must not be cached.
 */
export function useExtendSession(): { extendSession(seconds?: number): void; extendSessionState: AuthCallState } {
  const { controller, client, queryClient } = useAuthContext();
  const call = useCall(
    'extendSession',
    async (seconds?: number) => void (await extendSession(controller, client, seconds)),
    queryClient,
  );
  return { extendSession: call.mutate, extendSessionState: callState(call) };
}
