/**
 * One named fixture per answer in the Riffyn auth API notes (riffyn-auth-api.md), as the wire
 * carries them. The mock Riffyn builds its answers from these too, so stories, unit tests and the
 * demo server can never disagree about a shape. Answers with times are functions of a clock
 * (`now`, epoch ms) so expiry can be tested; values are fixed and obviously fake unless overridden.
 */
import type { ApiKeySummary } from '../api/session-calls.js';
import type { AuthFactor, AuthMfaRequiredResponse, AuthSuccessResponse } from '../core/auth-response.js';
import { TOTP_FACTOR_TYPE } from '../core/auth-response.js';

/** The sentence Riffyn sends with a freshly made key. */
export const API_KEY_MESSAGE = 'This Api key is displayed only once, please save it and store securely';
/** Riffyn's default name for the key a first login makes. */
export const LOGIN_KEY_NAME = 'loginKey';
/** An accessToken lives 30 minutes unless asked otherwise. */
export const ACCESS_TOKEN_TTL_MS = 30 * 60 * 1000;
/** `POST /v1/auth/access-token` accepts at most 6 hours (the kit refuses more before sending). */
export { MAX_ACCESS_TOKEN_SECONDS } from '../api/session-calls.js';

export interface FixtureOptions {
  /** The clock, epoch ms; defaults to `Date.now()`. */
  now?: number | undefined;
  username?: string | undefined;
  userId?: string | undefined;
}

export interface SuccessFixtureOptions extends FixtureOptions {
  apiKey?: string | undefined;
  accessToken?: string | undefined;
  accessTokenTtlMs?: number | undefined;
}

export interface MfaFixtureOptions extends FixtureOptions {
  /** How long the stateToken lives; Okta's default transaction is 5 minutes. */
  ttlMs?: number | undefined;
  stateToken?: string | undefined;
  factors?: AuthFactor[] | undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();
const who = ({ username = 'ada.lovelace', userId = 'usr_fixture_0001' }: FixtureOptions) => ({ username, userId });

function session(options: SuccessFixtureOptions) {
  const now = options.now ?? Date.now();
  return {
    accessToken: options.accessToken ?? 'fixture-access-token-not-a-secret',
    accessTokenExpiresAt: iso(now + (options.accessTokenTtlMs ?? ACCESS_TOKEN_TTL_MS)),
  };
}

// ---- factors -------------------------------------------------------------------------------

/** The one documented factor: Google Authenticator through Okta. */
export function totpFactor(overrides: Partial<AuthFactor> = {}): AuthFactor {
  return {
    id: 'uft-fixture-totp',
    factorType: TOTP_FACTOR_TYPE,
    provider: 'GOOGLE',
    vendorName: 'GOOGLE',
    profile: { credentialId: 'ada.lovelace@example.com' },
    ...overrides,
  };
}

/** Okta Verify push: real in Okta, not documented by Riffyn; the kit must still render it. */
export function pushFactor(overrides: Partial<AuthFactor> = {}): AuthFactor {
  return {
    id: 'opf-fixture-push',
    factorType: 'push',
    provider: 'OKTA',
    vendorName: 'OKTA',
    profile: { credentialId: 'ada.lovelace@example.com' },
    ...overrides,
  };
}

/** A type no version of the kit knows, to prove the fallback label instead of a crash. */
export function unknownFactor(overrides: Partial<AuthFactor> = {}): AuthFactor {
  return { id: 'unk-fixture-1', factorType: 'x-future:hologram', provider: 'ACME', ...overrides };
}

// ---- login and verify ----------------------------------------------------------------------

/** First login of a password-only user: the key is shown this once. */
export function loginSuccessWithApiKey(options: SuccessFixtureOptions = {}): AuthSuccessResponse {
  return {
    ...who(options),
    status: 'SUCCESS',
    apiKey: options.apiKey ?? 'fixture-api-key-not-a-secret',
    message: API_KEY_MESSAGE,
    ...session(options),
  };
}

/** Any later login: the user already has a key, so none is sent. */
export function loginSuccessWithoutApiKey(options: SuccessFixtureOptions = {}): AuthSuccessResponse {
  return { ...who(options), status: 'SUCCESS', ...session(options) };
}

/** MFA_REQUIRED; one TOTP factor unless `factors` says otherwise. */
export function mfaRequired(options: MfaFixtureOptions = {}): AuthMfaRequiredResponse {
  const now = options.now ?? Date.now();
  return {
    ...who(options),
    status: 'MFA_REQUIRED',
    stateToken: options.stateToken ?? 'fixture-state-token-not-a-secret',
    expiresAt: iso(now + (options.ttlMs ?? 5 * 60 * 1000)),
    factors: options.factors ?? [totpFactor()],
  };
}

/** MFA_REQUIRED offering TOTP, Okta Verify push and a type the kit does not know. */
export function mfaRequiredSeveralFactors(options: Omit<MfaFixtureOptions, 'factors'> = {}): AuthMfaRequiredResponse {
  return mfaRequired({ ...options, factors: [totpFactor(), pushFactor(), unknownFactor()] });
}

/** MFA_REQUIRED with nothing to verify with (kit: `no-mfa-factor`). */
export function mfaRequiredNoFactors(options: Omit<MfaFixtureOptions, 'factors'> = {}): AuthMfaRequiredResponse {
  return mfaRequired({ ...options, factors: [] });
}

/** A verify SUCCESS; it names the key, unlike a login SUCCESS. */
export function verifySuccess(options: SuccessFixtureOptions & { apiKeyName?: string | undefined } = {}): AuthSuccessResponse {
  return { ...loginSuccessWithApiKey(options), apiKeyName: options.apiKeyName ?? LOGIN_KEY_NAME };
}

/** A verify SUCCESS for a user who already has a key. */
export function verifySuccessWithoutApiKey(options: SuccessFixtureOptions = {}): AuthSuccessResponse {
  return loginSuccessWithoutApiKey(options);
}

// ---- keys and tokens -----------------------------------------------------------------------

/** `GET /v1/auth/api-keys`: id, name, created; never the secret. */
export function apiKeyList(keys?: ApiKeySummary[]): ApiKeySummary[] {
  return (
    keys ?? [
      { id: 'key_fixture_1', name: LOGIN_KEY_NAME, created: '2024-05-14T09:30:00.000Z' },
      { id: 'key_fixture_2', name: 'ci-pipeline', created: '2024-02-01T12:00:00.000Z' },
    ]
  );
}

/** `PATCH /v1/auth/api-key/{id}`: the key as it now is. */
export function renameAnswer(key: Partial<ApiKeySummary> = {}): ApiKeySummary {
  return { id: 'key_fixture_1', name: 'my-laptop', created: '2024-05-14T09:30:00.000Z', ...key };
}

/** `POST /v1/auth/access-token`; `time` in seconds as sent in the request. */
export function accessTokenAnswer(options: { now?: number | undefined; time?: number | undefined; accessToken?: string | undefined } = {}) {
  const now = options.now ?? Date.now();
  return {
    accessToken: options.accessToken ?? 'fixture-access-token-2-not-a-secret',
    accessTokenExpiresAt: iso(now + (options.time === undefined ? ACCESS_TOKEN_TTL_MS : options.time * 1000)),
  };
}

/** `POST /v1/logout`. */
export const logoutAnswer = { message: 'Logged out.' } as const;

// ---- failures ------------------------------------------------------------------------------

/** 401 on login. */
export const invalidCredentialsError = { error: 'Invalid username or password.' } as const;
/** 401 on verify with a wrong code. */
export const invalidPasscodeError = { error: 'Invalid passcode.' } as const;
/** 401 on verify once the stateToken is gone; the words "expired"/"stateToken" are what the client keys on. */
export const stateTokenExpiredError = { error: 'The stateToken has expired. Please sign in again.' } as const;
/** 401 on a key call without a live accessToken. */
export const invalidAccessTokenError = { error: 'Invalid or expired access token.' } as const;
/** 409 on rename. */
export const apiKeyNameTakenError = { error: 'An API key with that name already exists.' } as const;
/** 429 body; the wait itself travels in `Retry-After`. */
export const rateLimitedError = { error: 'Too many requests. Please try again later.' } as const;
/** 500 body. */
export const internalServerError = { error: 'Internal server error.' } as const;

/** What a load balancer sends for a 502: HTML, not JSON. The kit must not render it. */
export const badGatewayHtml = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
`;

/** A 200 whose JSON was cut off mid-way (a proxy timeout, a dropped connection). */
export const truncatedJson = '{"username":"ada.lovelace","userId":"usr_fixture_0001","status":"SUCC';

/** A 200 with a status the API does not document (Okta has several; Riffyn passes none on). */
export function unknownStatus(options: FixtureOptions = {}) {
  return { ...who(options), status: 'PASSWORD_WARN' };
}
