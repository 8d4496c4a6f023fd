export { MfaFactorPicker } from './MfaFactorPicker.js';
export { factorHint, factorLabel } from './factors.js';
export { cleanPassCode, PASSCODE_LENGTH } from './passcode.js';
export type { MfaFactorPickerProps, MfaFactorPickerSlot, MfaFactorPickerState } from './MfaFactorPicker.types.js';
