import { AuthError, type AuthErrorKind } from './errors.js';
import { isSafeId } from './limits.js';
import { parseServerTime } from './server-time.js';

/** The TOTP authenticator app factor Riffyn documents (Okta + Google Authenticator). */
export const TOTP_FACTOR_TYPE = 'token:software:totp';

/**
 * Whether a sign-in can complete this factor: its device shows a code the user types. That is
 * Okta's `token` family (`token`, `token:software:totp`, `token:hardware`, and any `token:…` the
 * kit does not know yet, whose codes are then taken at 6-10 digits). Push, SMS, call, e-mail and
 * other unknown types need the server to send something or wait for an answer first, which
 * Riffyn's API does not offer.
 */
export function takesTypedCode(factor: Pick<AuthFactor, 'factorType'>): boolean {
  return /^token(:|$)/.test(factor.factorType.trim().toLowerCase());
}

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
 * null or a string. An empty string counts as absent (an empty apiKey means no key), and so does
 * every field of a `raw` that is not an object, and a time (`…xpiresAt`) that is not an ISO
 * date-time: a garbled expiry must not throw away an answer that carries the one-time key (the
 * kit then assumes the documented lifetime). The one field checker for every answer the client reads.
 */
export function readStrings<Names extends string, Into extends object = object>(
  raw: unknown,
  names: Names,
  into: Into = {} as Into,
): Into & { [Name in Words<Names>]?: string | undefined } {
  const fields: Json = into as Json;
  for (const name of names.split(' ')) {
    const value = isObject(raw) ? raw[name] : null;
    if (value == null || value === '') continue;
    if (typeof value !== 'string') throw malformed(name);
    if (!name.endsWith('xpiresAt') || parseServerTime(value) !== null) fields[name] = value;
  }
  return fields as Into & { [Name in Words<Names>]?: string | undefined };
}

/** The words of a space-separated list, as a union: `Words<'a b'>` is `'a' | 'b'`. */
type Words<List extends string> = List extends `${infer Word} ${infer Rest}` ? Word | Words<Rest> : List;


/** The server's own sentence, if it sent one as JSON; an HTML page's text is never shown. */
export function serverText(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const text = [body.error, body.message, body.errorSummary].find((value) => typeof value === 'string' && value.trim());
  return (text as string | undefined)?.trim().slice(0, 500);
}

/**
 * Okta statuses Riffyn may pass on that the user can act on, but not here: they sign in to Riffyn
 * itself to unlock, change the password or enrol a factor.
 */
const ELSEWHERE: Record<string, AuthErrorKind> = {
  LOCKED_OUT: 'locked-out',
  PASSWORD_EXPIRED: 'password-expired',
  PASSWORD_RESET: 'password-expired',
  MFA_ENROLL: 'mfa-enroll',
  MFA_ENROLL_ACTIVATE: 'mfa-enroll',
};

function parseFactor(raw: unknown): AuthFactor {
  if (!isObject(raw)) throw malformed('factors');
  const { id, ...fields } = readStrings(raw, 'id factorType provider vendorName', { factorType: 'unknown' });
  if (!isSafeId(id)) throw malformed('id');
  const factor: AuthFactor = { ...fields, id };
  if (isObject(raw.profile)) factor.profile = readStrings(raw.profile, 'credentialId');
  return factor;
}

/**
 * Checks an answer of login or verify against the documented shape and returns it typed.
 * Unknown extra fields are dropped, so nothing unexpected rides along into app state. The status
 * is read whatever its case (`success`).
 * @throws AuthError (and nothing else): `locked-out`, `password-expired` or `mfa-enroll` for the
 * Okta statuses that mean so; `malformed` for anything else, with an unknown status's value in
 * `received` when it looks like one.
 */
export function parseAuthResponse(body: unknown): AuthResponse {
  if (!isObject(body)) throw malformed('answer');
  const status = typeof body.status === 'string' ? body.status.trim().toUpperCase() : body.status;
  if (typeof status === 'string' && Object.hasOwn(ELSEWHERE, status)) {
    throw new AuthError(ELSEWHERE[status]!, { detail: status, serverMessage: serverText(body) });
  }
  if (status === 'SUCCESS') {
    return readStrings(body, 'username userId apiKey apiKeyName message accessToken accessTokenExpiresAt', { status });
  }
  if (status !== 'MFA_REQUIRED') {
    const received = typeof status === 'string' && /^[A-Z][A-Z_]{0,39}$/.test(status) ? status : undefined;
    throw new AuthError('malformed', { detail: 'status', received, serverMessage: serverText(body) });
  }
  const { stateToken, ...mfa } = readStrings(body, 'username userId stateToken expiresAt', { status: 'MFA_REQUIRED' as const });
  if (!stateToken) throw malformed('stateToken');
  if (!Array.isArray(body.factors)) throw malformed('factors');
  return { ...mfa, stateToken, factors: body.factors.map(parseFactor) };
}
