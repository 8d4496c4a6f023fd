import type { RiffynClient } from '../api/client.js';
import { checkedSeconds, refreshAccessToken, renameApiKey } from '../api/session-calls.js';
import type { AuthController, SessionCall } from './auth-controller.js';
import { ACCESS_TOKEN_LIFETIME_MS, type AuthSession } from '../core/auth-machine.js';
import { AuthError, asAuthError } from '../core/errors.js';

/*
 * What a signed-in flow can still do, with the session's accessToken. Apart from the controller,
 * so `useAuth` and a login page that never use them do not ship them (see `useSessionCalls`).
 * Each call is bound to the session it started in (`controller.session()`): ending the session
 * aborts it, and a late answer never reaches the next one.
 */

/** A failed call: a 401 also tells the flow the accessToken is dead. Rethrows it as an AuthError. */
function fail(call: SessionCall, error: unknown): never {
  const failure = asAuthError(error);
  call.update({ type: 'SESSION_FAILED', error: failure });
  throw failure;
}

/**
 * Renames the key made at this login (Riffyn calls it `loginKey`); resolves to its new name. A
 * 401 ends the session (the key stays on screen until the user has saved it).
 */
export async function renameLoginKey(controller: AuthController, client: RiffynClient, name: string): Promise<string> {
  const call = controller.session();
  const { apiKey } = call.state;
  if (apiKey.status === 'none') throw new AuthError('invalid-input', { detail: 'apiKey' });
  const renamed = await renameApiKey(client, { from: apiKey.name, to: name }, call).catch((error: AuthError) =>
    // Only a dead accessToken concerns the whole session; the rest is the rename's own outcome.
    error.kind === 'session-expired' ? fail(call, error) : Promise.reject(error),
  );
  if (!call.update({ type: 'API_KEY_RENAMED', name: renamed.name })) throw new AuthError('aborted');
  return renamed.name;
}

/**
 * A new accessToken for the session; `seconds` (a whole number, 1 to 21 600) defaults to the
 * server's 30 minutes. A failure is also set on the state (`state.error`), for the page that
 * shows the session.
 */
export async function extendSession(controller: AuthController, client: RiffynClient, seconds?: number): Promise<AuthSession> {
  const time = checkedSeconds(seconds);
  const call = controller.session();
  try {
    const { serverDate, ...token } = await refreshAccessToken(client, { time }, call);
    const lifetimeMs = time ? time * 1000 : ACCESS_TOKEN_LIFETIME_MS;
    if (!call.update({ type: 'SESSION_EXTENDED', ...token, lifetimeMs }, serverDate)) throw new AuthError('aborted');
  } catch (error) {
    fail(call, error);
  }
  return (controller.getState() as typeof call.state).session;
}
