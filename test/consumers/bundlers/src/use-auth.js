// What an app that signs in with its own UI imports: the hook alone.
export { useAuth } from 'riffyn-login-kit';
