// `riffyn-login-kit/testing`: browser-safe (no node: imports). The HTTP server lives apart in
// ./server.ts (`riffyn-login-kit/testing/server`) so bundlers never see node:http here.
// Values first, then `export type`, as in the main barrel.
export {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  demoUsers,
  NON_TOTP_PASSCODE,
  SHORT_ACCESS_TOKEN_TTL_MS,
  SHORT_STATE_TOKEN_TTL_MS,
  UNICODE_PASSWORD,
} from './demo-users.js';
export {
  ACCESS_TOKEN_TTL_MS,
  accessTokenAnswer,
  API_KEY_MESSAGE,
  apiKeyList,
  apiKeyNameTakenError,
  badGatewayHtml,
  internalServerError,
  invalidAccessTokenError,
  invalidCredentialsError,
  invalidPasscodeError,
  LOGIN_KEY_NAME,
  loginSuccessWithApiKey,
  loginSuccessWithoutApiKey,
  logoutAnswer,
  MAX_ACCESS_TOKEN_SECONDS,
  mfaRequired,
  mfaRequiredNoFactors,
  mfaRequiredSeveralFactors,
  pushFactor,
  rateLimitedError,
  renameAnswer,
  stateTokenExpiredError,
  totpFactor,
  truncatedJson,
  unknownFactor,
  unknownStatus,
  verifySuccess,
  verifySuccessWithoutApiKey,
} from './fixtures.js';
export { readBasicAuth } from './mock-http.js';
export { createMockRiffyn, DEFAULT_STATE_TOKEN_TTL_MS } from './mock-riffyn.js';
export { base32Decode, base32Encode, hotp, otpauthUri, totp, verifyTotp } from './totp.js';

export type { DemoLoginOutcome, DemoUser } from './demo-users.js';
export type { FixtureOptions, MfaFixtureOptions, SuccessFixtureOptions } from './fixtures.js';
export type { BasicAuth, MockRequest, MockResponse } from './mock-http.js';
export type { MockRequestLog, MockRiffyn, MockRiffynOptions } from './mock-riffyn.js';
export type { TotpAlgorithm, TotpOptions } from './totp.js';
