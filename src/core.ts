// `riffyn-login-kit/core`: everything that works without React, for a Server Component, a route
// handler, a Node script or a worker. Nothing here may import react or react-hook-form (checked by
// the build test), and its built chunks carry no "use client". The React entry re-exports all of it.
// Values first, then `export type` for every public type (verbatimModuleSyntax keeps types erasable).
export { createRiffynClient, defaultPaths } from './api/client.js';
export { listApiKeys, logout, refreshAccessToken, renameApiKey } from './api/session-calls.js';
export { createAuthController } from './flow/auth-controller.js';
export { ACCESS_TOKEN_LIFETIME_MS, DEFAULT_API_KEY_NAME, initialAuthState, transition } from './core/auth-machine.js';
export { extendSession, renameLoginKey } from './flow/session-actions.js';
export { parseAuthResponse, TOTP_FACTOR_TYPE } from './core/auth-response.js';
export { basicAuthHeader } from './core/basic-auth.js';
export { AuthError, isAuthError } from './core/errors.js';
export { parseRetryAfter } from './core/retry-after.js';
export { factorKind } from './core/factors.js';
export { flowEvents } from './core/flow-events.js';
export {
  completedSession,
  defaultFactor,
  flowStep,
  flowView,
  hasLiveSession,
  isMfaExpired,
  isPending,
  loginError,
  orderFactors,
  sessionDeadline,
  showsApiKey,
  stateDeadline,
  usernameOf,
} from './core/selectors.js';
export { bindAuthActions } from './flow/auth-actions.js';
export { describeError, errorMessages } from './i18n/errors.js';
export { withOverrides } from './i18n/merge.js';
// Server-side: the same-origin proxy, on the Fetch API alone. Its Node adapter has node: imports,
// so it is an entry of its own (`riffyn-login-kit/node`). The browser's bundles tree-shake it away.
export { createRiffynProxy } from './server/index.js';

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
export type { AuthActions } from './flow/auth-actions.js';
export type {
  AuthCalls,
  AuthController,
  AuthControllerOptions,
  AuthEventOptions,
  AuthOutcome,
  AuthSnapshot,
  SessionCall,
} from './flow/auth-controller.js';
export type { FactorKind } from './core/factors.js';
export type { AuthFlowEvent, AuthFlowEventBody } from './core/flow-events.js';
export type { FlowStep, FlowView } from './core/selectors.js';
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
export type { ErrorMessages } from './i18n/errors.js';
export type {
  RiffynProxyError,
  RiffynProxyHandler,
  RiffynProxyLogEntry,
  RiffynProxyOptions,
  RiffynSessionInfo,
  RiffynSessionOptions,
  SignInLimit,
} from './server/index.js';
