// The headless part: client + provider + hook, no component.
export { AuthProvider, createRiffynClient, useAuth } from 'riffyn-login-kit';
