// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseAuthResponse } from '../../src/core/auth-response.js';
import {
  accessTokenAnswer,
  API_KEY_MESSAGE,
  badGatewayHtml,
  loginSuccessWithApiKey,
  loginSuccessWithoutApiKey,
  mfaRequired,
  mfaRequiredNoFactors,
  mfaRequiredSeveralFactors,
  truncatedJson,
  unknownStatus,
  verifySuccess,
} from '../../src/testing/index.js';

const now = Date.parse('2025-03-01T12:00:00.000Z');
const at = (ms: number) => new Date(now + ms).toISOString();

describe('fixtures', () => {
  it('are accepted by the kit parser exactly as built (nothing dropped)', () => {
    for (const fixture of [
      loginSuccessWithApiKey({ now }),
      loginSuccessWithoutApiKey({ now }),
      mfaRequired({ now }),
      mfaRequiredSeveralFactors({ now }),
      mfaRequiredNoFactors({ now }),
      verifySuccess({ now }),
    ]) {
      expect(parseAuthResponse(JSON.parse(JSON.stringify(fixture)))).toEqual(fixture);
    }
  });

  it('put times relative to the given clock', () => {
    expect(loginSuccessWithApiKey({ now }).accessTokenExpiresAt).toBe(at(30 * 60_000));
    expect(mfaRequired({ now, ttlMs: 3_000 }).expiresAt).toBe(at(3_000));
    expect(mfaRequired({ now }).expiresAt).toBe(at(5 * 60_000));
    expect(accessTokenAnswer({ now, time: 21_600 }).accessTokenExpiresAt).toBe(at(6 * 3_600_000));
  });

  it('carry the documented key fields', () => {
    expect(loginSuccessWithApiKey({ now })).toMatchObject({ status: 'SUCCESS', message: API_KEY_MESSAGE, apiKey: expect.any(String) });
    expect(loginSuccessWithoutApiKey({ now })).not.toHaveProperty('apiKey');
    expect(verifySuccess({ now })).toMatchObject({ apiKeyName: 'loginKey', apiKey: expect.any(String) });
    expect(mfaRequired({ now }).factors).toEqual([
      expect.objectContaining({ factorType: 'token:software:totp', provider: 'GOOGLE', vendorName: 'GOOGLE', profile: { credentialId: expect.any(String) } }),
    ]);
    expect(mfaRequiredSeveralFactors({ now }).factors.map((factor) => factor.factorType)).toEqual(['token:software:totp', 'push', 'x-future:hologram']);
  });

  it('include the broken answers the kit must survive', () => {
    expect(() => JSON.parse(truncatedJson)).toThrow(SyntaxError);
    expect(() => parseAuthResponse(unknownStatus())).toThrow(/status/);
    expect(badGatewayHtml).toMatch(/^<!DOCTYPE html>/);
  });
});
