import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { bundle } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';
import pkg from './package.json' with { type: 'json' };

// Peers (and their subpaths, e.g. react/jsx-runtime) stay external: the app brings its own copy.
const peers = Object.keys(pkg.peerDependencies);
const isExternal = (id: string) => peers.some((p) => id === p || id.startsWith(`${p}/`));

/**
 * `riffyn-login-kit/styles.css`: the default stylesheet as one minified file. No JS module imports
 * CSS, so apps that bring their own styles (or use `unstyled`) never download it.
 */
function stylesheet(): Plugin {
  return {
    name: 'riffyn-stylesheet',
    apply: 'build',
    generateBundle() {
      const { code } = bundle({ filename: resolve(import.meta.dirname, 'src/theme/styles.css'), minify: true });
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: code });
    },
  };
}

// The library build. Storybook and Vitest load this file too; both drop the dts plugin.
export default defineConfig({
  plugins: [react(), dts({ tsconfigPath: './tsconfig.build.json', entryRoot: 'src' }), stylesheet()],
  build: {
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        testing: resolve(import.meta.dirname, 'src/testing/index.ts'),
        'testing-server': resolve(import.meta.dirname, 'src/testing/server.ts'),
        // Its own entry: msw is an optional peer, so fixtures and the mock must load without it.
        'testing-msw': resolve(import.meta.dirname, 'src/testing/msw.ts'),
        // The proxy's Node adapter: its own entry, so Fetch-only runtimes never load it.
        node: resolve(import.meta.dirname, 'src/server/node.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: { external: (id) => isExternal(id) || id.startsWith('node:') },
    sourcemap: true,
    emptyOutDir: true,
    copyPublicDir: false, // public/ holds msw's worker for Storybook; keep it out of the package
  },
});
