import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../scripts/source-aliases.js';

const root = import.meta.dirname;

/**
 * The demo imports `riffyn-login-kit` exactly as an app would; the aliases point the package
 * name at the sources so `npm start` needs no library build first. The API base is same-origin:
 * scripts/start.ts serves /v1 through the kit's proxy handler to the mock server or to
 * RIFFYN_API_URL, so CORS never matters.
 */
export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: sourceAliases },
  build: { outDir: resolve(root, 'dist'), emptyOutDir: true },
});
