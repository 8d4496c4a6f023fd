export { ApiKeyReveal } from '../../src/index.js';
