import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { createContext, createElement, useContext, useEffect, useMemo, useRef, useState, type Context, type ReactNode } from 'react';
import type { RiffynClient } from '../api/client.js';
import type { AuthSession } from '../core/auth-machine.js';
import type { AuthFlowEvent } from '../core/flow-events.js';
import { showsApiKey } from '../core/selectors.js';
import { bindAuthActions, type AuthActions } from '../flow/auth-actions.js';
import {
  createAuthController,
  type AuthController,
  type AuthControllerOptions,
  type AuthSnapshot,
} from '../flow/auth-controller.js';

export interface AuthProviderProps {
  /** From `createRiffynClient({ baseUrl })`. Create it once, outside render. */
  client: RiffynClient;
  /**
   * The QueryClient for the kit's mutations. Defaults to the app's (from `QueryClientProvider`),
   * else one of the kit's own; the kit never adds a provider around your app.
   */
  queryClient?: QueryClient | undefined;
  /**
   * Called when the accessToken stops working (it ran out, or the server answered 401). The flow
   * moves to `sessionExpired`, after the user has saved a one-time key still on screen.
   */
  onSessionExpired?: ((username: string) => void) | undefined;
  /** Called after `extendSession()` (`useExtendSession`) got a new accessToken. */
  onSessionExtended?: ((session: AuthSession) => void) | undefined;
  /**
   * Told what happens in the flow, for analytics and error reporting: logins sent and failed (with
   * the error's kind), codes sent, failed, expired and extended, the key shown, copied, downloaded
   * and saved, the session extended, expired and signed out, and, under `<AuthFlow>`, each step
   * shown. Never a secret; the username only with `eventsIncludeUsername`.
   */
  onEvent?: ((event: AuthFlowEvent) => void) | undefined;
  /** Add the username to every `onEvent` event. Default false. */
  eventsIncludeUsername?: boolean | undefined;
  children?: ReactNode | undefined;
}

/** What `useSyncExternalStore` reads: the controller's snapshots, with one render more for React (below). */
export interface AuthStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): AuthSnapshot;
}

/** The app's callback props, read when the controller calls them. */
interface AppCallbacks {
  onSessionExpired: ((username: string) => void) | undefined;
  onSessionExtended: ((session: AuthSession) => void) | undefined;
  onEvent: ((event: AuthFlowEvent) => void) | undefined;
  includeUsername: boolean;
}

interface AuthContextValue {
  controller: AuthController;
  store: AuthStore;
  actions: AuthActions;
  client: RiffynClient;
  queryClient: QueryClient;
}

/**
 * The controller as React reads it. React keeps each component's previous render (its
 * "alternate") until the next one, so a snapshot that held the one-time key would stay reachable
 * from the component tree after the user acknowledged it. One more snapshot, a tick after the key
 * leaves, makes every subscriber render again and forget it there too.
 */
function reactStore(controller: AuthController): AuthStore {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let current = controller.getSnapshot();
  controller.subscribe(() => {
    const next = controller.getSnapshot();
    if (showsApiKey(current.state) && !showsApiKey(next.state)) {
      setTimeout(() => {
        if (current === next) current = { ...next };
        notify();
      });
    }
    current = next;
    notify();
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => current,
  };
}

// One context per React, shared by every copy of this module: the ESM and the CommonJS build each
// have one, and an app that loads both (an import here, a require there) must still see one flow.
// Keyed by React's own createContext (the same function however React was imported), so a
// second React in the process (Next.js runs the App Router on its own copy beside the Pages
// Router's) gets a context of its own instead of rendering the first one's. Versioned, so a
// future kit whose context holds something else never reads this one.
type AuthContexts = WeakMap<object, Context<AuthContextValue | null>>;
const CONTEXT_KEY = Symbol.for('riffyn-login-kit.AuthContexts.v2');
const contexts: AuthContexts = ((globalThis as { [CONTEXT_KEY]?: AuthContexts })[CONTEXT_KEY] ??= new WeakMap());
const AuthContext: Context<AuthContextValue | null> = contexts.get(createContext) ?? createContext<AuthContextValue | null>(null);
contexts.set(createContext, AuthContext);

/**
 * Holds one login flow for the components below it. Unmounting it (or hiding it, as `<Activity>`
 * does) clears its timers and wipes the password and stateToken it kept for the verify call;
 * calls in flight finish, so a provider shown again continues where the sign-in got.
 *
 * @example
 * const client = createRiffynClient({ baseUrl: 'https://api.app.riffyn.com' });
 * <AuthProvider client={client}><AuthFlow onAuthenticated={start} /></AuthProvider>
 */
export function AuthProvider({
  client,
  queryClient,
  onSessionExpired,
  onSessionExtended,
  onEvent,
  eventsIncludeUsername,
  children,
}: AuthProviderProps) {
  const appQueryClient = useContext(QueryClientContext);
  // The app's callbacks as last rendered: the controller reads them when it calls them, so inline
  // arrow props take effect without rebuilding it.
  const latest = useRef<AppCallbacks>({ onSessionExpired, onSessionExtended, onEvent, includeUsername: !!eventsIncludeUsername });
  useEffect(() => {
    latest.current = { onSessionExpired, onSessionExtended, onEvent, includeUsername: !!eventsIncludeUsername };
  });
  // eslint-disable-next-line react-hooks/refs -- the ref is read only inside the callbacks, when the controller calls them, never during render
  const [own] = useState(() => {
    const options: AuthControllerOptions = {
      client,
      onSessionExpired: (username) => latest.current.onSessionExpired?.(username),
      onSessionExtended: (session) => latest.current.onSessionExtended?.(session),
    };
    const controller = createAuthController(options);
    // Subscribed with the controller, not in an effect: a child's effects run before this
    // component's, and `<AuthFlow>` reports its first step from one.
    controller.onEvent(
      ({ username, ...event }) => latest.current.onEvent?.(latest.current.includeUsername ? { ...event, username } : event),
      { includeUsername: true },
    );
    // No defaults needed: every kit mutation sets its own retry and gcTime (see useSessionCalls).
    return { controller, store: reactStore(controller), actions: bindAuthActions(controller), queryClient: new QueryClient() };
  });
  const { controller, store, actions } = own;
  useEffect(() => {
    controller.activate();
    return () => controller.dispose();
  }, [controller]);

  const kitQueryClient = queryClient ?? appQueryClient ?? own.queryClient;
  // One value while nothing it holds changes, so the context never re-renders its readers by itself.
  const value = useMemo<AuthContextValue>(
    () => ({ controller, store, actions, client, queryClient: kitQueryClient }),
    [controller, store, actions, client, kitQueryClient],
  );
  // createElement rather than JSX: one element does not need the react/jsx-runtime import.
  return createElement(AuthContext.Provider, { value }, children);
}

/** Subscribes an `onEvent` prop to the controller's events while it is given. */
export function useAuthEvents(
  controller: AuthController,
  onEvent: ((event: AuthFlowEvent) => void) | undefined,
  includeUsername: boolean | undefined,
): void {
  useEffect(() => (onEvent ? controller.onEvent(onEvent, { includeUsername }) : undefined), [controller, onEvent, includeUsername]);
}

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() needs an <AuthProvider> above it.');
  return value;
}
