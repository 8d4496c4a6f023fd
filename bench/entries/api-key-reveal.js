export { ApiKeyReveal } from 'riffyn-login-kit';
