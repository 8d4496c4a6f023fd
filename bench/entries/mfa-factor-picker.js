export { MfaFactorPicker } from 'riffyn-login-kit';
