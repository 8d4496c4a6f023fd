import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * The SSR page's two halves, built as an app would build them: `render(baseUrl)` for the server
 * (Node, react external) and one browser script that hydrates the same tree.
 */
export async function buildSsrPage(): Promise<{
  render: (baseUrl: string, view: string) => string;
  clientJs: string;
  remove(): Promise<void>;
}> {
  // Inside the project, so the server half finds react in node_modules.
  const cache = join(here, '../../../node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const outDir = await mkdtemp(join(cache, 'rlk-ssr-'));
  const common: InlineConfig = { configFile: false, root: here, logLevel: 'silent', publicDir: false, envFile: false, plugins: [react()] };
  await build({
    ...common,
    build: { ssr: join(here, 'server.tsx'), outDir: join(outDir, 'server'), emptyOutDir: true },
  });
  await build({
    ...common,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(outDir, 'client'),
      emptyOutDir: true,
      lib: { entry: join(here, 'client.tsx'), formats: ['es'], fileName: () => 'client.js' },
      // One file, which the test servers serve alone (the kit's later steps would be chunks).
      rolldownOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const server = (await import(pathToFileURL(join(outDir, 'server', 'server.js')).href)) as { render: (baseUrl: string, view: string) => string };
  return {
    render: server.render,
    clientJs: join(outDir, 'client', 'client.js'),
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}
