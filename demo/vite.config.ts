import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const src = resolve(root, '../src');

/**
 * The demo imports `riffyn-login-kit` exactly as an app would; these aliases point the package
 * name at the sources so `npm start` needs no library build first. The API base is same-origin:
 * scripts/start.ts serves /v1 through the kit's proxy handler to the mock server or to
 * RIFFYN_API_URL, so CORS never matters.
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
  build: { outDir: resolve(root, 'dist'), emptyOutDir: true },
});
