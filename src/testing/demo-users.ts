/**
 * The accounts the mock Riffyn knows. Real-looking users need their password; "trigger" users
 * accept any password and exist to make one failure happen on demand, so anyone can try the kit's
 * error handling from a login form without touching code.
 */
import type { ApiKeySummary } from '../api/session-calls.js';
import type { AuthFactor } from '../core/auth-response.js';
import { pushFactor, totpFactor, unknownFactor } from './fixtures.js';

/** Base32 TOTP secret of every MFA demo user (ASCII "riffyn-mock-totp-key"); add it to any authenticator app. */
export const DEMO_TOTP_SECRET = 'OJUWMZTZNYWW233DNMWXI33UOAWWWZLZ';
/** Password of the ordinary demo users. */
export const DEMO_PASSWORD = 'demo-password';
/** Password of `unicode-user`: Latin-1, a BMP symbol and an astral emoji, so Basic auth must be UTF-8. */
export const UNICODE_PASSWORD = 'pässwörd✓ 🔑';
/** The passCode the mock accepts for any factor that is not TOTP (push, unknown types). */
export const NON_TOTP_PASSCODE = '123456';
/** How long `short-mfa-user`'s stateToken lives, so expiry can be seen without waiting 5 minutes. */
export const SHORT_STATE_TOKEN_TTL_MS = 3_000;

/**
 * How long `short-session-user`'s accessToken lives: the session warning (2 minutes ahead by
 * default) opens about 30 s after signing in, instead of after 28 minutes.
 */
export const SHORT_ACCESS_TOKEN_TTL_MS = 150_000;

/** What a login of this user answers. */
export type DemoLoginOutcome =
  | 'success'
  | 'mfa'
  | 'rate-limited'
  | 'rate-limited-date'
  | 'bad-gateway'
  | 'server-error'
  | 'truncated-json'
  | 'unknown-status';

export interface DemoUser {
  username: string;
  /** `null`: any password is accepted (trigger users). */
  password: string | null;
  userId: string;
  login: DemoLoginOutcome;
  /** One line for docs and the demo server's console. */
  shows: string;
  /** MFA users: the factors offered. TOTP ones are checked against `totpSecret`. */
  factors?: AuthFactor[] | undefined;
  totpSecret?: string | undefined;
  /** Overrides the mock's `stateTokenTtlMs` for this user. */
  stateTokenTtlMs?: number | undefined;
  /** Overrides the mock's `accessTokenTtlMs` for this user's sign-ins (an extension asks its own time). */
  accessTokenTtlMs?: number | undefined;
  /** Keys the user has before any login (then no login hands out a new one). */
  existingKeys?: ApiKeySummary[] | undefined;
}

const totp = (username: string) =>
  totpFactor({ id: `uft-${username}`, profile: { credentialId: `${username}@example.com` } });

export const demoUsers: readonly DemoUser[] = [
  {
    username: 'new-user',
    password: DEMO_PASSWORD,
    userId: 'usr_demo_new',
    login: 'success',
    shows: 'SUCCESS; an apiKey on the first login (per mock instance), none afterwards',
  },
  {
    username: 'key-holder',
    password: DEMO_PASSWORD,
    userId: 'usr_demo_keyholder',
    login: 'success',
    shows: 'SUCCESS without apiKey (already has "loginKey" and "ci-pipeline")',
    existingKeys: [
      { id: 'key_demo_login', name: 'loginKey', created: '2024-05-14T09:30:00.000Z' },
      { id: 'key_demo_ci', name: 'ci-pipeline', created: '2024-02-01T12:00:00.000Z' },
    ],
  },
  {
    username: 'mfa-user',
    password: DEMO_PASSWORD,
    userId: 'usr_demo_mfa',
    login: 'mfa',
    shows: 'MFA_REQUIRED with one TOTP factor (DEMO_TOTP_SECRET); apiKey on first verify',
    factors: [totp('mfa-user')],
    totpSecret: DEMO_TOTP_SECRET,
  },
  {
    username: 'multi-factor-user',
    password: DEMO_PASSWORD,
    userId: 'usr_demo_multi',
    login: 'mfa',
    shows: `MFA_REQUIRED with TOTP, Okta Verify push and an unknown type (non-TOTP code: ${NON_TOTP_PASSCODE})`,
    factors: [
      totp('multi-factor-user'),
      pushFactor({ id: 'opf-multi-factor-user', profile: { credentialId: 'multi-factor-user@example.com' } }),
      unknownFactor({ id: 'unk-multi-factor-user' }),
    ],
    totpSecret: DEMO_TOTP_SECRET,
  },
  {
    username: 'unicode-user',
    password: UNICODE_PASSWORD,
    userId: 'usr_demo_unicode',
    login: 'success',
    shows: 'SUCCESS with apiKey on first login; only if Basic auth is UTF-8 encoded',
  },
  {
    username: 'short-mfa-user',
    password: null,
    userId: 'usr_demo_short_mfa',
    login: 'mfa',
    shows: `MFA_REQUIRED (TOTP) whose stateToken dies after ${SHORT_STATE_TOKEN_TTL_MS / 1000} s`,
    factors: [totp('short-mfa-user')],
    totpSecret: DEMO_TOTP_SECRET,
    stateTokenTtlMs: SHORT_STATE_TOKEN_TTL_MS,
  },
  {
    username: 'short-session-user',
    password: DEMO_PASSWORD,
    userId: 'usr_demo_short_session',
    login: 'success',
    shows: `SUCCESS without apiKey; the accessToken ends after ${SHORT_ACCESS_TOKEN_TTL_MS / 1000} s, so the session warning opens about 30 s in`,
    accessTokenTtlMs: SHORT_ACCESS_TOKEN_TTL_MS,
    existingKeys: [{ id: 'key_demo_short_session', name: 'loginKey', created: '2024-05-14T09:30:00.000Z' }],
  },
  {
    username: 'no-factor-user',
    password: null,
    userId: 'usr_demo_no_factor',
    login: 'mfa',
    shows: 'MFA_REQUIRED with an empty factor list',
    factors: [],
  },
  { username: 'rate-limited', password: null, userId: 'usr_t1', login: 'rate-limited', shows: '429 with Retry-After: 30' },
  {
    username: 'rate-limited-date',
    password: null,
    userId: 'usr_t2',
    login: 'rate-limited-date',
    shows: '429 with Retry-After as an HTTP date 2 minutes ahead',
  },
  { username: 'bad-gateway', password: null, userId: 'usr_t3', login: 'bad-gateway', shows: '502 with an HTML page' },
  { username: 'server-error', password: null, userId: 'usr_t4', login: 'server-error', shows: '500 with a JSON error' },
  { username: 'truncated-json', password: null, userId: 'usr_t5', login: 'truncated-json', shows: '200 with cut-off JSON' },
  {
    username: 'unknown-status',
    password: null,
    userId: 'usr_t6',
    login: 'unknown-status',
    shows: '200 with status "PASSWORD_WARN"',
  },
];
