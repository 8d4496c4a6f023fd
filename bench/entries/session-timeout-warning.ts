export { SessionTimeoutWarning } from '../../src/index.js';
