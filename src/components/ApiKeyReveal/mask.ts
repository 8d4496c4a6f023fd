/** How many bullets stand for the hidden part: fixed, so the mask does not tell the key's length. */
const BULLETS = '•'.repeat(12);

/**
 * The characters of the key that may be shown while it is hidden: at most 4, and never more than
 * a quarter of the key, so a short key is not half given away.
 */
export function visiblePrefix(value: string): string {
  return value.slice(0, Math.min(4, Math.floor(value.length / 4)));
}

/** The masked text, e.g. `rfk_••••••••••••`. The full value is never part of it. */
export function maskKey(value: string): string {
  return `${visiblePrefix(value)}${BULLETS}`;
}
