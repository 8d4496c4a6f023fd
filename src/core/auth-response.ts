import { AuthError } from './errors.js';

/** The TOTP authenticator app factor Riffyn documents (Okta + Google Authenticator). */
export const TOTP_FACTOR_TYPE = 'token:software:totp';

/** One MFA factor offered in an MFA_REQUIRED answer; `id` is the factorId for the verify path. */
export interface AuthFactor {
  id: string;
  /** e.g. `token:software:totp`; any other value is shown with a generic label, never rejected. */
  factorType: string;
  provider?: string;
  vendorName?: string;
  profile?: { credentialId?: string };
}

/** A SUCCESS answer of login or verify. */
export interface AuthSuccessResponse {
  status: 'SUCCESS';
  username?: string;
  userId?: string;
  /** Present only the first time a user logs in: the server shows it once. */
  apiKey?: string;
  /** Name of the key (`loginKey` by default); verify answers carry it. */
  apiKeyName?: string;
  /** A sentence about the key, to be rendered as text. */
  message?: string;
  accessToken?: string;
  /** ISO date-time; 30 minutes after the token was made. */
  accessTokenExpiresAt?: string;
}

/** An MFA_REQUIRED answer of login. */
export interface AuthMfaRequiredResponse {
  status: 'MFA_REQUIRED';
  username?: string;
  userId?: string;
  stateToken: string;
  /** ISO date-time at which the stateToken dies. */
  expiresAt?: string;
  factors: AuthFactor[];
}

/** The Riffyn `AuthResponse`, narrowed on `status`. */
export type AuthResponse = AuthSuccessResponse | AuthMfaRequiredResponse;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Field names only: a detail may be logged, so it must never quote a value.
function malformed(detail: string): AuthError {
  return new AuthError('malformed', { detail });
}

function optionalString(body: Json, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw malformed(`${field} is not a string`);
  return value;
}

function requiredString(body: Json, field: string): string {
  const value = optionalString(body, field);
  if (value === undefined || value === '') throw malformed(`${field} is missing`);
  return value;
}

function optionalDate(body: Json, field: string): string | undefined {
  const value = optionalString(body, field);
  if (value !== undefined && Number.isNaN(Date.parse(value))) throw malformed(`${field} is not a date`);
  return value;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function parseFactor(raw: unknown, index: number): AuthFactor {
  if (!isObject(raw)) throw malformed(`factors[${index}] is not an object`);
  const factor: AuthFactor = {
    id: requiredString(raw, 'id'),
    factorType: optionalString(raw, 'factorType') ?? 'unknown',
  };
  assign(factor, 'provider', optionalString(raw, 'provider'));
  assign(factor, 'vendorName', optionalString(raw, 'vendorName'));
  if (isObject(raw.profile)) {
    const credentialId = optionalString(raw.profile, 'credentialId');
    factor.profile = credentialId === undefined ? {} : { credentialId };
  }
  return factor;
}

/**
 * Checks an answer of login or verify against the documented shape and returns it typed.
 * Unknown extra fields are dropped, so nothing unexpected rides along into app state.
 * @throws AuthError of kind `malformed` for anything else (and nothing but AuthError).
 */
export function parseAuthResponse(body: unknown): AuthResponse {
  if (!isObject(body)) throw malformed('answer is not a JSON object');
  const status = body.status;
  const common = { username: optionalString(body, 'username'), userId: optionalString(body, 'userId') };

  if (status === 'SUCCESS') {
    const success: AuthSuccessResponse = { status };
    assign(success, 'username', common.username);
    assign(success, 'userId', common.userId);
    assign(success, 'apiKey', optionalString(body, 'apiKey') || undefined);
    assign(success, 'apiKeyName', optionalString(body, 'apiKeyName'));
    assign(success, 'message', optionalString(body, 'message'));
    assign(success, 'accessToken', optionalString(body, 'accessToken'));
    assign(success, 'accessTokenExpiresAt', optionalDate(body, 'accessTokenExpiresAt'));
    return success;
  }

  if (status === 'MFA_REQUIRED') {
    const stateToken = requiredString(body, 'stateToken');
    if (!Array.isArray(body.factors)) throw malformed('factors is not a list');
    const mfa: AuthMfaRequiredResponse = {
      status,
      stateToken,
      factors: body.factors.map(parseFactor),
    };
    assign(mfa, 'username', common.username);
    assign(mfa, 'userId', common.userId);
    assign(mfa, 'expiresAt', optionalDate(body, 'expiresAt'));
    return mfa;
  }

  throw malformed(typeof status === 'string' ? 'status is not SUCCESS or MFA_REQUIRED' : 'status is missing');
}
