import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Alias, type Plugin } from 'vite';
import { pagesDir, pagesOutDir } from './paths.js';
import { prerender } from './ssr.js';

export interface PageBuild {
  name: string;
  /** Path under bench/out/pages, e.g. `kit.html`. */
  html: string;
  /** Bytes of the JS and CSS the page loads (minified, uncompressed). */
  bytes: number;
  /** Those files, relative to bench/out/pages. */
  assets: string[];
}

/** Puts the first-input probe inline at the top of <head>, the same script in every speed page. */
async function firstInputProbe(): Promise<Plugin> {
  const code = await readFile(resolve(pagesDir, 'first-input-probe.js'), 'utf8');
  return {
    name: 'bench-first-input-probe',
    transformIndexHtml: () => [{ tag: 'script', children: code, injectTo: 'head-prepend' }],
  };
}

/**
 * A vite production build of one tiny HTML page (react bundled in). The profiler pages use
 * react-dom's profiling build, the only production build in which <Profiler onRender> fires.
 */
export async function buildPage(name: string, profiling: boolean, sourcemap = false, root = pagesDir): Promise<PageBuild> {
  const alias: Alias[] = profiling ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] : [];
  const result = await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    publicDir: false,
    envFile: false,
    plugins: profiling ? [react()] : [react(), await firstInputProbe()],
    // One React even when a peer's package carries its own copy (Supabase Auth UI does).
    resolve: { alias, dedupe: ['react', 'react-dom'] },
    build: {
      outDir: pagesOutDir,
      emptyOutDir: false, // several pages share the folder; it is emptied once before
      reportCompressedSize: false,
      sourcemap, // a separate .map file: the page loads the same code, the CPU profile maps it back
      rolldownOptions: { input: resolve(root, `${name}.html`) },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  let bytes = 0;
  const assets: string[] = [];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    for (const item of out.output) {
      if (item.fileName.endsWith('.html') || item.fileName.endsWith('.map')) continue;
      bytes += item.type === 'chunk' ? Buffer.byteLength(item.code) : Buffer.byteLength(item.source);
      assets.push(item.fileName);
    }
  }
  // The probe must have survived the build (vite keeps classic inline scripts as they are).
  const html = await readFile(join(pagesOutDir, `${name}.html`), 'utf8');
  if (!profiling && !html.includes('__firstInput')) throw new Error(`${name}.html lost its probe script in the build`);
  return { name, html: `${name}.html`, bytes, assets };
}

export const speedPages = ['kit', 'plain', 'ssr'] as const;
export const profilerPages = ['login-profiler', 'flow-profiler'] as const;

export async function buildPages(log: (line: string) => void): Promise<Record<string, PageBuild>> {
  await rm(pagesOutDir, { recursive: true, force: true });
  const pages: Record<string, PageBuild> = {};
  for (const name of speedPages) pages[name] = await buildPage(name, false);
  for (const name of profilerPages) pages[name] = await buildPage(name, true);
  // Memory, interaction and the CPU profile: the drop-in with mount controls, with a source map.
  pages.lab = await buildPage('lab', false, true);
  await prerender(resolve(pagesOutDir, 'ssr.html'));
  log(`  built pages: ${Object.values(pages).map((p) => `${p.html} (${(p.bytes / 1024).toFixed(1)} KB)`).join(', ')}`);
  return pages;
}
