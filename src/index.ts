// `riffyn-login-kit`: the React entry, a client boundary ("use client" in the built files).
// Everything React-free comes from ./core.ts, the `riffyn-login-kit/core` entry, so the two entries
// share one copy of it (one AuthError class). Values first, then `export type` for every public type.
export * from './core.js';
export { AuthProvider } from './react/AuthProvider.js';
export { useAuth } from './react/useAuth.js';
export { useExtendSession, useRenameApiKey } from './react/useSessionCalls.js';
export { MIN_SESSION_WARNING_MS, useSessionTimeout } from './react/useSessionTimeout.js';
export { ApiKeyReveal } from './components/ApiKeyReveal/ApiKeyReveal.js';
export { AuthFlow } from './components/AuthFlow/AuthFlow.js';
export { LoginForm } from './components/LoginForm/LoginForm.js';
export { MfaFactorPicker } from './components/MfaFactorPicker/MfaFactorPicker.js';
export { SessionTimeoutWarning } from './components/SessionTimeoutWarning/SessionTimeoutWarning.js';
export { brandTheme } from './theme/brand-theme.js';
export { darkTheme, lightTheme, themeToCssVars } from './theme/theme.js';
export { defaultMessages } from './i18n/messages.js';

export type { AuthProviderProps } from './react/AuthProvider.js';
export type { AuthCallState } from './core/call-state.js';
export type { UseAuthResult } from './react/useAuth.js';
export type { SessionTimeoutStatus, UseSessionTimeoutOptions, UseSessionTimeoutResult } from './react/useSessionTimeout.js';
export type { ApiKeyRevealProps, ApiKeyRevealSlot, ApiKeyRevealState } from './components/ApiKeyReveal/ApiKeyReveal.types.js';
export type { ApiKeyDownloadOptions } from './components/ApiKeyReveal/download.js';
export type {
  AuthFlowClassNames,
  AuthFlowComponents,
  AuthFlowProps,
  AuthFlowSlotContent,
  AuthFlowStep,
} from './components/AuthFlow/AuthFlow.types.js';
export type { LoginFormProps, LoginFormSlot, LoginFormValues } from './components/LoginForm/LoginForm.types.js';
export type {
  MfaFactorPickerProps,
  MfaFactorPickerSlot,
  MfaFactorPickerState,
} from './components/MfaFactorPicker/MfaFactorPicker.types.js';
export type {
  SessionTimeoutWarningProps,
  SessionTimeoutWarningSlot,
} from './components/SessionTimeoutWarning/SessionTimeoutWarning.types.js';
export type { AuthLayout, DeepPartial, StylingProps } from './components/shared/styling.js';
export type { AuthTheme, AuthThemeInput } from './theme/theme.js';
export type { ApiKeyMessages } from './i18n/api-key.js';
export type { LoginFormMessages } from './i18n/login-form.js';
export type { AuthMessages } from './i18n/messages.js';
export type { MfaMessages } from './i18n/mfa.js';
export type { SessionTimeoutMessages } from './i18n/session-timeout.js';
