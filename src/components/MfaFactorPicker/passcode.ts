/** Riffyn's authenticator codes (TOTP through Okta) have 6 digits. */
export const PASSCODE_LENGTH = 6;

// Digits typed on Arabic, Persian or full-width (CJK) keyboards are still the digits 0-9.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0xff10];

function asciiDigit(char: string): string | null {
  if (char >= '0' && char <= '9') return char;
  const code = char.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return null;
}

/**
 * The digits of what was typed or pasted, at most `length` of them: "123 456", "123-456" and
 * " 12a3456" all give "123456". Everything that is not a digit is dropped, so typing a letter does
 * nothing and a code copied with its grouping space still works.
 */
export function cleanPassCode(raw: string, length: number = PASSCODE_LENGTH): string {
  let digits = '';
  for (const char of raw) {
    const digit = asciiDigit(char);
    if (digit === null) continue;
    digits += digit;
    if (digits.length === length) break;
  }
  return digits;
}

/** `m:ss` for the countdown (e.g. 272 → "4:32"). */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
