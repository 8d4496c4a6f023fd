import { describe, expect, it } from 'vitest';
import { factorHint, factorLabel } from '../../src/components/MfaFactorPicker/factors.js';
import { factorKind } from '../../src/core/factors.js';
import { orderFactors } from '../../src/core/selectors.js';
import { cleanPassCode, passCodeLength } from '../../src/components/MfaFactorPicker/passcode.js';
import { takesTypedCode, TOTP_FACTOR_TYPE } from '../../src/core/auth-response.js';
import { calmSeconds, inWords } from '../../src/i18n/errors.js';
import { mfaMessages } from '../../src/i18n/mfa.js';

const labels = mfaMessages.factorLabels;
const vendors = mfaMessages.vendorNames;

describe('cleanPassCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' 12a3456', '123456'],
    ['\t123\u00a0456\n', '123456'],
    ['1234567', '123456'],
    ['abc', ''],
    ['', ''],
    ['012', '012'],
    ['١٢٣٤٥٦', '123456'], // Arabic-Indic digits
    ['۱۲۳ ۴۵۶', '123456'], // Persian digits
    ['１２３４５６', '123456'], // full-width digits
    ['१२३४५६', '123456'], // Devanagari
    ['১২৩ ৪৫৬', '123456'], // Bengali
    ['๑๒๓๔๕๖', '123456'], // Thai
    ['၁၂၃၄၅၆', '123456'], // Myanmar
    ['𝟏𝟐𝟑𝟰𝟱𝟲', '123456'], // mathematical digits: runs of ten back to back
    ['¹²³½⅓Ⅻ', ''], // numbers that are not decimal digits
  ])('%j → %j', (raw, expected) => {
    expect(cleanPassCode(raw)).toBe(expected);
  });

  it('takes another length', () => {
    expect(cleanPassCode('1234 5678', 8)).toBe('12345678');
  });

  it('allows 6 digits for authenticator app codes; up to 10 for hardware tokens and token types the kit does not know', () => {
    expect((['totp', 'push', 'sms', 'call', 'email'] as const).map(passCodeLength)).toEqual([6, 6, 6, 6, 6]);
    expect(passCodeLength('hardware')).toBe(10);
    expect(passCodeLength('other')).toBe(10);
  });
});

describe('calmSeconds / inWords: what a countdown says', () => {
  it.each([
    [300, '5 minutes'],
    [272, '5 minutes'],
    [121, '3 minutes'],
    [120, '2 minutes'],
    [61, '2 minutes'],
    [60, '1 minute'],
    [59, '59 seconds'],
    [1, '1 second'],
    [0, '0 seconds'],
  ])('%d s → %s', (seconds, text) => expect(inWords(calmSeconds(seconds))).toBe(text));
});

describe('factorKind / factorLabel', () => {
  it.each([
    [TOTP_FACTOR_TYPE, 'totp', 'Authenticator app'],
    ['push', 'push', 'Okta Verify push'],
    ['sms', 'sms', 'Text message'],
    ['call', 'call', 'Voice call'],
    ['email', 'email', 'Email'],
    ['token:hardware', 'hardware', 'Hardware token'],
    ['SMS', 'sms', 'Text message'],
    ['x-future:hologram', 'other', 'Another verification method'],
    ['', 'other', 'Another verification method'],
    // Names every plain object has: still unknown types, never Object's own members.
    ['constructor', 'other', 'Another verification method'],
    ['__proto__', 'other', 'Another verification method'],
  ] as const)('%j is %s, "%s"', (factorType, kind, label) => {
    expect(factorKind({ factorType })).toBe(kind);
    expect(factorLabel({ factorType }, labels)).toBe(label);
  });
});

describe('factorHint', () => {
  it('names known vendors and passes others through', () => {
    expect(factorHint({ provider: 'GOOGLE' }, vendors)).toBe('Google Authenticator');
    expect(factorHint({ vendorName: 'google', provider: 'OKTA' }, vendors)).toBe('Google Authenticator');
    expect(factorHint({ provider: 'ACME' }, vendors)).toBe('ACME');
    expect(factorHint({ provider: 'ACME' }, { ...vendors, ACME: 'Acme Keys' })).toBe('Acme Keys');
    expect(factorHint({}, vendors)).toBeNull();
    expect(factorHint({ provider: '  ' }, vendors)).toBeNull();
  });

  it('is dropped when the label already says it', () => {
    expect(factorHint({ provider: 'OKTA' }, vendors, 'Okta Verify push')).toBeNull();
    expect(factorHint({ provider: 'OKTA' }, vendors, 'Text message')).toBe('Okta');
  });
});

describe('orderFactors', () => {
  it('puts the TOTP factor first, then other typed-code factors, then the rest, each in the server order', () => {
    const factors = [
      { id: 'a', factorType: 'sms' },
      { id: 'b', factorType: 'push' },
      { id: 'c', factorType: TOTP_FACTOR_TYPE },
      { id: 'd', factorType: 'x-future:hologram' },
      { id: 'e', factorType: 'token:hardware' },
    ];
    expect(orderFactors(factors).map((f) => f.id)).toEqual(['c', 'e', 'a', 'b', 'd']);
    expect(factors.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'e']); // not mutated
  });
});

describe('takesTypedCode', () => {
  it.each([
    [TOTP_FACTOR_TYPE, true],
    ['token:hardware', true],
    ['token', true],
    [' Token:Software:TOTP ', true],
    // Okta's token family is typed codes by definition, whatever comes after the colon.
    ['token:hotp', true],
    ['token:x-future', true],
    ['tokenizer', false],
    ['push', false],
    ['sms', false],
    ['call', false],
    ['email', false],
    ['x-future:hologram', false],
    ['constructor', false],
  ])('%j → %s', (factorType, expected) => expect(takesTypedCode({ factorType })).toBe(expected));
});
