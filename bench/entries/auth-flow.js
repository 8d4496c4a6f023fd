export { AuthFlow } from 'riffyn-login-kit';
