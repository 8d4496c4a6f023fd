import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { createContext, createElement, useContext, useEffect, useState, type Context, type ReactNode } from 'react';
import type { RiffynClient } from '../api/client.js';
import { createAuthController, type AuthController, type AuthControllerOptions } from '../flow/auth-controller.js';
import type { AuthSession } from '../core/auth-machine.js';

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
  children?: ReactNode | undefined;
}

interface AuthContextValue {
  controller: AuthController;
  client: RiffynClient;
  queryClient: QueryClient;
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
export function AuthProvider({ client, queryClient, onSessionExpired, onSessionExtended, children }: AuthProviderProps) {
  const appQueryClient = useContext(QueryClientContext);
  const [own] = useState(() => {
    const options: AuthControllerOptions = { client };
    // No defaults needed: every kit mutation sets its own retry and gcTime (see useAuth).
    return { options, controller: createAuthController(options), queryClient: new QueryClient() };
  });
  // The controller reads its callbacks when it calls them, so inline arrow props take effect
  // without rebuilding it.
  own.options.onSessionExpired = onSessionExpired;
  own.options.onSessionExtended = onSessionExtended;
  const { controller } = own;
  useEffect(() => {
    controller.activate();
    return () => controller.dispose();
  }, [controller]);

  const value: AuthContextValue = { controller, client, queryClient: queryClient ?? appQueryClient ?? own.queryClient };
  // createElement rather than JSX: one element does not need the react/jsx-runtime import.
  return createElement(AuthContext.Provider, { value }, children);
}

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() needs an <AuthProvider> above it.');
  return value;
}
