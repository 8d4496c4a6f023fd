// Values first, then `export type` for every public type (verbatimModuleSyntax keeps types erasable).
export { createRiffynClient, defaultPaths } from './api/client.js';
export { createAuthController } from './core/auth-controller.js';
export { ACCESS_TOKEN_LIFETIME_MS, DEFAULT_API_KEY_NAME, initialAuthState, transition } from './core/auth-machine.js';
export { parseAuthResponse, TOTP_FACTOR_TYPE } from './core/auth-response.js';
export { basicAuthHeader } from './core/basic-auth.js';
export { AuthError, isAuthError } from './core/errors.js';
export { parseRetryAfter } from './core/retry-after.js';
export { AuthProvider } from './react/AuthProvider.js';
export { useAuth } from './react/useAuth.js';

export type {
  AccessTokenAnswer,
  ApiKeySummary,
  CallOptions,
  ClientAuthResponse,
  RiffynClient,
  RiffynClientOptions,
  RiffynPaths,
  TokenCallOptions,
  VerifyFactorInput,
} from './api/client.js';
export type { AuthCalls, AuthController, AuthControllerOptions, AuthOutcome } from './core/auth-controller.js';
export type { ApiKeyInfo, AuthEvent, AuthEventType, AuthSession, AuthState, AuthStatus } from './core/auth-machine.js';
export type { AuthFactor, AuthMfaRequiredResponse, AuthResponse, AuthSuccessResponse } from './core/auth-response.js';
export type { Credentials } from './core/basic-auth.js';
export type { AuthErrorKind, AuthErrorOptions } from './core/errors.js';
export type { AuthProviderProps } from './react/AuthProvider.js';
export type { AuthCallState, UseAuthResult } from './react/useAuth.js';
