import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { base64Utf8, basicAuthHeader } from '../../src/core/basic-auth.js';
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
    ['a username with a colon', { username: 'ada:lovelace', password: 'x' }, "username contains ':'"],
    ['an empty username', { username: '  ', password: 'x' }, 'username is empty'],
    ['an empty password', { username: 'ada', password: '' }, 'password is empty'],
  ])('refuses %s before any request', (_, credentials, detail) => {
    try {
      basicAuthHeader(credentials);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AuthError);
      expect(error).toMatchObject({ kind: 'invalid-input', detail });
      expect((error as Error).message).not.toContain(credentials.password || '\u0000');
    }
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
