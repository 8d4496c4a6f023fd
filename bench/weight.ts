import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bundle, bundlers, peers, reactOnly, type BundleResult, type Bundler } from './bundle.js';
import { measureStylesheet, type CssResult } from './css.js';
import { consumerEntriesDir, installedKitDir, installPackedKit, type InstalledKit } from './package.js';
import pkg from '../package.json' with { type: 'json' };
import { benchDir, outDir, pagesDir } from './paths.js';

export interface WeightTarget {
  id: string;
  label: string;
  /** A file in bench/entries (bundled from the installed tarball), or an absolute path. */
  entry: string;
  external: readonly string[];
}

/** A locale's row: an entry generated beside the others, importing the subpath as an app does. */
const localeEntry = (locale: string) => `locale-${locale}.js`;
const locales = Object.keys(pkg.exports).flatMap((path) => (path.startsWith('./locales/') ? [path.slice('./locales/'.length)] : []));

/**
 * Every JS bundle measured, in table order: the budgeted rows first, then the ones reported only.
 * Each is built from the packed tarball with Vite and with esbuild (bench/bundle.ts).
 */
export const weightTargets: WeightTarget[] = [
  { id: 'use-auth', label: '`{ useAuth }` alone', entry: 'use-auth-only.js', external: peers },
  { id: 'login-form', label: '`<LoginForm>` alone', entry: 'login-form.js', external: peers },
  { id: 'headless', label: 'Headless: `createRiffynClient` + `AuthProvider` + `useAuth`', entry: 'headless.js', external: peers },
  { id: 'drop-in', label: 'The drop-in: `createRiffynClient` + `AuthProvider` + `<AuthFlow>`', entry: 'drop-in.js', external: peers },
  {
    id: 'login-page',
    label: 'Login page: the drop-in + react-hook-form + react-query (only react, react-dom external)',
    entry: 'login-page.jsx',
    external: reactOnly,
  },
  { id: 'kit', label: 'Whole kit (every export; reported only)', entry: 'kit.js', external: peers },
  { id: 'mfa-factor-picker', label: '`<MfaFactorPicker>` alone', entry: 'mfa-factor-picker.js', external: peers },
  { id: 'api-key-reveal', label: '`<ApiKeyReveal>` alone', entry: 'api-key-reveal.js', external: peers },
  { id: 'auth-flow', label: '`<AuthFlow>` alone (all steps + useAuth)', entry: 'auth-flow.js', external: peers },
  {
    id: 'session-timeout-warning',
    label: '`<SessionTimeoutWarning>` alone (with useAuth and the extend call)',
    entry: 'session-timeout-warning.js',
    external: peers,
  },
  {
    id: 'login-page-own-sign-in',
    label: 'The login page with its sign-in step replaced by a plain form (`components={{ loginForm }}`)',
    entry: 'login-page-own-sign-in.jsx',
    external: reactOnly,
  },
  {
    id: 'plain-form',
    label: 'For scale: a plain useState login form (bench/pages/plain-form.tsx, no kit)',
    entry: resolve(pagesDir, 'plain-form.tsx'),
    external: reactOnly,
  },
  {
    id: 'proxy',
    label: 'Proxy handler `createRiffynProxy` from `riffyn-login-kit/core` (runs on the server; imports nothing)',
    entry: 'proxy.js',
    external: [],
  },
  // One row per shipped translation (reported only): an app pays for the one it imports, nothing
  // for the others, and the drop-in rows above do not change.
  ...locales.map((locale): WeightTarget => ({
    id: `locale-${locale}`,
    label: `One translation: \`riffyn-login-kit/locales/${locale}\``,
    entry: localeEntry(locale),
    external: [],
  })),
];

/** One row: the same entry through both bundlers; budgets hold the larger gzip of the two. */
export interface WeightRow {
  id: string;
  vite: BundleResult;
  esbuild: BundleResult;
  /** The larger of the two gzip sizes: what a budget is checked against. */
  gzip: number;
  /** The larger of the two first loads (the entry and its static imports; without the steps loaded on demand). */
  initialGzip: number;
}

/**
 * The names the kit's own bundle imports from react-hook-form and react-query, re-exported from
 * one generated entry: what the two libraries alone add to a login page (the floor under its budget).
 */
async function depsEntry(kit: BundleResult): Promise<string> {
  const names = new Map<string, Set<string>>();
  for (const match of kit.code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["'](react-hook-form|@tanstack\/react-query)["']/g)) {
    const set = names.get(match[2]!) ?? new Set<string>();
    for (const spec of match[1]!.split(',')) {
      const name = spec.trim().split(/\s+as\s+/)[0];
      if (name) set.add(name);
    }
    names.set(match[2]!, set);
  }
  if (names.size === 0) throw new Error('the kit bundle imports nothing from react-hook-form or react-query');
  const lines = [...names].map(([pkg, set]) => `export { ${[...set].sort().join(', ')} } from '${pkg}';`);
  // Inside the repo whatever BENCH_OUT says, so the packages resolve from its node_modules;
  // named per out dir, so two runs at once do not overwrite each other's entry.
  const dir = resolve(benchDir, 'out', 'entries');
  await mkdir(dir, { recursive: true });
  const file = resolve(dir, `deps-${createHash('sha1').update(outDir).digest('hex').slice(0, 8)}.js`); // .js: generated, so outside the type check
  await writeFile(file, `// Generated by bench/weight.ts from the kit bundle's imports.\n${lines.join('\n')}\n`);
  return file;
}

export const depsLabel = 'react-hook-form + react-query alone, the names the kit imports (only react, react-dom external)';

export interface WeightResults {
  kit: InstalledKit;
  rows: WeightRow[];
  css: CssResult;
}

async function measureRow(id: string, entry: string, external: readonly string[]): Promise<WeightRow> {
  const [vite, esbuild] = await Promise.all(bundlers.map((b: Bundler) => bundle(id, entry, external, b)));
  return {
    id,
    vite: vite!,
    esbuild: esbuild!,
    gzip: Math.max(vite!.gzip, esbuild!.gzip),
    initialGzip: Math.max(vite!.initial.gzip, esbuild!.initial.gzip),
  };
}

/** Packs and installs the kit, then builds every row; the Vite builds one after another (shared state). */
export async function measureWeight(log: (line: string) => void): Promise<WeightResults> {
  const kit = await installPackedKit(log);
  log(`  installed ${kit.tarball} (${kit.files} files)`);
  for (const locale of locales) {
    await writeFile(resolve(consumerEntriesDir, localeEntry(locale)), `export * from 'riffyn-login-kit/locales/${locale}';\n`);
  }
  const rows: WeightRow[] = [];
  for (const target of weightTargets) {
    const t0 = performance.now();
    rows.push(await measureRow(target.id, resolve(consumerEntriesDir, target.entry), target.external));
    log(`  built ${target.id} in ${Math.round(performance.now() - t0)} ms`);
  }
  const whole = rows.find((r) => r.id === 'kit');
  if (whole) rows.push(await measureRow('deps', await depsEntry(whole.vite), reactOnly));
  const css = await measureStylesheet(resolve(installedKitDir, 'dist/styles.css'));
  return { kit, rows, css };
}
