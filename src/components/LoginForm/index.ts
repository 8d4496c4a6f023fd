export { LoginForm } from './LoginForm.js';
export type { HeadingLevel, LoginFormProps, LoginFormSlot, LoginFormValues } from './LoginForm.types.js';
