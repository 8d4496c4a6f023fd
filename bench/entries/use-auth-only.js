// The tree-shaking check: only the hook. No component, no react-hook-form, no CSS may follow it.
export { useAuth } from 'riffyn-login-kit';
