export { SessionTimeoutWarning } from './SessionTimeoutWarning.js';
export type { SessionTimeoutWarningProps, SessionTimeoutWarningSlot } from './SessionTimeoutWarning.types.js';
