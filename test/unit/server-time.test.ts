import { describe, expect, it } from 'vitest';
import { parseServerTime } from '../../src/core/server-time.js';

const AT = Date.parse('2026-11-27T12:30:00.000Z');

describe('parseServerTime', () => {
  it.each([
    ['2026-11-27T12:30:00Z', AT],
    ['2026-11-27T12:30:00.000Z', AT],
    ['2026-11-27T12:30:00.123456Z', AT + 123],
    ['2026-11-27T12:30Z', AT],
    ['2026-11-27 12:30:00z', AT],
    ['2026-11-27T13:30:00+01:00', AT],
    ['2026-11-27T13:30:00+0100', AT],
    ['2026-11-27T07:30:00-05:00', AT],
    // No zone: UTC, as the server means it, wherever the device is.
    ['2026-11-27T12:30:00', AT],
    [' 2026-11-27T12:30:00Z ', AT],
  ])('%j → the same instant', (text, expected) => {
    expect(parseServerTime(text)).toBe(expected);
  });

  it.each(['0', '1', '2020-01-01', 'soon', 'Fri, 27 Nov 2026 12:30:00 GMT', '2026-13-45T99:99:00Z', ''])(
    '%j is not a server date-time',
    (text) => {
      expect(parseServerTime(text)).toBeNull();
    },
  );
});
