import type { RiffynClient } from '../api/client.js';
import { refreshAccessToken, renameApiKey } from '../api/session-calls.js';
import type { AuthController } from './auth-controller.js';
import { ACCESS_TOKEN_LIFETIME_MS, type AuthSession } from './auth-machine.js';
import { AuthError, asAuthError } from './errors.js';

/*
 * What a signed-in flow can still do, with the session's accessToken. Apart from the controller,
 * so `useAuth` and a login page that never use them do not ship them (see `useSessionCalls`).
 */

/** Renames the key made at this login (Riffyn calls it `loginKey`); resolves to its new name. */
export async function renameLoginKey(controller: AuthController, client: RiffynClient, name: string): Promise<string> {
  const { apiKey, accessToken } = controller.session();
  if (apiKey.status === 'none') throw new AuthError('invalid-input', { detail: 'apiKey' });
  const renamed = await renameApiKey(client, { from: apiKey.name, to: name }, { accessToken });
  controller.update({ type: 'API_KEY_RENAMED', name: renamed.name });
  return renamed.name;
}

/**
 * A new accessToken for the session; `seconds` defaults to the server's 30 minutes. A failure is
 * also set on the state (`state.error`), for the page that shows the session.
 */
export async function extendSession(controller: AuthController, client: RiffynClient, seconds?: number): Promise<AuthSession> {
  const { accessToken } = controller.session();
  try {
    const { serverDate, ...token } = await refreshAccessToken(client, { time: seconds }, { accessToken });
    const lifetimeMs = seconds ? seconds * 1000 : ACCESS_TOKEN_LIFETIME_MS;
    controller.update({ type: 'SESSION_EXTENDED', ...token, lifetimeMs }, serverDate);
  } catch (error) {
    const failure = asAuthError(error);
    controller.update({ type: 'SESSION_FAILED', error: failure });
    throw failure;
  }
  // Throws if the flow moved on while the request ran (restart, logout, expiry).
  return controller.session().session;
}
