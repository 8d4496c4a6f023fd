import { isObject, malformed, readStrings } from '../core/auth-response.js';
import { AuthError } from '../core/errors.js';
import { MAX_ACCESS_TOKEN_SECONDS } from '../core/limits.js';
import type { CallOptions, RiffynClient } from './client.js';

/*
 * The calls made with the accessToken once signed in. Functions that take the client rather than
 * its methods: a login page that never renames a key or extends a session never ships them.
 */

/**
 * For calls made after login: the session's accessToken, sent as Riffyn's `access-token` header;
 * `null` in session mode (`createRiffynClient({ session: 'cookie' })`), where the proxy adds it
 * from the cookie.
 */
export interface TokenCallOptions extends CallOptions {
  accessToken: string | null;
}

export interface ApiKeySummary {
  id: string;
  name: string;
  created?: string | undefined;
}

export interface AccessTokenAnswer {
  /** `null` in session mode: the new token went into the cookie. */
  accessToken: string | null;
  accessTokenExpiresAt?: string | undefined;
  serverDate?: number | undefined;
}

type SessionCall = 'listApiKeys' | 'renameApiKey' | 'refreshAccessToken' | 'logout';

const withToken = (
  client: RiffynClient,
  call: SessionCall,
  { accessToken, signal }: TokenCallOptions,
  body?: object,
  param?: string,
) => client.request(call, { headers: accessToken ? { 'access-token': accessToken } : {}, body, param, signal });

const TAKEN_WORDS = /taken|exists|duplicate|unique/i;

export { MAX_ACCESS_TOKEN_SECONDS };

/**
 * An accessToken lifetime in seconds as the API takes it: a whole number from 1 to 21 600, or
 * undefined for the server's default. Anything else (`-60`, `"3600x"`, `1e12`) is `invalid-input`
 * before any request: sent as is, it would end the session at once or never.
 */
export function checkedSeconds(seconds: unknown): number | undefined {
  if (seconds === undefined) return undefined;
  if (Number.isInteger(seconds) && (seconds as number) >= 1 && (seconds as number) <= MAX_ACCESS_TOKEN_SECONDS) {
    return seconds as number;
  }
  throw new AuthError('invalid-input', { detail: 'time' });
}

/** The user's API keys: a bare list, or one under `apiKeys`. */
export async function listApiKeys(client: RiffynClient, options: TokenCallOptions): Promise<ApiKeySummary[]> {
  const { body } = await withToken(client, 'listApiKeys', options);
  const list = isObject(body) ? body.apiKeys : body;
  if (!Array.isArray(list)) throw malformed('apiKeys');
  return list.map((raw) => {
    const id: unknown = isObject(raw) && raw.id;
    if (typeof id !== 'string' && typeof id !== 'number') throw malformed('id');
    const { name, ...key } = readStrings(raw, 'name created', { id: String(id) });
    if (!name) throw malformed('name');
    return { ...key, name };
  });
}

/**
 * Renames the key now called `from` to `to` (Riffyn's "updateApiKey": the key's id comes from
 * `listApiKeys`). When several keys carry that name, the newest: the one a login just made. A
 * name already taken, known beforehand or answered 409, is a `conflict`.
 */
export async function renameApiKey(
  client: RiffynClient,
  { from, to }: { from: string; to: string },
  options: TokenCallOptions,
): Promise<ApiKeySummary> {
  const name = to.trim();
  if (!name) throw new AuthError('invalid-input', { detail: 'name' });
  const keys = await listApiKeys(client, options);
  if (keys.some((key) => key.name === name)) throw new AuthError('conflict', { detail: 'name' });
  const [key, other] = keys
    .filter((candidate) => candidate.name === from)
    .sort((a, b) => Date.parse(b.created ?? '') - Date.parse(a.created ?? ''));
  // Not listed, or several of that name with nothing to tell which is the newest.
  if (!key || (other && !(Date.parse(key.created ?? '') > Date.parse(other.created ?? '')))) {
    throw new AuthError('server', { detail: 'from' });
  }
  try {
    const { body } = await withToken(client, 'renameApiKey', options, { name }, key.id);
    // The server's spelling of the new name when it answers with the key.
    return { ...key, name: readStrings(body, 'name').name ?? name };
  } catch (error) {
    const { kind, status, serverMessage } = error as AuthError;
    // Riffyn says "taken" with 409, or with 400 and words.
    if (kind === 'server' && (status === 409 || (status === 400 && TAKEN_WORDS.test(serverMessage ?? '')))) {
      throw new AuthError('conflict', { status, serverMessage, cause: error });
    }
    throw error;
  }
}

/** A fresh accessToken; `time` in seconds (Riffyn: 30 minutes by default, 6 hours at most; see `checkedSeconds`). */
export async function refreshAccessToken(
  client: RiffynClient,
  { time }: { time?: number | undefined },
  options: TokenCallOptions,
): Promise<AccessTokenAnswer> {
  const { body, serverDate } = await withToken(client, 'refreshAccessToken', options, { time: checkedSeconds(time) });
  const { accessToken, ...answer } = readStrings(body, 'accessToken accessTokenExpiresAt', { serverDate });
  // Session mode's proxy keeps the new token in the cookie and says only when it ends.
  if (client.session === 'cookie' ? !answer.accessTokenExpiresAt : !accessToken) throw malformed('accessToken');
  return { ...answer, accessToken: accessToken ?? null };
}

/** Ends the session on the server: the accessToken stops working at once. */
export async function logout(client: RiffynClient, options: TokenCallOptions): Promise<void> {
  await withToken(client, 'logout', options);
}
