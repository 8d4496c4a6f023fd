export { LoginForm } from '../../src/index.js';
