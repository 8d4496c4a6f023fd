// The headless sign-in: client, provider and hook, no component.
export { AuthProvider, createRiffynClient, useAuth } from 'riffyn-login-kit';
