import { describe, expect, it } from 'vitest';
import { parseAuthResponse } from '../../src/core/auth-response.js';
import { AuthError } from '../../src/core/errors.js';

// Shapes from ../shared/riffyn-auth-api.md (camelCase on the wire).
const success = {
  username: 'ada',
  userId: 'u-1',
  status: 'SUCCESS',
  apiKey: 'rk_live_abc',
  message: 'This Api key is displayed only once, please save it and store securely',
  accessToken: 'at-1',
  accessTokenExpiresAt: '2026-11-27T12:30:00.000Z',
};
const mfa = {
  username: 'grace',
  userId: 'u-2',
  status: 'MFA_REQUIRED',
  stateToken: 'st-1',
  expiresAt: '2026-11-27T12:05:00.000Z',
  factors: [
    { id: 'ufs1', factorType: 'token:software:totp', provider: 'GOOGLE', vendorName: 'GOOGLE', profile: { credentialId: 'grace@example.com' } },
  ],
};

function malformedDetail(body: unknown): string | undefined {
  try {
    parseAuthResponse(body);
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).kind).toBe('malformed');
    return (error as AuthError).detail;
  }
  throw new Error('expected parseAuthResponse to throw');
}

describe('parseAuthResponse', () => {
  it('reads a SUCCESS with a key', () => {
    expect(parseAuthResponse(success)).toEqual(success);
  });

  it('reads a SUCCESS without a key (the user already has one) and treats an empty key as none', () => {
    const { apiKey: _, ...withoutKey } = success;
    expect(parseAuthResponse(withoutKey)).not.toHaveProperty('apiKey');
    expect(parseAuthResponse({ ...success, apiKey: '' })).not.toHaveProperty('apiKey');
    expect(parseAuthResponse({ ...withoutKey, apiKey: null })).not.toHaveProperty('apiKey');
  });

  it('reads a verify answer with apiKeyName', () => {
    expect(parseAuthResponse({ ...success, apiKeyName: 'loginKey' })).toMatchObject({ apiKeyName: 'loginKey' });
  });

  it('reads an MFA_REQUIRED answer', () => {
    expect(parseAuthResponse(mfa)).toEqual(mfa);
  });

  it('keeps a factor of an unknown type, and names a missing type', () => {
    const parsed = parseAuthResponse({ ...mfa, factors: [{ id: 'x', factorType: 'webauthn' }, { id: 'y' }] });
    expect(parsed.status === 'MFA_REQUIRED' && parsed.factors).toEqual([
      { id: 'x', factorType: 'webauthn' },
      { id: 'y', factorType: 'unknown' },
    ]);
  });

  it('accepts an empty factor list (the machine turns it into a clear error)', () => {
    expect(parseAuthResponse({ ...mfa, factors: [] })).toMatchObject({ factors: [] });
  });

  it('drops fields the API does not document', () => {
    expect(parseAuthResponse({ ...success, debug: { password: 'hunter2' } })).not.toHaveProperty('debug');
  });

  it.each([
    ['null', null, 'answer'],
    ['a list', [success], 'answer'],
    ['a string', 'SUCCESS', 'answer'],
    ['no status', { username: 'ada' }, 'status'],
    ['an unknown status', { ...success, status: 'RECOVERY' }, 'status'],
    ['a status that is not a string', { ...success, status: 1 }, 'status'],
    ['MFA without stateToken', { ...mfa, stateToken: undefined }, 'stateToken'],
    ['MFA with an empty stateToken', { ...mfa, stateToken: '' }, 'stateToken'],
    ['MFA without factors', { ...mfa, factors: undefined }, 'factors'],
    ['MFA with factors as an object', { ...mfa, factors: { id: 'a' } }, 'factors'],
    ['a factor without id', { ...mfa, factors: [{ factorType: 'token:software:totp' }] }, 'id'],
    // "." and ".." would be dot segments in the verify path, whatever the encoding.
    ['a factor id "."', { ...mfa, factors: [{ id: '.', factorType: 'token:software:totp' }] }, 'id'],
    ['a factor id ".."', { ...mfa, factors: [{ id: '..', factorType: 'token:software:totp' }] }, 'id'],
    ['a factor that is a string', { ...mfa, factors: ['totp'] }, 'factors'],
    ['a numeric apiKey', { ...success, apiKey: 42 }, 'apiKey'],
    ['a numeric username', { ...success, username: 7 }, 'username'],
    ['a numeric expiry', { ...success, accessTokenExpiresAt: 1_800_000 }, 'accessTokenExpiresAt'],
  ])('refuses %s as malformed', (_, body, detail) => {
    expect(malformedDetail(body)).toBe(detail);
  });

  it('reads the status whatever its case', () => {
    expect(parseAuthResponse({ ...success, status: 'success' })).toEqual(success);
    expect(parseAuthResponse({ ...mfa, status: ' mfa_required ' })).toMatchObject({ status: 'MFA_REQUIRED' });
  });

  it.each([
    ['LOCKED_OUT', 'locked-out'],
    ['PASSWORD_EXPIRED', 'password-expired'],
    ['password_reset', 'password-expired'],
    ['MFA_ENROLL', 'mfa-enroll'],
    ['MFA_ENROLL_ACTIVATE', 'mfa-enroll'],
  ])('turns %s into the error the user can act on (%s), with the server’s words', (status, kind) => {
    expect(() => parseAuthResponse({ status, message: 'Ask your admin.' })).toThrow(
      expect.objectContaining({ kind, serverMessage: 'Ask your admin.' }),
    );
  });

  it('says which unknown status arrived, when it looks like one and nothing more', () => {
    expect(() => parseAuthResponse({ status: 'PASSWORD_WARN' })).toThrow(expect.objectContaining({ received: 'PASSWORD_WARN' }));
    for (const status of ['st_secret-token-1234', 'A'.repeat(41), 'hello world'.toUpperCase()]) {
      expect(() => parseAuthResponse({ status })).toThrow(expect.objectContaining({ kind: 'malformed', received: undefined }));
    }
  });

  it.each([
    ['not a date', 'soon'],
    ['a bare number', '0'],
    ['a date without a time', '2020-01-01'],
  ])('leaves out an expiry that is %s rather than lose the answer (and its key)', (_, accessTokenExpiresAt) => {
    const { accessTokenExpiresAt: _gone, ...rest } = success;
    expect(parseAuthResponse({ ...success, accessTokenExpiresAt })).toEqual(rest);
    expect(parseAuthResponse({ ...mfa, expiresAt: accessTokenExpiresAt })).not.toHaveProperty('expiresAt');
  });

  it('never quotes a value in its error, so a logged error leaks nothing', () => {
    const error = (() => {
      try {
        return parseAuthResponse({ ...success, apiKey: { secret: 'rk_live_abc' } });
      } catch (e) {
        return e as AuthError;
      }
    })();
    expect(String((error as AuthError).message)).not.toContain('rk_live_abc');
  });
});
