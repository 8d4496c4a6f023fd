import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const src = resolve(root, '../../src');

/**
 * The page the screenshot tests drive: `<AuthFlow>` against the kit's mock Riffyn running inside
 * the page (no server, no service worker), so the browser's frozen clock is the mock's clock too.
 * Imports `riffyn-login-kit` the way an app does, pointed at the sources.
 */
export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^riffyn-login-kit\/styles\.css$/, replacement: resolve(src, 'theme/styles.css') },
      { find: /^riffyn-login-kit\/testing$/, replacement: resolve(src, 'testing/index.ts') },
      { find: /^riffyn-login-kit$/, replacement: resolve(src, 'index.ts') },
    ],
  },
  logLevel: 'warn',
});
