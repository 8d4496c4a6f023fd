// Date and time, optional seconds and fraction, optional zone: what an API sends for `expiresAt`.
const ISO_DATE_TIME = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)(:\d\d)?(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/i;

/**
 * A date-time the server sent (ISO 8601), as epoch ms; null for anything else, date-only strings
 * and bare numbers included (`Date.parse` reads "0", "1" and "2020-01-01" as dates long past).
 * A time without a zone is read as UTC, as servers mean it: `Date.parse` would read it as the
 * device's local time, hours off east or west of Greenwich.
 */
export function parseServerTime(text: string): number | null {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, date, minutes, seconds = ':00', fraction = '', zone = 'Z'] = match;
  const ms = fraction.slice(1, 4).padEnd(3, '0');
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const at = Date.parse(`${date}T${minutes}${seconds}.${ms}${offset}`);
  return Number.isNaN(at) ? null : at;
}
