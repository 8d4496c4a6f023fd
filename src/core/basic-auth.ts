import { AuthError } from './errors.js';

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Throws `invalid-input` for what Basic auth cannot carry: RFC 7617 splits user-id and password at
 * the first ':', so a username with a colon would silently authenticate as someone else's prefix.
 */
export function assertSendableCredentials({ username, password }: Credentials): void {
  if (username.trim() === '') throw new AuthError('invalid-input', { detail: 'username is empty' });
  if (username.includes(':')) throw new AuthError('invalid-input', { detail: "username contains ':'" });
  if (password === '') throw new AuthError('invalid-input', { detail: 'password is empty' });
}

/**
 * `Authorization` header value for HTTP Basic auth, UTF-8 encoded (RFC 7617 `charset="UTF-8"`).
 * `btoa` alone throws on any character above U+00FF ("✓", "🔑") and mangles Latin-1 ones.
 */
export function basicAuthHeader(credentials: Credentials): string {
  assertSendableCredentials(credentials);
  return `Basic ${base64Utf8(`${credentials.username}:${credentials.password}`)}`;
}

/**
 * UTF-8 bytes as a binary string, then base64: encodeURIComponent writes each UTF-8 byte as %XX
 * and unescape turns each %XX into that byte's character. Not TextEncoder, which some test
 * environments (jest-environment-jsdom) lack.
 */
export function base64Utf8(text: string): string {
  return btoa(unescape(encodeURIComponent(text)));
}
