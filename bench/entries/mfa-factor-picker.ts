export { MfaFactorPicker } from '../../src/index.js';
