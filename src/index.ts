// Values first, then `export type` for every public type (verbatimModuleSyntax keeps types erasable).
export { createRiffynClient, defaultPaths } from './api/client.js';
export { listApiKeys, logout, refreshAccessToken, renameApiKey } from './api/session-calls.js';
export { createAuthController } from './core/auth-controller.js';
export { ACCESS_TOKEN_LIFETIME_MS, DEFAULT_API_KEY_NAME, initialAuthState, transition } from './core/auth-machine.js';
export { extendSession, renameLoginKey } from './core/session-actions.js';
export { parseAuthResponse, TOTP_FACTOR_TYPE } from './core/auth-response.js';
export { basicAuthHeader } from './core/basic-auth.js';
export { AuthError, isAuthError } from './core/errors.js';
export { parseRetryAfter } from './core/retry-after.js';
export { AuthProvider } from './react/AuthProvider.js';
export { useAuth } from './react/useAuth.js';
export { useExtendSession, useRenameApiKey } from './react/useSessionCalls.js';
export { ApiKeyReveal } from './components/ApiKeyReveal/ApiKeyReveal.js';
export { AuthFlow } from './components/AuthFlow/AuthFlow.js';
export { LoginForm } from './components/LoginForm/LoginForm.js';
export { MfaFactorPicker } from './components/MfaFactorPicker/MfaFactorPicker.js';
export { brandTheme } from './theme/brand-theme.js';
export { darkTheme, lightTheme, themeToCssVars } from './theme/theme.js';
export { describeError, errorMessages } from './i18n/errors.js';
export { defaultMessages } from './i18n/messages.js';

export type {
  CallOptions,
  ClientAuthResponse,
  LateAnswer,
  RiffynAnswer,
  RiffynClient,
  RiffynClientOptions,
  RiffynPaths,
  RiffynRequest,
  SignInCallOptions,
  VerifyFactorInput,
} from './api/client.js';
export type { AccessTokenAnswer, ApiKeySummary, TokenCallOptions } from './api/session-calls.js';
export type { AuthCalls, AuthController, AuthControllerOptions, AuthOutcome, SessionCall } from './core/auth-controller.js';
export type {
  ApiKeyInfo,
  AuthEvent,
  AuthEventType,
  AuthSession,
  AuthState,
  AuthStatus,
  SessionEvent,
} from './core/auth-machine.js';
export type { AuthFactor, AuthMfaRequiredResponse, AuthResponse, AuthSuccessResponse } from './core/auth-response.js';
export type { CredentialProblem, Credentials } from './core/basic-auth.js';
export type { AuthErrorKind, AuthErrorOptions } from './core/errors.js';
export type { AuthProviderProps } from './react/AuthProvider.js';
export type { AuthCallState, UseAuthResult } from './react/useAuth.js';
export type { ApiKeyRevealProps, ApiKeyRevealSlot, ApiKeyRevealState } from './components/ApiKeyReveal/ApiKeyReveal.types.js';
export type { AuthFlowClassNames, AuthFlowProps } from './components/AuthFlow/AuthFlow.types.js';
export type { LoginFormProps, LoginFormSlot, LoginFormValues } from './components/LoginForm/LoginForm.types.js';
export type {
  MfaFactorPickerProps,
  MfaFactorPickerSlot,
  MfaFactorPickerState,
} from './components/MfaFactorPicker/MfaFactorPicker.types.js';
export type { DeepPartial, StylingProps } from './components/shared/styling.js';
export type { AuthTheme, AuthThemeInput } from './theme/theme.js';
export type { ApiKeyMessages } from './i18n/api-key.js';
export type { ErrorMessages } from './i18n/errors.js';
export type { LoginFormMessages } from './i18n/login-form.js';
export type { AuthMessages } from './i18n/messages.js';
export type { MfaMessages } from './i18n/mfa.js';
