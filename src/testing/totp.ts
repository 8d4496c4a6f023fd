/**
 * RFC 6238 TOTP and RFC 4648 base32, on WebCrypto (`globalThis.crypto.subtle`) so the same code runs
 * in browsers, Storybook and Node 20 without a `node:` import. Used by the mock Riffyn to check
 * passCodes, and by tests and the demo to produce the code an authenticator app would show.
 */

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export type TotpAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

export interface TotpOptions {
  /** Code length; authenticator apps (and Riffyn) use 6. */
  digits?: number | undefined;
  /** Seconds per code. */
  step?: number | undefined;
  /** HMAC hash; authenticator apps use SHA-1. The others exist for the RFC 6238 test vectors. */
  algorithm?: TotpAlgorithm | undefined;
}

/** RFC 4648 base32 to bytes. Case, spaces, dashes and `=` padding are ignored, as apps print secrets grouped. */
export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  const bytes = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char);
    // Silently skipping a bad character would yield a different secret and codes that never match.
    if (value === -1) throw new TypeError('base32Decode: not a base32 character');
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Bytes to RFC 4648 base32. `padding: false` gives the form otpauth:// URIs and authenticator apps use. */
export function base32Encode(bytes: Uint8Array, { padding = true }: { padding?: boolean | undefined } = {}): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32_ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  if (padding) while (out.length % 8 !== 0) out += '=';
  return out;
}

/** RFC 4226 HOTP over raw key bytes: HMAC, dynamic truncation, modulo 10^digits. */
export async function hotp(
  key: Uint8Array,
  counter: number,
  { digits = 6, algorithm = 'SHA-1' }: Pick<TotpOptions, 'digits' | 'algorithm'> = {},
): Promise<string> {
  const message = new Uint8Array(8);
  // BigInt so counters beyond 2^32 (far-future times in the RFC vectors) are still exact.
  new DataView(message.buffer).setBigUint64(0, BigInt(counter));
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(key), // a copy: WebCrypto's types want a plain ArrayBuffer behind the view
    { name: 'HMAC', hash: algorithm },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, message));
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code an authenticator app shows at `timeMs` for a base32 secret. */
export async function totp(secretBase32: string, timeMs: number, options: TotpOptions = {}): Promise<string> {
  const step = options.step ?? 30;
  return hotp(base32Decode(secretBase32), Math.floor(timeMs / 1000 / step), options);
}

/**
 * Whether `code` is valid at `timeMs`, accepting `window` steps either side: phones and servers
 * drift, and a code typed in the last seconds of its step arrives in the next one.
 */
export async function verifyTotp(
  secretBase32: string,
  code: string,
  timeMs: number,
  window = 1,
  options: TotpOptions = {},
): Promise<boolean> {
  const digits = options.digits ?? 6;
  const step = options.step ?? 30;
  if (code.length !== digits || !/^\d+$/.test(code)) return false;
  const key = base32Decode(secretBase32);
  const counter = Math.floor(timeMs / 1000 / step);
  let matched = false;
  // Check every step in the window (no early return) so timing does not tell which one matched.
  for (let delta = -window; delta <= window; delta++) {
    if (counter + delta < 0) continue;
    const expected = await hotp(key, counter + delta, options);
    if (constantTimeEqual(expected, code)) matched = true;
  }
  return matched;
}

/** An `otpauth://` URI; rendered as a QR code it lets a phone authenticator app add the secret. */
export function otpauthUri(secretBase32: string, account: string, issuer = 'Riffyn mock'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const secret = secretBase32.replace(/[\s=-]/g, '').toUpperCase();
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
