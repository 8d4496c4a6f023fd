import { AuthError } from './errors.js';

export interface Credentials {
  username: string;
  password: string;
}

import { MAX_PASSWORD_LENGTH, MAX_USERNAME_LENGTH } from './limits.js';

export { MAX_PASSWORD_LENGTH, MAX_USERNAME_LENGTH };

// RFC 7617: neither part may hold a control character (C0, DEL, and the C1 range of Unicode).
const CONTROL = /\p{Cc}/u; // C0, DEL and C1: Unicode's Cc is exactly these
// Half of a surrogate pair (half an emoji, from a cut-off paste or a script): no UTF-8 form, so it
// cannot be sent at all.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a username or password cannot be sent, as the key of its message in `LoginFormMessages`. */
export type CredentialProblem =
  | 'usernameRequired'
  | 'usernameHasColon'
  | 'usernameTooLong'
  | 'usernameHasControl'
  | 'usernameHasBrokenCharacter'
  | 'passwordRequired'
  | 'passwordTooLong'
  | 'passwordHasControl'
  | 'passwordHasBrokenCharacter';

/**
 * What is wrong with a value before it may travel in Basic auth; null when nothing is. RFC 7617
 * splits user-id and password at the first ':', so a username with a colon would silently sign in
 * as someone else's prefix. The username is judged as it will be sent (`normalizeUsername`).
 */
export function credentialProblem(field: keyof Credentials, value: string): CredentialProblem | null {
  const text = field === 'username' ? normalizeUsername(value) : value;
  const max = field === 'username' ? MAX_USERNAME_LENGTH : MAX_PASSWORD_LENGTH;
  if (!text) return `${field}Required`;
  if (field === 'username' && text.includes(':')) return 'usernameHasColon';
  if (text.length > max) return `${field}TooLong`;
  if (CONTROL.test(text)) return `${field}HasControl`;
  return LONE_SURROGATE.test(text) ? `${field}HasBrokenCharacter` : null;
}

/**
 * A username as it is sent: without the spaces around it (a paste or a password manager adds
 * them; no Riffyn username has them) and in Unicode NFC, so "Jürgen" typed on a Mac (where "ü"
 * can arrive as "u" plus a combining mark) is the same account as anywhere else. The password is
 * never changed: its bytes are the secret.
 */
export const normalizeUsername = (username: string) => username.trim().normalize('NFC');

/**
 * The credentials as they will be sent (username normalized), or `invalid-input` naming the
 * field at fault and why (never its value).
 */
export function sendableCredentials({ username, password }: Credentials): Credentials {
  for (const [field, value] of [['username', username], ['password', password]] as const) {
    const problem = credentialProblem(field, value);
    if (problem) throw new AuthError('invalid-input', { detail: problem });
  }
  return { username: normalizeUsername(username), password };
}

/**
 * `Authorization` header value for HTTP Basic auth, UTF-8 encoded (RFC 7617 `charset="UTF-8"`).
 * `btoa` alone throws on any character above U+00FF ("✓", "🔑") and mangles Latin-1 ones.
 */
export function basicAuthHeader(credentials: Credentials): string {
  const { username, password } = sendableCredentials(credentials);
  return `Basic ${base64Utf8(`${username}:${password}`)}`;
}

/**
 * UTF-8 bytes as a binary string, then base64: encodeURIComponent writes each UTF-8 byte as %XX
 * and unescape turns each %XX into that byte's character. Not TextEncoder, which some test
 * environments (jest-environment-jsdom) lack.
 */
export function base64Utf8(text: string): string {
  return btoa(unescape(encodeURIComponent(text)));
}
