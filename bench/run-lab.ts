/**
 * `npm run bench:lab`: the opt-in lab, never in CI (timings are noisy on a shared machine). On the
 * bench's own pages (vite production builds of bench/pages, react bundled), in Chromium: render
 * speed against a plain form, re-renders while typing, interaction latency (keystroke, "Sign in"
 * → busy, answer → MFA step), the server-rendered page, memory over 50 mount/unmount cycles and
 * a CPU profile of the first render (bench/out/first-render.cpuprofile, self time by module).
 *   --peers    also Supabase Auth UI and Amplify's Authenticator, weight and first input beside the
 *              kit and the plain form (installs them into ~/.cache/riffyn-login-kit/bench-peers)
 *   --runs=N   render-speed runs per page (default 15, at least 7)
 * BENCH_OUT=dir writes bench/out elsewhere. Writes bench/out/lab-results.json; exits 1 when a
 * step fails, re-renders while typing reach one per keystroke or memory grows over the cycles.
 * Sizes are `npm run bench`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { resolve } from 'node:path';
import { launchChromium, within } from './browser.js';
import { describeMachine } from './machine.js';
import { buildPages } from './pages-build.js';
import { labResultsFile, outDir, pagesOutDir } from './paths.js';
import { measureInteraction, measureMemory, profileFirstRender } from './lab.js';
import { measurePeers } from './peers.js';
import { measureRenderSpeed } from './render-speed.js';
import { renderReport } from './report.js';
import { measureRerenders } from './rerenders.js';
import type { Results } from './results.js';
import { serveStatic, type StaticServer } from './server.js';
import { runMain, step, watchdog } from './steps.js';

const args = process.argv.slice(2);
const wantPeers = args.includes('--peers');
const runsArg = args.find((a) => a.startsWith('--runs='));
const runs = Math.max(7, Number(runsArg?.slice('--runs='.length) ?? 15) || 15);
const flags = ['--peers'];
const unknown = args.filter((a) => !flags.includes(a) && !a.startsWith('--runs='));
if (unknown.length) {
  console.error(`bench:lab: unknown argument(s) ${unknown.join(' ')}; use ${flags.join(', ')} and/or --runs=N`);
  process.exit(2);
}

const timer = watchdog(wantPeers ? 30 : 10);
const log = (line: string) => console.error(line); // progress on stderr, the report on stdout

async function main(): Promise<number> {
  const started = performance.now();
  await mkdir(outDir, { recursive: true });
  const results: Results = {
    date: new Date().toISOString(),
    mode: 'lab',
    machine: await describeMachine(),
    units: {
      kb: 1024,
      compression: 'gzip level 9, brotli quality 11 (node:zlib)',
      minifier: 'vite 8 production builds of bench/pages (rolldown + oxc minify), react bundled',
    },
    budgets: [],
    errors: [],
    ok: false,
    durationMs: 0,
  };

  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  try {
    log('pages…');
    results.pages = await step(results, 'page build', () => buildPages(log), log);
    if (results.pages) {
      server = await serveStatic(pagesOutDir);
      log('chromium…');
      browser = await within(40_000, 'chromium launch', launchChromium());
      results.machine.chromium = `Chromium ${browser.version()}`;
      const b = browser;
      const url = server.url;
      results.renderSpeed = await step(results, 'render speed', () => within(180_000, 'render speed', measureRenderSpeed(b, url, runs, log)), log);
      results.rerenders = await step(results, 're-renders', () => measureRerenders(b, url, log), log);
      log('interaction…');
      results.interaction = await step(
        results,
        'interaction',
        () => within(180_000, 'interaction', measureInteraction(b, url, Math.max(3, Math.round(runs / 3)), log)),
        log,
      );
      log('memory…');
      results.memory = await step(results, 'memory', () => within(120_000, 'memory', measureMemory(b, url, log)), log);
      if (wantPeers) {
        log('peers…');
        const built = results.pages;
        results.peers = await step(results, 'peers', () => within(15 * 60_000, 'peers', measurePeers(b, url, built, runs, log)), log);
      }
      log('profile…');
      results.profile = await step(
        results,
        'profile',
        () => within(60_000, 'profile', profileFirstRender(b, url, resolve(outDir, 'first-render.cpuprofile'), log)),
        log,
      );
    }
  } catch (error) {
    results.errors.push({ step: 'browser', message: error instanceof Error ? error.message : String(error) });
  } finally {
    await within(15_000, 'chromium close', browser?.close() ?? Promise.resolve()).catch(() => {});
    await server?.close();
  }

  results.ok = results.errors.length === 0 && results.rerenders?.typing.ok === true && results.memory?.ok === true;
  results.durationMs = Math.round(performance.now() - started);
  console.log(renderReport(results));
  await writeFile(labResultsFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nresults: ${labResultsFile}`);
  return results.ok ? 0 : 1;
}

runMain(main, timer);
