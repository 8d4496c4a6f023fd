// @vitest-environment node
import { expect, it } from 'vitest';
import { createRateLimiter } from '../../src/server/rate-limit.js';

it('counts per key within a window, says how long to wait, and starts again after it', () => {
  let now = 0;
  const take = createRateLimiter({ max: 2, windowMs: 10_000 }, () => now);
  expect([take('a'), take('a'), take('b')]).toEqual([0, 0, 0]);
  now = 2_500;
  expect(take('a')).toBe(8); // 7.5 s left, rounded up
  now = 10_000;
  expect(take('a')).toBe(0);
});

it('holds a bounded number of keys: a flood of addresses pushes out the oldest', () => {
  const now = 0;
  const take = createRateLimiter({ max: 1, windowMs: 60_000 }, () => now);
  take('first');
  expect(take('first')).toBeGreaterThan(0);
  for (let i = 0; i < 10_000; i++) take(`flood-${i}`);
  expect(take('first')).toBe(0); // forgotten: its window was the oldest
});
