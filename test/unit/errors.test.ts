import { describe, expect, it } from 'vitest';
import { asAuthError, AuthError, isAuthError } from '../../src/core/errors.js';
import { describeError, errorMessages } from '../../src/i18n/errors.js';

describe('asAuthError', () => {
  it('keeps an AuthError as it is', () => {
    const error = new AuthError('malformed', { detail: 'status' });
    expect(asAuthError(error)).toBe(error);
  });

  it('turns anything else into `internal`, the page failing, with the original as cause', () => {
    const bug = new TypeError('x is not a function');
    const error = asAuthError(bug);
    expect(error).toMatchObject({ kind: 'internal', cause: bug });
    expect(error.message).toBe('internal');
    const sentence = describeError(error, errorMessages);
    expect(sentence).toMatch(/this page/);
    expect(sentence).not.toMatch(/server sent/i);
  });
});

describe('isAuthError', () => {
  it('recognises an AuthError made by another copy of the class (the other build format)', () => {
    // The CommonJS build's class, seen from the ESM build: another class with the same brand.
    // (test/package/build.test.ts checks the two real builds against each other.)
    class OtherCopy extends Error {}
    Object.defineProperty(OtherCopy.prototype, Symbol.for('riffyn-login-kit.AuthError'), { value: true });
    const otherCopy = Object.assign(new OtherCopy('network'), { kind: 'network' });
    expect(otherCopy instanceof AuthError).toBe(false);
    expect(isAuthError(otherCopy)).toBe(true);
  });

  it.each([null, undefined, 'AuthError', 42, new Error('x'), { kind: 'network', name: 'AuthError' }])('is false for %s', (value) => {
    expect(isAuthError(value)).toBe(false);
  });
});
