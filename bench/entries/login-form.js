export { LoginForm } from 'riffyn-login-kit';
