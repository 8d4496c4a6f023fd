import { apiKeyMessages, type ApiKeyMessages } from './api-key.js';
import { errorMessages, type ErrorMessages } from './errors.js';
import { loginFormMessages, type LoginFormMessages } from './login-form.js';
import { mfaMessages, type MfaMessages } from './mfa.js';

/**
 * Every user-visible string of the kit, by component. `errors` here rewords an error in every
 * step at once; a component's own `errors` wins over it.
 */
export interface AuthMessages {
  loginForm: LoginFormMessages;
  mfa: MfaMessages;
  apiKey: ApiKeyMessages;
  errors: ErrorMessages;
}

export const defaultMessages: AuthMessages = {
  loginForm: loginFormMessages,
  mfa: mfaMessages,
  apiKey: apiKeyMessages,
  errors: errorMessages,
};
