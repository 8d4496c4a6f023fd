/** Riffyn's authenticator codes (TOTP through Okta) have 6 digits. */
export const PASSCODE_LENGTH = 6;

/**
 * The digits of what was typed or pasted, at most `length` of them: "123 456", "123-456" and
 * " 12a3456" all give "123456". Everything that is not a digit is dropped, so typing a letter does
 * nothing and a code copied with its grouping space still works. Digits typed on Arabic, Persian
 * or full-width (CJK) keyboards are still the digits 0-9.
 */
export function cleanPassCode(raw: string, length: number = PASSCODE_LENGTH): string {
  let digits = '';
  for (const char of raw) {
    const code = char.charCodeAt(0);
    for (const zero of [48, 0x660, 0x6f0, 0xff10]) if (code >= zero && code <= zero + 9) digits += code - zero;
  }
  return digits.slice(0, length);
}
