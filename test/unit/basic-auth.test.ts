import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { base64Utf8, basicAuthHeader, sendableCredentials } from '../../src/core/basic-auth.js';
import { AuthError } from '../../src/core/errors.js';

const decode = (header: string) => new TextDecoder().decode(Uint8Array.from(atob(header.slice(6)), (c) => c.charCodeAt(0)));

describe('basicAuthHeader', () => {
  it('encodes ASCII like btoa', () => {
    expect(basicAuthHeader({ username: 'Aladdin', password: 'open sesame' })).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });

  it('encodes a non-ASCII password as UTF-8 (btoa alone throws on it)', () => {
    const password = 'pässwörd✓ 🔑';
    expect(() => btoa(`ada:${password}`)).toThrow();
    const header = basicAuthHeader({ username: 'jürgen', password });
    expect(header).toBe(`Basic ${Buffer.from(`jürgen:${password}`, 'utf8').toString('base64')}`);
    expect(decode(header)).toBe(`jürgen:${password}`);
  });

  it('keeps spaces and colons in the password as typed', () => {
    expect(decode(basicAuthHeader({ username: 'ada', password: ' a:b ' }))).toBe('ada: a:b ');
  });

  it.each([
    ['a username with a colon', { username: 'ada:lovelace', password: 'x' }, 'usernameHasColon'],
    ['an empty username', { username: '  ', password: 'x' }, 'usernameRequired'],
    ['an empty password', { username: 'ada', password: '' }, 'passwordRequired'],
    ['a 1 MB password (a 1.4 MB header no server takes)', { username: 'ada', password: 'p'.repeat(1 << 20) }, 'passwordTooLong'],
    ['a password of 1025 characters', { username: 'ada', password: 'p'.repeat(1025) }, 'passwordTooLong'],
    ['a username of 257 characters', { username: 'a'.repeat(257), password: 'x' }, 'usernameTooLong'],
    ['a control character in the password (RFC 7617)', { username: 'ada', password: 'se\ncret' }, 'passwordHasControl'],
    ['DEL in the username', { username: 'ad\u007fa', password: 'x' }, 'usernameHasControl'],
    ['a C1 control in the password', { username: 'ada', password: 'se\u0085cret' }, 'passwordHasControl'],
    ['half an emoji at the end of the password (a lone high surrogate)', { username: 'ada', password: 'key\ud83d' }, 'passwordHasBrokenCharacter'],
    ['a lone low surrogate in the password', { username: 'ada', password: '\ude00key' }, 'passwordHasBrokenCharacter'],
    ['a lone surrogate in the username', { username: 'a\ud800da', password: 'x' }, 'usernameHasBrokenCharacter'],
  ])('refuses %s before any request', (_, credentials, detail) => {
    try {
      basicAuthHeader(credentials);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AuthError);
      expect(error).toMatchObject({ kind: 'invalid-input', detail });
      expect((error as Error).message).not.toContain(credentials.password.slice(0, 8) || '\u0000');
    }
  });

  it('takes the longest allowed values', () => {
    expect(() => basicAuthHeader({ username: 'a'.repeat(256), password: 'p'.repeat(1024) })).not.toThrow();
  });

  it('sends the username trimmed and in NFC, the password exactly as typed', () => {
    const decomposed = 'Ju\u0308rgen'; // "Jürgen" as a Mac keyboard may produce it
    const password = ` Pa\u0308ss `;
    expect(decode(basicAuthHeader({ username: ` ${decomposed}\t`, password }))).toBe(`J\u00fcrgen:${password}`);
    expect(sendableCredentials({ username: ` ${decomposed} `, password })).toEqual({ username: 'Jürgen', password });
  });

  it('base64Utf8 matches Node for any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(base64Utf8(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
      }),
    );
  });

  it('needs no TextEncoder (jest-environment-jsdom has none)', () => {
    vi.stubGlobal('TextEncoder', undefined);
    try {
      expect(base64Utf8('jürgen:pässwörd✓ 🔑')).toBe(Buffer.from('jürgen:pässwörd✓ 🔑', 'utf8').toString('base64'));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('base64Utf8 matches Node for every byte width', () => {
    for (const text of ['a', 'é', '€', '𝄞', 'mixed é € 𝄞 text']) {
      expect(base64Utf8(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
    }
  });
});
