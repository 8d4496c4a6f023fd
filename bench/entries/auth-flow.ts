export { AuthFlow } from '../../src/index.js';
