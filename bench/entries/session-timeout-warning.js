export { SessionTimeoutWarning } from 'riffyn-login-kit';
