import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';
import pkg from './package.json' with { type: 'json' };

// Peers (and their subpaths, e.g. react/jsx-runtime) stay external: the app brings its own copy.
const peers = Object.keys(pkg.peerDependencies);
const isExternal = (id: string) => peers.some((p) => id === p || id.startsWith(`${p}/`));

// The library build. Storybook and Vitest load this file too; both drop the dts plugin.
export default defineConfig({
  plugins: [react(), dts({ tsconfigPath: './tsconfig.build.json', entryRoot: 'src' })],
  build: {
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        testing: resolve(import.meta.dirname, 'src/testing/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: { external: (id) => isExternal(id) || id.startsWith('node:') },
    sourcemap: true,
    emptyOutDir: true,
    copyPublicDir: false, // public/ holds msw's worker for Storybook; keep it out of the package
  },
});
