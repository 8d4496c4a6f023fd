// The layers of src/, read by eslint.config.js (import restrictions while editing) and by
// test/unit/layers.test.ts (the exact check, run in `npm test`). Plain JavaScript because
// ESLint loads its config without a TypeScript loader on Node 20; layers.d.ts types it.

/**
 * Each top-level folder or entry file of src/, and the others its imports may reach (its own
 * folder always). The direction is components → react → flow → api → core; beside it:
 * - i18n (the message catalogues) needs core's error kinds only; theme needs nothing: both are
 *   leaves the components use.
 * - locales (one translation per file, each its own package entry) build on i18n.
 * - server (the proxy) speaks HTTP through api's rules and knows no React.
 * - testing (the mock Riffyn, fixtures) may use anything below React.
 * - core.ts is the React-free entry (`riffyn-login-kit/core`); index.ts is the main entry and
 *   takes everything but testing and locales, which are entries of their own (importing them
 *   would put the mock or every translation into the main bundle).
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const layers = {
  core: [],
  api: ['core'],
  flow: ['api', 'core'],
  react: ['flow', 'api', 'core'],
  components: ['react', 'flow', 'api', 'core', 'i18n', 'theme'],
  i18n: ['core'],
  theme: [],
  locales: ['i18n', 'core'],
  server: ['api', 'core'],
  testing: ['server', 'flow', 'api', 'core', 'i18n'],
  'core.ts': ['core', 'api', 'flow', 'i18n', 'server'],
  'index.ts': ['core.ts', 'components', 'react', 'flow', 'api', 'core', 'i18n', 'theme', 'server'],
};

/** A story (`*.stories.tsx`) shows its component with the mock, translations and Storybook's helpers. */
export const storyFile = /\.stories\.tsx?$/;

/** What a story may import besides its folder's layers: in src/, and outside it (repo root). */
export const storyExtras = { src: ['testing', 'locales'], outside: ['.storybook', 'demo'] };

/**
 * The layers that must run without React: the React-free entry and everything it, the server or
 * the mock reaches. Type-only imports count: a `.d.ts` naming React makes consumers of
 * `riffyn-login-kit/core` install @types/react.
 */
export const reactFree = ['core', 'api', 'flow', 'i18n', 'theme', 'locales', 'server', 'testing', 'core.ts'];

/** React and the React bindings the kit is built on (its React peers). */
export const reactPackages = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query'];
