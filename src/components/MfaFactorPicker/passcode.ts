import type { FactorKind } from '../../core/factors.js';
import { MAX_PASSCODE_LENGTH, PASSCODE_LENGTH } from '../../core/limits.js';

export { MAX_PASSCODE_LENGTH, PASSCODE_LENGTH };

/**
 * How many digits a factor's codes have: 6 for authenticator apps, Okta Verify, text messages,
 * calls and email; 6 to 10 for hardware tokens and factors the kit does not know, whose codes
 * are sent when the user says so, never cut short.
 */
export const passCodeLength = (kind: FactorKind) =>
  kind === 'hardware' || kind === 'other' ? MAX_PASSCODE_LENGTH : PASSCODE_LENGTH;

const DIGIT = /\p{Nd}/u;

/**
 * The digits of what was typed or pasted, at most `length` of them: "123 456", "123-456" and
 * " 12a3456" all give "123456". Everything that is not a digit is dropped, so typing a letter does
 * nothing and a code copied with its grouping space still works. Digits of every script (Arabic,
 * Persian, Devanagari, Bengali, Thai, full-width…) are the digits 0-9: Unicode encodes each
 * script's ten in a run from its zero.
 */
export function cleanPassCode(raw: string, length: number = PASSCODE_LENGTH): string {
  let digits = '';
  for (const char of raw) {
    if (!DIGIT.test(char)) continue;
    const code = char.codePointAt(0)!;
    let zero = code;
    while (DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    // Some scripts have several runs back to back (mathematical digits): count within the run.
    digits += (code - zero) % 10;
  }
  return digits.slice(0, length);
}
