import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { bundle } from 'lightningcss';
import { createLogger, defineConfig, type Logger, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';
import pkg from './package.json' with { type: 'json' };

const src = (file: string) => resolve(import.meta.dirname, 'src', file);

/** The shipped translations, `riffyn-login-kit/locales/<locale>` in package.json, from src/locales/<locale>.ts. */
const locales = Object.keys(pkg.exports).flatMap((path) => (path.startsWith('./locales/') ? [path.slice('./'.length)] : []));

// Peers (and their subpaths, e.g. react/jsx-runtime) stay external: the app brings its own copy.
// Dependencies too (jose, the proxy's session cookies): installed beside the kit, never copied into it.
const peers = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];
const isExternal = (id: string) => peers.some((p) => id === p || id.startsWith(`${p}/`)) || id.startsWith('node:');

/**
 * `riffyn-login-kit/styles.css`: the default stylesheet as one minified file, inside the cascade
 * layer its `@import … layer()` lines name. No JS module imports CSS, so apps that bring their own
 * styles (or use `unstyled`) never download it. `styles.css.d.ts` lets `import
 * 'riffyn-login-kit/styles.css'` type-check where TypeScript checks side-effect imports.
 */
function stylesheet(): Plugin {
  return {
    name: 'riffyn-lib-stylesheet',
    apply: 'build',
    generateBundle(options) {
      if (options.format !== 'es') return; // once, not once per format
      const { code } = bundle({ filename: src('theme/styles.css'), minify: true });
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: code });
      this.emitFile({ type: 'asset', fileName: 'styles.css.d.ts', source: '// The stylesheet has no exports.\nexport {};\n' });
    },
  };
}

/**
 * `"use client"` on the modules that import React (or a React library), and only those. React
 * Server Components bundlers (Next.js) then treat each component and hook as a client boundary
 * without a wrapper in the app, while the barrels and everything React-free stay server modules:
 * on a server, `createRiffynClient` from either entry is a function, not a client reference that
 * cannot be called. Bundlers drop module-level directives from sources, so the directive is added
 * to the output here, by what each built module imports.
 */
const REACT_IMPORT = /(?:\bfrom\s*|\brequire\(\s*)["'](?:react|react-dom|react-hook-form|@tanstack\/react-query)(?:\/[^"']*)?["']/;
function useClient(): Plugin {
  return {
    name: 'riffyn-lib-use-client',
    apply: 'build',
    renderChunk(code) {
      return REACT_IMPORT.test(code) ? { code: `"use client";\n${code}`, map: null } : null;
    },
  };
}

/**
 * Type errors fail the build instead of scrolling past in its output: the declaration plugin
 * reports them through Vite's logger, which this one counts.
 */
function failOnLoggedErrors(): { customLogger: Logger; plugin: Plugin } {
  const customLogger = createLogger();
  const { error } = customLogger;
  let errors = 0;
  customLogger.error = (msg, options) => {
    errors++;
    error(msg, options);
  };
  return {
    customLogger,
    plugin: {
      name: 'riffyn-lib-fail-on-errors',
      apply: 'build',
      closeBundle() {
        if (errors) throw new Error(`the build logged ${errors} error(s), type errors among them: see above`);
      },
    },
  };
}

/**
 * `.d.cts` twins of the declarations, for the `require` condition: a `.d.ts` in a `"type":
 * "module"` package describes ESM, and TypeScript (node16/nodenext) would tell CommonJS users
 * they cannot `require()` it. Each twin points at the other twins (`./x.cjs`).
 */
function commonJsTypes(files: string[]): Plugin {
  return {
    name: 'riffyn-lib-cjs-types',
    apply: 'build',
    async closeBundle() {
      for (const file of files) {
        const text = await readFile(file, 'utf8');
        const cjs = text.replace(/(from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g, '$1$2$3.cjs$2');
        await writeFile(file.replace(/\.d\.ts$/, '.d.cts'), cjs);
      }
      await pruneDeclarations(files);
    },
  };
}

/** Every declaration file the package's `types` conditions name, in both flavours. */
const declarationEntries = [
  ...JSON.stringify(pkg.exports).matchAll(/"types":"\.\/([^"]+\.d\.c?ts)"/g),
  ...JSON.stringify(pkg.typesVersions).matchAll(/"\.\/([^"]+\.d\.c?ts)"/g),
].map((m) => resolve(import.meta.dirname, m[1]!));

/**
 * The declaration plugin writes one `.d.ts` per source file; the ones no entry's types reach
 * (internal helpers, whose types the public ones never mention) are deleted, twins too, so the
 * tarball carries only what TypeScript can load.
 */
async function pruneDeclarations(files: string[]) {
  const reached = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (reached.has(file)) return;
    reached.add(file);
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)\.(c?)js['"]/g)) {
      await visit(resolve(dirname(file), `${m[1]}.d.${m[2]}ts`));
    }
  };
  for (const entry of declarationEntries) await visit(entry);
  for (const file of files.flatMap((f) => [f, f.replace(/\.d\.ts$/, '.d.cts')])) {
    if (!reached.has(file)) await rm(file);
  }
}

// The library build. Storybook loads this file too and drops the unplugin-dts and riffyn-lib-*
// plugins and the logger; Vitest has its own config. Always a production build, whatever NODE_ENV the caller has (Vitest sets
// `test`): development JSX (`jsxDEV`) throws under an app's production React.
export default defineConfig(({ command }) => {
  const loggedErrors = failOnLoggedErrors();
  const declared: string[] = [];
  return {
    customLogger: loggedErrors.customLogger,
    plugins: [
      react(),
      dts({
        tsconfigPath: './tsconfig.build.json',
        entryRoot: 'src',
        beforeWriteFile: (filePath) => {
          declared.push(filePath);
        },
      }),
      commonJsTypes(declared),
      loggedErrors.plugin,
      stylesheet(),
      useClient(),
    ],
    ...(command === 'build' && { oxc: { jsx: { runtime: 'automatic', development: false } } }),
    build: {
      lib: {
        entry: {
          index: src('index.ts'),
          // React-free: servers, workers, scripts.
          core: src('core.ts'),
          testing: src('testing/index.ts'),
          'testing-server': src('testing/server.ts'),
          // Its own entry: msw is an optional peer, so fixtures and the mock must load without it.
          'testing-msw': src('testing/msw.ts'),
          // The proxy's Node adapter: its own entry, so Fetch-only runtimes never load it.
          node: src('server/node.ts'),
          // One entry per language, importing nothing: an app loads only the language it imports.
          ...Object.fromEntries(locales.map((entry) => [entry, src(`${entry}.ts`)])),
        },
        // ESM for bundlers and Node's import; CommonJS for require(): Jest's default resolver,
        // older toolchains. The same chunking in both, so within each format every entry shares one
        // copy of every module (one AuthError class).
        formats: ['es', 'cjs'],
        fileName: (format, entry) => `${entry}.${format === 'es' ? 'js' : 'cjs'}`,
      },
      rolldownOptions: {
        external: isExternal,
        output: {
          // One output module per source module (as Radix and react-hook-form ship): with
          // `sideEffects` saying no JS module has any, every bundler (esbuild, Rollup/rolldown,
          // webpack, Turbopack) drops the modules an app does not reach, whatever calls they make
          // at their top level (forwardRef, createContext). `npm run bench` measures it from the
          // packed tarball; the consumer suite fails if `{ useAuth }` alone pulls in a component.
          preserveModules: true,
          preserveModulesRoot: 'src',
          // The documentation lives in the .d.ts files, where editors show it; pure annotations
          // stay, for the app's tree-shaking.
          comments: { jsdoc: false, annotation: true, legal: true },
        },
      },
      // Not minified: apps minify their own bundles, and readable names show in React DevTools,
      // warnings and stack traces. `npm run bench` measures what an app ships either way.
      minify: false,
      // The code is readable as shipped; maps would point at sources the package does not contain.
      sourcemap: false,
      emptyOutDir: true,
      copyPublicDir: false, // public/ holds msw's worker for Storybook; keep it out of the package
    },
  };
});
