import { useMemo, useSyncExternalStore } from 'react';
import type { AuthActions } from '../flow/auth-actions.js';
import type { AuthSnapshot } from '../flow/auth-controller.js';
import { useAuthContext } from './AuthProvider.js';

export type { AuthCallState } from '../core/call-state.js';

/** The flow's state (a tagged union on `status`), whether a request is in flight, and the actions. */
export interface UseAuthResult extends AuthSnapshot, AuthActions {}

/**
 * The login flow for components under an `AuthProvider`: state plus actions, a binding over the
 * provider's controller (the one store of the flow). Every component that calls it sees the same
 * flow, and the actions are the same functions on every render. Secrets never reach React or
 * react-query: the controller keeps them. What a signed-in page can still do (rename the key,
 * extend the session) is in `useRenameApiKey` and `useExtendSession`.
 *
 * @example
 * const { state, login, verify } = useAuth();
 * if (state.status === 'mfaRequired') return <CodeForm onCode={verify} />;
 * return <form onSubmit={() => login({ username, password })}>…</form>;
 */
export function useAuth(): UseAuthResult {
  const { store, actions } = useAuthContext();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return useMemo(() => ({ ...snapshot, ...actions }), [snapshot, actions]);
}
