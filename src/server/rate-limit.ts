/** At most `max` calls per key in each `windowMs`, counted in this process's memory. */
export interface SignInLimit {
  max: number;
  windowMs: number;
}

/** Keys held at most: past it, ended windows go first, then the oldest (an address flood cannot fill memory). */
const MAX_KEYS = 10_000;

/**
 * A fixed-window counter per key. `take(key)` counts one call and returns 0 when it is allowed,
 * else the seconds until the key's window ends (for `Retry-After`).
 */
export function createRateLimiter({ max, windowMs }: SignInLimit, now: () => number = Date.now) {
  if (!Number.isInteger(max) || max < 1 || !(windowMs >= 1)) {
    throw new RangeError('createRiffynProxy: signInLimit needs a whole `max` of 1 or more and a `windowMs` of 1 or more');
  }
  const windows = new Map<string, { count: number; endsAt: number }>();
  return function take(key: string): number {
    const at = now();
    let window = windows.get(key);
    if (!window || window.endsAt <= at) {
      windows.delete(key); // re-inserted last: Map order is then oldest window first
      if (windows.size >= MAX_KEYS) {
        for (const [other, { endsAt }] of windows) if (endsAt <= at) windows.delete(other);
        for (const other of windows.keys()) {
          if (windows.size < MAX_KEYS) break;
          windows.delete(other);
        }
      }
      window = { count: 0, endsAt: at + windowMs };
      windows.set(key, window);
    }
    window.count += 1;
    return window.count <= max ? 0 : Math.max(1, Math.ceil((window.endsAt - at) / 1000));
  };
}
