import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import * as esbuild from 'esbuild';
import { build, minifySync, type Rolldown } from 'vite';
import { sizesOf, type Sizes } from './compress.js';
import { repoDir, weightOutDir } from './paths.js';

/** Peers a consumer's app already has; the kit's own build keeps them external too. */
export const peers = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query'] as const;
/** Only React itself: what "a user ships" bundles everything else. */
export const reactOnly = ['react', 'react-dom'] as const;

const externalFn = (names: readonly string[]) => (id: string) =>
  names.some((name) => id === name || id.startsWith(`${name}/`));

export interface ModuleShare {
  /** Path from the repo root (or the package name for node_modules). */
  module: string;
  /** Bytes of this module's code in the bundle before minification (rolldown's renderedLength). */
  rendered: number;
  /**
   * That code minified on its own (oxc, top-level names mangled) and its gzip size on its own:
   * an estimate of the module's share; shares do not add up exactly to the bundle's size.
   */
  min: number;
  gzip: number;
}

/** A module's code as it sits in the bundle, minified alone (with that code, for bench/anatomy.ts). */
function moduleShare(module: string, code: string, rendered: number): ModuleShare & { minified: string } {
  let minified = code;
  try {
    minified = minifySync('module.js', code, { module: true, compress: { unused: false }, mangle: { toplevel: true } }).code;
  } catch {
    // A fragment that does not parse alone keeps its rendered size.
  }
  const { min, gzip } = sizesOf(minified);
  return { module, rendered, min, gzip, minified };
}

/** The two bundlers every size row is built with; a budget holds the larger of the two. */
export type Bundler = 'vite' | 'esbuild';
export const bundlers: readonly Bundler[] = ['vite', 'esbuild'];

export interface BundleResult extends Sizes {
  name: string;
  bundler: Bundler;
  entry: string;
  files: string[];
  /**
   * What the page loads before anything else: the entry's file and the files it imports
   * statically (each compressed alone, as they are fetched). The rest are chunks it imports on
   * demand (`import()`): the kit's later steps.
   */
  initial: Sizes;
  /** The bundle's text, all JS files joined (for content checks). */
  code: string;
  /** Non-JS files emitted (e.g. CSS), relative to the out dir. */
  otherFiles: string[];
  /** Bare imports left in the output (the externals actually used). */
  imports: string[];
  /** Largest modules first, before minification (Vite's builds; esbuild's report none). */
  modules: ModuleShare[];
  /** Each module's code minified alone, by module (for bench/anatomy.ts; not in results.json). */
  moduleCode: Map<string, string>;
}

function moduleLabel(id: string): string {
  const nm = id.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = id.slice(nm + '/node_modules/'.length).split('/');
    // The kit's own files by path: with one output module per source module, they name the source.
    if (rest[0] === 'riffyn-login-kit') return rest.join('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return relative(repoDir, id.replace(/\?.*$/, '').replace(/^\0/, ''));
}

/** The files a build wrote, read back and measured, each compressed on its own (fetched one by one). */
async function measureDir(
  dir: string,
  initialFiles: ReadonlySet<string>,
): Promise<{ jsFiles: string[]; otherFiles: string[]; code: string; sizes: Sizes; initial: Sizes }> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
  const jsFiles = names.filter((f) => /\.m?js$/.test(f));
  const otherFiles = names.filter((f) => !/\.m?js$/.test(f) && !f.endsWith('.map') && !f.endsWith('.json'));
  const sizes: Sizes = { min: 0, gzip: 0, brotli: 0 };
  const initial: Sizes = { min: 0, gzip: 0, brotli: 0 };
  const add = (to: Sizes, s: Sizes) => {
    to.min += s.min;
    to.gzip += s.gzip;
    to.brotli += s.brotli;
  };
  let code = '';
  for (const file of jsFiles) {
    const text = await readFile(join(dir, file), 'utf8');
    code += text;
    const s = sizesOf(text);
    add(sizes, s);
    if (initialFiles.has(file)) add(initial, s);
  }
  if (initial.gzip === 0) throw new Error(`bench: no entry file found among ${jsFiles.join(', ')}`);
  return { jsFiles, otherFiles, code, sizes, initial };
}

/** `start` and every file it reaches through `next` (static imports only). */
function reached(start: string, next: (file: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    next(file).forEach(visit);
  };
  visit(start);
  return seen;
}

/** One entry through `bundler`, minified as an app's production build does it. */
export function bundle(name: string, entry: string, external: readonly string[], bundler: Bundler = 'vite'): Promise<BundleResult> {
  return bundler === 'vite' ? bundleWithVite(name, entry, external) : bundleWithEsbuild(name, entry, external);
}

/**
 * esbuild as an app's build runs it by default: bundle, minify, ESM for browsers, automatic JSX,
 * `process.env.NODE_ENV` = production; honours the package's `sideEffects` like any bundler.
 */
async function bundleWithEsbuild(name: string, entry: string, external: readonly string[]): Promise<BundleResult> {
  const dir = resolve(weightOutDir, 'esbuild', name);
  await rm(dir, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { [name]: entry },
    outdir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    // esbuild's default, no code splitting: its `splitting` puts every module that a chunk loaded
    // on demand shares with the entry into chunks the entry imports, tree-shaken or not (it splits
    // by which files a barrel reaches), so `{ useAuth }` alone would load 14 KB. Without it the
    // steps loaded on demand are in the one file, and the first load is the whole bundle.
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    external: external.flatMap((name) => [name, `${name}/*`]),
  });
  const imports = new Set<string>();
  for (const out of Object.values(result.metafile.outputs)) {
    for (const imp of out.imports) if (imp.external) imports.add(imp.path);
  }
  const outputs = result.metafile.outputs;
  const relToDir = (path: string) => relative(dir, resolve(repoDir, path));
  const entryOut = Object.keys(outputs).find((path) => outputs[path]!.entryPoint);
  if (!entryOut) throw new Error(`bench: esbuild wrote no entry for ${name}`);
  const initialFiles = reached(entryOut, (path) =>
    outputs[path]!.imports.filter((imp) => !imp.external && imp.kind === 'import-statement').map((imp) => imp.path),
  );
  const { jsFiles, otherFiles, code, sizes, initial } = await measureDir(dir, new Set([...initialFiles].map(relToDir)));
  return {
    name,
    bundler: 'esbuild',
    initial,
    entry: relative(repoDir, entry),
    files: jsFiles.map((f) => relative(repoDir, join(dir, f))),
    code,
    otherFiles,
    imports: [...imports].sort(),
    modules: [],
    moduleCode: new Map(),
    ...sizes,
  };
}

/**
 * One entry through vite's JS API in library (ES) mode, minified as an app build would do it:
 * whitespace too and no comments (lib mode alone keeps both for the consumer's bundler), and
 * `process.env.NODE_ENV` = production, as the consumer's build sets it.
 */
async function bundleWithVite(name: string, entry: string, external: readonly string[]): Promise<BundleResult> {
  const dir = resolve(weightOutDir, 'vite', name);
  const result = await build({
    configFile: false,
    root: repoDir,
    logLevel: 'silent',
    publicDir: false,
    envFile: false,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        external: externalFn(external),
        output: { minify: true, comments: { annotation: false, jsdoc: false, legal: false } },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];

  const moduleCode = new Map<string, { code: string; rendered: number }>();
  const imports = new Set<string>();
  const chunks = new Map<string, Rolldown.OutputChunk>();
  for (const out of outputs) {
    for (const item of out.output ?? []) {
      if (item.type !== 'chunk') continue;
      chunks.set(item.fileName, item);
      for (const imp of [...item.imports, ...item.dynamicImports]) imports.add(imp);
      for (const [id, info] of Object.entries(item.modules)) {
        const label = moduleLabel(id);
        const seen = moduleCode.get(label) ?? { code: '', rendered: 0 };
        moduleCode.set(label, { code: `${seen.code}\n${info.code ?? ''}`, rendered: seen.rendered + info.renderedLength });
      }
    }
  }
  for (const file of chunks.keys()) imports.delete(file); // the bundle's own chunks, not externals
  const entryChunk = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entryChunk) throw new Error(`bench: vite wrote no entry for ${name}`);
  const initialFiles = reached(entryChunk.fileName, (file) => chunks.get(file)?.imports.filter((imp) => chunks.has(imp)) ?? []);
  const { jsFiles, otherFiles, code, sizes, initial } = await measureDir(dir, initialFiles);
  const shares = [...moduleCode]
    .filter(([, m]) => m.rendered > 0)
    .map(([module, m]) => moduleShare(module, m.code, m.rendered))
    .sort((a, b) => b.gzip - a.gzip);
  const modules = shares.map(({ minified: _minified, ...share }) => share);
  return {
    name,
    bundler: 'vite',
    initial,
    entry: relative(repoDir, entry),
    files: jsFiles.map((f) => relative(repoDir, join(dir, f))),
    code,
    otherFiles,
    imports: [...imports].sort(),
    modules,
    moduleCode: new Map(shares.map((share) => [share.module, share.minified])),
    ...sizes,
  };
}
