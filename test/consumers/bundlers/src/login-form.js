// The control: one component, whose code the check must find (else it could never fail).
export { LoginForm } from 'riffyn-login-kit';
