/**
 * Seconds to wait from a `Retry-After` header, which is either delta-seconds or an HTTP date
 * (RFC 9110 §10.2.3). Undefined when absent or unreadable, so callers can say "try again later".
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  // Only an HTTP date (it names a weekday and month); Date.parse would read "-5" as a year.
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
