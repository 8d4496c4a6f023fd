import { AuthError } from './errors.js';

/** The TOTP authenticator app factor Riffyn documents (Okta + Google Authenticator). */
export const TOTP_FACTOR_TYPE = 'token:software:totp';

/** One MFA factor offered in an MFA_REQUIRED answer; `id` is the factorId for the verify path. */
export interface AuthFactor {
  id: string;
  /** e.g. `token:software:totp`; any other value is shown with a generic label, never rejected. */
  factorType: string;
  provider?: string | undefined;
  vendorName?: string | undefined;
  profile?: { credentialId?: string | undefined } | undefined;
}

/** A SUCCESS answer of login or verify. */
export interface AuthSuccessResponse {
  status: 'SUCCESS';
  username?: string | undefined;
  userId?: string | undefined;
  /** Present only the first time a user logs in: the server shows it once. */
  apiKey?: string | undefined;
  /** Name of the key (`loginKey` by default); verify answers carry it. */
  apiKeyName?: string | undefined;
  /** A sentence about the key, to be rendered as text. */
  message?: string | undefined;
  accessToken?: string | undefined;
  /** ISO date-time; 30 minutes after the token was made. */
  accessTokenExpiresAt?: string | undefined;
}

/** An MFA_REQUIRED answer of login. */
export interface AuthMfaRequiredResponse {
  status: 'MFA_REQUIRED';
  username?: string | undefined;
  userId?: string | undefined;
  stateToken: string;
  /** ISO date-time at which the stateToken dies. */
  expiresAt?: string | undefined;
  factors: AuthFactor[];
}

/** The Riffyn `AuthResponse`, narrowed on `status`. */
export type AuthResponse = AuthSuccessResponse | AuthMfaRequiredResponse;

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The detail is the field's name only: a detail may be logged, so it must never quote a value.
export const malformed = (field: string) => new AuthError('malformed', { detail: field });

/**
 * Copies the fields named in `names` (space-separated) from `raw` into `into`: each must be absent,
 * null or a string, and those ending in `xpiresAt` a date. An empty string counts as absent (an
 * empty apiKey means no key), and so does every field of a `raw` that is not an object. The one
 * field checker for every answer the client reads.
 */
export function readStrings(raw: unknown, names: string, into: Json = {}): Json {
  for (const name of names.split(' ')) {
    const value = isObject(raw) ? raw[name] : null;
    if (value == null || value === '') continue;
    if (typeof value !== 'string' || (name.endsWith('xpiresAt') && isNaN(Date.parse(value)))) throw malformed(name);
    into[name] = value;
  }
  return into;
}

function parseFactor(raw: unknown): AuthFactor {
  if (!isObject(raw)) throw malformed('factors');
  const factor = readStrings(raw, 'id factorType provider vendorName', { factorType: 'unknown' });
  if (!factor.id) throw malformed('id');
  if (isObject(raw.profile)) factor.profile = readStrings(raw.profile, 'credentialId');
  return factor as unknown as AuthFactor;
}

/**
 * Checks an answer of login or verify against the documented shape and returns it typed.
 * Unknown extra fields are dropped, so nothing unexpected rides along into app state.
 * @throws AuthError of kind `malformed` for anything else (and nothing but AuthError).
 */
export function parseAuthResponse(body: unknown): AuthResponse {
  if (!isObject(body)) throw malformed('answer');
  const { status } = body;
  if (status === 'SUCCESS') {
    return readStrings(body, 'username userId apiKey apiKeyName message accessToken accessTokenExpiresAt', {
      status,
    }) as unknown as AuthSuccessResponse;
  }
  if (status !== 'MFA_REQUIRED') throw malformed('status');
  const mfa = readStrings(body, 'username userId stateToken expiresAt', { status });
  if (!mfa.stateToken) throw malformed('stateToken');
  if (!Array.isArray(body.factors)) throw malformed('factors');
  mfa.factors = body.factors.map(parseFactor);
  return mfa as unknown as AuthMfaRequiredResponse;
}
