/*
 * The Riffyn API's limits and lifetimes, in one place: the client checks input against them
 * before any request, the machine bounds the times it believes, the proxy and the mock server
 * refuse what the real server would, and the components size their fields from them.
 */

/** Longest username the kit sends; Okta, under Riffyn, allows 100. */
export const MAX_USERNAME_LENGTH = 256;
/**
 * Longest password the kit sends. Far above any real one, and low enough that the Basic header
 * (UTF-8, then base64) stays under the 8 KB most servers and proxies accept.
 */
export const MAX_PASSWORD_LENGTH = 1024;

/** Riffyn's authenticator codes (TOTP through Okta) have 6 digits. */
export const PASSCODE_LENGTH = 6;
/** The longest code the client sends (RSA SecurID and other hardware tokens can show 8). */
export const MAX_PASSCODE_LENGTH = 10;
/** A code the verify call may carry: 6 to 10 ASCII digits. */
export const isSendablePassCode = (code: string): boolean =>
  code.length >= PASSCODE_LENGTH && code.length <= MAX_PASSCODE_LENGTH && /^\d+$/.test(code);

/** The longest API key name the rename form accepts. */
export const API_KEY_NAME_MAX_LENGTH = 100;

/** Riffyn's accessToken lives 30 minutes; used when an answer has no `accessTokenExpiresAt`. */
export const ACCESS_TOKEN_LIFETIME_MS = 30 * 60 * 1000;
/** `POST /v1/auth/access-token` makes tokens for at most 6 hours. */
export const MAX_ACCESS_TOKEN_SECONDS = 6 * 60 * 60;
/** The longest an accessToken may live, as the machine believes an expiry. */
export const MAX_ACCESS_TOKEN_MS = MAX_ACCESS_TOKEN_SECONDS * 1000;
/** The longest an MFA stateToken is believed to live (Okta's default is 5 minutes). */
export const MAX_STATE_TOKEN_MS = 60 * 60 * 1000;

/** How long the client and the proxy wait for Riffyn's answer by default. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * An id the kit puts in a request path (`{factorId}`, `{id}`): unreserved URL characters only (so
 * nothing to encode, no `/`, `%` or `\`), not starting with a dot (no `.` or `..` segment), at most
 * 128. The client refuses any other before a request and the proxy answers 404 to it: one rule,
 * so nothing the client sends is refused on the way.
 */
export const isSafeId = (id: unknown): id is string => typeof id === 'string' && /^(?!\.)[\w.~-]{1,128}$/.test(id);
