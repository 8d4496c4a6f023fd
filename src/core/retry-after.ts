/** The longest wait the kit honours: a larger value (or a garbled huge one) would lock the form until a reload. */
export const MAX_RETRY_AFTER_SECONDS = 3600;

/**
 * Seconds to wait from a `Retry-After` header, which is either delta-seconds or an HTTP date
 * (RFC 9110 §10.2.3), at most `MAX_RETRY_AFTER_SECONDS`. Undefined when absent or unreadable
 * (a browser hides the header from another origin unless the API exposes it), so callers can
 * still say to wait.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  let seconds: number;
  if (/^\d+$/.test(value)) seconds = Number(value);
  // Only an HTTP date (it names a weekday and month); Date.parse would read "-5" as a year.
  else if (/[a-z]{3}/i.test(value) && !Number.isNaN(Date.parse(value))) seconds = Math.ceil((Date.parse(value) - now) / 1000);
  else return undefined;
  return Math.min(Math.max(0, seconds), MAX_RETRY_AFTER_SECONDS);
}
