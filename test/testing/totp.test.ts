// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, otpauthUri, totp, verifyTotp } from '../../src/testing/totp.js';

const ascii = (text: string) => new TextEncoder().encode(text);

// RFC 6238 appendix B: the seeds are ASCII strings, of the length each hash needs.
const SEEDS = {
  'SHA-1': base32Encode(ascii('12345678901234567890')),
  'SHA-256': base32Encode(ascii('12345678901234567890123456789012')),
  'SHA-512': base32Encode(ascii('1234567890123456789012345678901234567890123456789012345678901234')),
} as const;

const VECTORS: Array<[seconds: number, sha1: string, sha256: string, sha512: string]> = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('totp (RFC 6238 appendix B)', () => {
  it.each(VECTORS)('T=%i s', async (seconds, sha1, sha256, sha512) => {
    const timeMs = seconds * 1000;
    expect(await totp(SEEDS['SHA-1'], timeMs, { digits: 8 })).toBe(sha1);
    expect(await totp(SEEDS['SHA-256'], timeMs, { digits: 8, algorithm: 'SHA-256' })).toBe(sha256);
    expect(await totp(SEEDS['SHA-512'], timeMs, { digits: 8, algorithm: 'SHA-512' })).toBe(sha512);
  });

  it('gives the last 6 digits by default, as authenticator apps do', async () => {
    expect(await totp(SEEDS['SHA-1'], 59_000)).toBe('287082');
    expect(await totp(SEEDS['SHA-1'], 1111111109_000)).toBe('081804'); // leading zero kept
  });

  it('keeps one code for a whole 30 s step', async () => {
    expect(await totp(SEEDS['SHA-1'], 30_000)).toBe(await totp(SEEDS['SHA-1'], 59_999));
    expect(await totp(SEEDS['SHA-1'], 59_999)).not.toBe(await totp(SEEDS['SHA-1'], 60_000));
  });
});

describe('hotp (RFC 4226 appendix D)', () => {
  it('matches the published values', async () => {
    const key = ascii('12345678901234567890');
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    const actual = await Promise.all(expected.map((_, counter) => hotp(key, counter)));
    expect(actual).toEqual(expected);
  });
});

describe('verifyTotp', () => {
  const secret = SEEDS['SHA-1'];
  const t = 1234567890_000;

  it('accepts the current code and one step either side', async () => {
    for (const delta of [-30_000, 0, 30_000]) {
      expect(await verifyTotp(secret, await totp(secret, t + delta), t)).toBe(true);
    }
  });

  it('rejects codes two steps away, or with a window of 0 one step away', async () => {
    expect(await verifyTotp(secret, await totp(secret, t - 60_000), t)).toBe(false);
    expect(await verifyTotp(secret, await totp(secret, t + 60_000), t)).toBe(false);
    expect(await verifyTotp(secret, await totp(secret, t + 30_000), t, 0)).toBe(false);
  });

  it('rejects wrong length and non-digits', async () => {
    const code = await totp(secret, t);
    expect(await verifyTotp(secret, `${code}0`, t)).toBe(false);
    expect(await verifyTotp(secret, code.slice(1), t)).toBe(false);
    expect(await verifyTotp(secret, 'abcdef', t)).toBe(false);
    expect(await verifyTotp(secret, ' 12345', t)).toBe(false);
  });
});

describe('base32 (RFC 4648 §10)', () => {
  const cases: Array<[string, string]> = [
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ];

  it.each(cases)('%j <-> %s', (plain, encoded) => {
    expect(base32Encode(ascii(plain))).toBe(encoded);
    expect(new TextDecoder().decode(base32Decode(encoded))).toBe(plain);
  });

  it('encodes without padding on request and decodes what apps print', () => {
    expect(base32Encode(ascii('foobar'), { padding: false })).toBe('MZXW6YTBOI');
    expect(new TextDecoder().decode(base32Decode('mzxw 6ytb-oi'))).toBe('foobar');
  });

  it('throws on a character outside the alphabet instead of using a different secret', () => {
    expect(() => base32Decode('MZXW1')).toThrow(TypeError);
    expect(() => base32Decode('MZXW8')).toThrow(TypeError);
  });

  it('round-trips random bytes', () => {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(37));
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
  });
});

describe('otpauthUri', () => {
  it('carries the unpadded secret, issuer and account', () => {
    expect(otpauthUri('MZXW6YTBOI======', 'mfa-user')).toBe(
      'otpauth://totp/Riffyn%20mock:mfa-user?secret=MZXW6YTBOI&issuer=Riffyn%20mock&algorithm=SHA1&digits=6&period=30',
    );
  });
});
