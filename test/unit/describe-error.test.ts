import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/core/errors.js';
import { describeError, errorMessages } from '../../src/i18n/errors.js';

describe('describeError', () => {
  it('says how long to wait after a 429, or to wait anyway when the wait is unknown', () => {
    expect(describeError(new AuthError('rate-limited', { retryAfter: 30 }), errorMessages)).toBe(
      'Too many attempts. Try again in 30 seconds.',
    );
    // No Retry-After, or one the browser hid (another origin that does not expose it).
    expect(describeError(new AuthError('rate-limited'), errorMessages)).toBe(
      'Too many attempts. Wait a minute before you try again.',
    );
    expect(describeError(new AuthError('rate-limited', { retryAfter: 30 }), errorMessages, 0)).toBe('Too many attempts.');
  });

  it('names an unknown status that arrived, and takes reworded messages', () => {
    const error = new AuthError('malformed', { detail: 'status', received: 'PASSWORD_WARN' });
    expect(describeError(error, errorMessages)).toBe(`${errorMessages.kinds.malformed} (It answered “PASSWORD_WARN”.)`);
    const german = { ...errorMessages, received: (status: string) => `(Antwort: ${status})`, retryLater: 'Bitte warten.' };
    expect(describeError(error, german)).toMatch(/\(Antwort: PASSWORD_WARN\)$/);
    expect(describeError(new AuthError('rate-limited'), german)).toMatch(/Bitte warten\.$/);
  });

  it.each(['locked-out', 'password-expired', 'mfa-enroll'] as const)('has a sentence a user can act on for %s', (kind) => {
    expect(describeError(new AuthError(kind), errorMessages)).toMatch(/Riffyn/);
  });
});
