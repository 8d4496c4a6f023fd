import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/core/retry-after.js';

const NOW = Date.parse('2026-11-27T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    [null, undefined],
    ['30', 30],
    [' 120 ', 120],
    ['0', 0],
    ['Fri, 27 Nov 2026 12:00:45 GMT', 45],
    ['Fri, 27 Nov 2026 11:59:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    // At most an hour: a larger wait would lock the form until a reload.
    ['7200', 3600],
    ['1'.repeat(31), 3600],
    ['Sat, 28 Nov 2026 12:00:00 GMT', 3600],
  ])('%s → %s', (header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});
