/**
 * What stands for the hidden part of the key, after its `visiblePrefix` (e.g. `rfk_••••••••••••`):
 * a fixed number of bullets, so the mask does not tell the key's length.
 */
export const BULLETS = '•'.repeat(12);

/**
 * The characters of the key that may be shown while it is hidden: at most 4, and never more than
 * a quarter of the key, so a short key is not half given away.
 */
export function visiblePrefix(value: string): string {
  return value.slice(0, Math.min(4, Math.floor(value.length / 4)));
}
