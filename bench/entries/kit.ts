// (a) The whole kit: everything src/index.ts exports.
export * from '../../src/index.js';
