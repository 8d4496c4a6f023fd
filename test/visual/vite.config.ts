import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../scripts/source-aliases.js';

/**
 * The page the screenshot tests drive: `<AuthFlow>` against the kit's mock Riffyn running inside
 * the page (no server, no service worker), so the browser's frozen clock is the mock's clock too.
 * Imports `riffyn-login-kit` the way an app does, pointed at the sources.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { alias: sourceAliases },
  logLevel: 'warn',
});
