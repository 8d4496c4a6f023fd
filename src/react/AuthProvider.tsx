import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { RiffynClient } from '../api/client.js';
import { createAuthController, type AuthController } from '../core/auth-controller.js';
import type { AuthSession } from '../core/auth-machine.js';

export interface AuthProviderProps {
  /** From `createRiffynClient({ baseUrl })`. Create it once, outside render. */
  client: RiffynClient;
  /**
   * The QueryClient for the kit's mutations. Defaults to the app's (from `QueryClientProvider`),
   * else one of the kit's own; the kit never adds a provider around your app.
   */
  queryClient?: QueryClient;
  /** Called when the accessToken runs out and the flow moves to `sessionExpired`. */
  onSessionExpired?: (username: string) => void;
  /** Called after `extendSession()` got a new accessToken. */
  onSessionExtended?: (session: AuthSession) => void;
  children?: ReactNode;
}

interface AuthContextValue {
  controller: AuthController;
  queryClient: QueryClient;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/**
 * Holds one login flow for the components below it. Unmounting it aborts any request, clears
 * its timers and wipes the password and stateToken it kept for the verify call.
 *
 * @example
 * const client = createRiffynClient({ baseUrl: 'https://api.app.riffyn.com' });
 * <AuthProvider client={client}><AuthFlow onAuthenticated={start} /></AuthProvider>
 */
export function AuthProvider({ client, queryClient, onSessionExpired, onSessionExtended, children }: AuthProviderProps) {
  const appQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(
    () => new QueryClient({ defaultOptions: { mutations: { retry: false, gcTime: 0 } } }),
  );
  // Callbacks are read through a ref so inline arrow props do not rebuild the controller.
  const callbacks = useRef({ onSessionExpired, onSessionExtended });
  callbacks.current = { onSessionExpired, onSessionExtended };

  const [controller] = useState(() =>
    createAuthController({
      client,
      onSessionExpired: (username) => callbacks.current.onSessionExpired?.(username),
      onSessionExtended: (session) => callbacks.current.onSessionExtended?.(session),
    }),
  );
  useEffect(() => {
    controller.activate();
    return () => controller.dispose();
  }, [controller]);

  const value: AuthContextValue = { controller, queryClient: queryClient ?? appQueryClient ?? ownQueryClient };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() needs an <AuthProvider client={…}> above it.');
  return value;
}
