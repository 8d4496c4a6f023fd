// The installed tarball through three bundlers as apps run them (production, minified, the kit's
// peers external): an app importing `{ useAuth }` alone, or the headless sign-in, must get none
// of the components' code; `<LoginForm>` alone must (the control: the check can see it).
// Prints one line per bundler and entry; exits 1 on any problem.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { build as vite } from 'vite';
import webpack from 'webpack';

const here = import.meta.dirname;
const peers = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query'];
const isPeer = (id) => peers.some((p) => id === p || id.startsWith(`${p}/`));
const entries = ['use-auth', 'headless', 'login-form'];

/** Strings only the components (and react-hook-form, which only they use) put in a bundle. */
const componentCode = [
  ['data-rlk-component', /data-rlk-component/],
  ['data-slot', /data-slot/],
  ['"Sign in to Riffyn"', /Sign in to Riffyn/],
  ['a react-hook-form import', /["']react-hook-form["']/],
];

const bundlers = {
  async vite(entry, outDir) {
    await vite({
      configFile: false,
      root: here,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: true,
        lib: { entry: join(here, 'src', `${entry}.js`), formats: ['es'], fileName: () => 'out.js' },
        rolldownOptions: { external: isPeer },
      },
    });
  },
  async esbuild(entry, outDir) {
    await esbuild.build({
      entryPoints: [join(here, 'src', `${entry}.js`)],
      outfile: join(outDir, 'out.js'),
      bundle: true,
      minify: true,
      format: 'esm',
      logLevel: 'silent',
      external: peers.flatMap((p) => [p, `${p}/*`]),
    });
  },
  async webpack(entry, outDir) {
    const stats = await new Promise((done, fail) =>
      webpack({
        mode: 'production',
        context: here,
        entry: join(here, 'src', `${entry}.js`),
        experiments: { outputModule: true },
        output: { path: outDir, filename: 'out.js', library: { type: 'module' } },
        externalsType: 'module',
        externals: [({ request }, callback) => (isPeer(request) ? callback(null, request) : callback())],
      }).run((error, result) => (error ? fail(error) : done(result))),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  },
};

let failed = 0;
for (const [name, run] of Object.entries(bundlers)) {
  for (const entry of entries) {
    const outDir = join(here, 'out', name, entry);
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    await run(entry, outDir);
    const code = await readFile(join(outDir, 'out.js'), 'utf8');
    const found = componentCode.filter(([, pattern]) => pattern.test(code)).map(([what]) => what);
    const ok = entry === 'login-form' ? found.includes('data-rlk-component') : found.length === 0;
    if (!ok) failed++;
    const what = entry === 'login-form' ? 'component code present (control)' : 'no component code';
    console.log(`${ok ? 'ok' : 'FAIL'} ${name} ${entry}: ${(code.length / 1024).toFixed(1)} KB${found.length ? `, has ${found.join(', ')}` : ''} (${what})`);
  }
}
process.exit(failed ? 1 : 0);
