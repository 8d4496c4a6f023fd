/**
 * `npm run bench` — weight, budgets, tree-shaking, render speed and re-renders in one run.
 *   --weight   sizes, budgets and the tree-shaking check only (fast)
 *   --ci       the same as --weight (sizes are deterministic, timing is not)
 *   --guard    a budget not met yet fails only above its guard (today's size): what CI runs, so
 *              nothing grows while a cut is pending
 *   --anatomy  with the sizes: where the drop-in's and the headless part's gzip bytes are, by
 *              module and by kind of string (bench/out/anatomy.json)
 *   --peers    also Supabase Auth UI and Amplify's Authenticator, weight and first input beside the
 *              kit and the plain form (installs them into ~/.cache/riffyn-login-kit/bench-peers)
 *   --runs=N   render-speed runs per page (default 15, at least 7)
 * BENCH_OUT=dir writes bench/out elsewhere (two runs at once).
 * The full run also measures interaction latency (keystroke, "Sign in" → busy, answer → MFA step),
 * the server-rendered page, memory over 50 mount/unmount cycles and a CPU profile of the first
 * render (bench/out/first-render.cpuprofile, self time by module).
 * Prints a markdown table and verdicts, writes bench/out/results.json, exits 1 when a budget or
 * check fails (timings are reported only; memory growth over the cycles fails).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { resolve } from 'node:path';
import { anatomy, renderAnatomy, type Anatomy } from './anatomy.js';
import { budgets } from './budgets.js';
import { launchChromium, within } from './browser.js';
import { describeMachine } from './machine.js';
import { buildPages } from './pages-build.js';
import { outDir, pagesOutDir, resultsFile } from './paths.js';
import { measureInteraction, measureMemory, profileFirstRender } from './lab.js';
import { measurePeers } from './peers.js';
import { measureRenderSpeed } from './render-speed.js';
import { renderReport } from './report.js';
import { measureRerenders } from './rerenders.js';
import type { BudgetVerdict, Results } from './results.js';
import { serveStatic, type StaticServer } from './server.js';
import { checkTreeShaking } from './treeshake.js';
import { measureWeight } from './weight.js';

const args = process.argv.slice(2);
const weightOnly = args.includes('--weight') || args.includes('--ci');
const wantAnatomy = args.includes('--anatomy');
const wantPeers = args.includes('--peers');
const guard = args.includes('--guard');
const runsArg = args.find((a) => a.startsWith('--runs='));
const runs = Math.max(7, Number(runsArg?.slice('--runs='.length) ?? 15) || 15);
const flags = ['--weight', '--ci', '--guard', '--anatomy', '--peers'];
const unknown = args.filter((a) => !flags.includes(a) && !a.startsWith('--runs='));
if (unknown.length) {
  console.error(`bench: unknown argument(s) ${unknown.join(' ')}; use ${flags.join(', ')} and/or --runs=N`);
  process.exit(2);
}

// A hung step must not hold CI: the whole run is bounded too (each browser step has its own limit).
const watchdog = setTimeout(
  () => {
    console.error('bench: still running after its time limit, giving up');
    process.exit(2);
  },
  (wantPeers ? 30 : 10) * 60_000,
);
watchdog.unref();

const log = (line: string) => console.error(line); // progress on stderr, the report on stdout

async function step<T>(results: Results, name: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  ${name} failed: ${message}`);
    results.errors.push({ step: name, message });
    return undefined;
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  await mkdir(outDir, { recursive: true });
  const results: Results = {
    date: new Date().toISOString(),
    mode: weightOnly ? 'weight' : 'all',
    machine: await describeMachine(),
    units: {
      kb: 1024,
      compression: 'gzip level 9, brotli quality 11 (node:zlib)',
      minifier: 'vite 8 build() in library ES mode, rolldown + oxc minify with whitespace, no comments',
    },
    budgets: [],
    errors: [],
    ok: false,
    durationMs: 0,
  };

  // 1. Weight, 2. budgets, 5. tree-shaking.
  log('weight…');
  const weight = await step(results, 'weight', () => measureWeight(log));
  if (weight) {
    results.weight = { bundles: weight.bundles.map(({ code: _code, moduleCode: _moduleCode, ...rest }) => rest), css: weight.css };
    for (const budget of budgets) {
      const bundle = weight.bundles.find((b) => b.name === budget.measures);
      const measured = budget.measures === 'styles' ? weight.css : bundle;
      if (!measured) continue;
      const verdict: BudgetVerdict = {
        id: budget.id,
        label: budget.label,
        gzip: measured.gzip,
        maxGzip: budget.maxGzip,
        ok: measured.gzip <= budget.maxGzip,
        ...(guard && budget.guardGzip !== undefined && measured.gzip <= budget.guardGzip && { guarded: true }),
        heaviest: bundle?.modules.slice(0, 5) ?? [],
      };
      results.budgets.push(verdict);
    }
  }
  let anatomies: Anatomy[] = [];
  if (wantAnatomy && weight) {
    anatomies = ['drop-in', 'headless'].flatMap((id) => {
      const b = weight.bundles.find((bundle) => bundle.name === id);
      return b ? [anatomy(b)] : [];
    });
    await writeFile(resolve(outDir, 'anatomy.json'), `${JSON.stringify(anatomies, null, 2)}\n`);
  }
  log('tree-shaking…');
  results.treeShaking = await step(results, 'tree-shaking', () =>
    checkTreeShaking(
      weight?.bundles.find((b) => b.name === 'headless'),
      weight?.bundles.find((b) => b.name === 'login-page'),
    ),
  );

  // 3. Render speed, 4. re-renders.
  if (!weightOnly) {
    let browser: Browser | undefined;
    let server: StaticServer | undefined;
    try {
      log('pages…');
      results.pages = await step(results, 'page build', () => buildPages(log));
      if (results.pages) {
        server = await serveStatic(pagesOutDir);
        log('chromium…');
        browser = await within(40_000, 'chromium launch', launchChromium());
        results.machine.chromium = `Chromium ${browser.version()}`;
        const b = browser;
        const url = server.url;
        results.renderSpeed = await step(results, 'render speed', () =>
          within(180_000, 'render speed', measureRenderSpeed(b, url, runs, log)),
        );
        results.rerenders = await step(results, 're-renders', () => measureRerenders(b, url, log));
        log('interaction…');
        results.interaction = await step(results, 'interaction', () =>
          within(180_000, 'interaction', measureInteraction(b, url, Math.max(3, Math.round(runs / 3)), log)),
        );
        log('memory…');
        results.memory = await step(results, 'memory', () => within(120_000, 'memory', measureMemory(b, url, log)));
        if (wantPeers) {
          log('peers…');
          const built = results.pages;
          results.peers = await step(results, 'peers', () => within(15 * 60_000, 'peers', measurePeers(b, url, built, runs, log)));
        }
        log('profile…');
        results.profile = await step(results, 'profile', () =>
          within(60_000, 'profile', profileFirstRender(b, url, resolve(outDir, 'first-render.cpuprofile'), log)),
        );
      }
    } catch (error) {
      results.errors.push({ step: 'browser', message: error instanceof Error ? error.message : String(error) });
    } finally {
      await within(15_000, 'chromium close', browser?.close() ?? Promise.resolve()).catch(() => {});
      await server?.close();
    }
  }

  results.ok =
    results.errors.length === 0 &&
    results.budgets.length === budgets.length &&
    results.budgets.every((b) => b.ok || b.guarded) &&
    results.treeShaking?.ok === true &&
    (weightOnly || (results.rerenders?.typing.ok === true && results.memory?.ok === true));
  results.durationMs = Math.round(performance.now() - started);

  console.log(renderReport(results));
  for (const a of anatomies) console.log(`\n${renderAnatomy(a)}`);
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nresults: ${resultsFile}`);
  return results.ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
    clearTimeout(watchdog);
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
