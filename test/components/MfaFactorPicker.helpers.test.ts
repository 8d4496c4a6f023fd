import { describe, expect, it } from 'vitest';
import { factorHint, factorKind, factorLabel, sortFactors } from '../../src/components/MfaFactorPicker/factors.js';
import { cleanPassCode, formatCountdown, passCodeLength } from '../../src/components/MfaFactorPicker/passcode.js';
import { TOTP_FACTOR_TYPE } from '../../src/core/auth-response.js';
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

  it('allows 6 digits for app, text, call and email codes; up to 10 for hardware tokens and unknown factors', () => {
    expect((['totp', 'push', 'sms', 'call', 'email'] as const).map(passCodeLength)).toEqual([6, 6, 6, 6, 6]);
    expect(passCodeLength('hardware')).toBe(10);
    expect(passCodeLength('other')).toBe(10);
  });
});

describe('formatCountdown', () => {
  it.each([
    [272, '4:32'],
    [60, '1:00'],
    [59, '0:59'],
    [0, '0:00'],
    [-3, '0:00'],
    [3600, '60:00'],
  ])('%d s → %s', (seconds, text) => expect(formatCountdown(seconds)).toBe(text));
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
    ['x-future:hologram', 'other', 'Verification code (x-future:hologram)'],
    ['', 'other', 'Verification code ()'],
    // Names every plain object has: still unknown types, never Object's own members.
    ['constructor', 'other', 'Verification code (constructor)'],
    ['__proto__', 'other', 'Verification code (__proto__)'],
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

describe('sortFactors', () => {
  it('puts the TOTP factor first and keeps the server order for the rest', () => {
    const factors = [
      { id: 'a', factorType: 'sms' },
      { id: 'b', factorType: 'push' },
      { id: 'c', factorType: TOTP_FACTOR_TYPE },
      { id: 'd', factorType: 'x-future:hologram' },
    ];
    expect(sortFactors(factors).map((f) => f.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(factors.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd']); // not mutated
  });
});
