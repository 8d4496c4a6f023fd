// (b) The headless part: client + provider + hook, no component.
export { AuthProvider, createRiffynClient, useAuth } from '../../src/index.js';
