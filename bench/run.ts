/**
 * `npm run bench`: what an app that installs the kit ships, and what CI enforces. Packs the kit
 * (`npm pack`, which builds dist/), installs the tarball into a consumer folder, bundles each
 * row's entry with Vite and with esbuild (peers external unless the row says otherwise), checks
 * the budgets against the larger of the two and the tree-shaking of `{ useAuth }` alone.
 * Deterministic and a minute or two: no browser, no timing (those are `npm run bench:lab`).
 *   --guard    a budget not met yet fails only above its guard (its size when last measured):
 *              what CI runs while a cut is pending, so nothing grows meanwhile
 *   --anatomy  also where the drop-in's and the headless part's gzip bytes are, by module and by
 *              kind of string (bench/out/anatomy.json)
 * BENCH_OUT=dir writes bench/out elsewhere (two runs at once); BENCH_TARBALL=file measures that
 * tarball instead of packing one.
 * Prints a markdown table and verdicts, writes bench/out/results.json, exits 1 when a budget or
 * check fails.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { anatomy, renderAnatomy, type Anatomy } from './anatomy.js';
import { budgets } from './budgets.js';
import { describeMachine } from './machine.js';
import { outDir, resultsFile } from './paths.js';
import { renderReport } from './report.js';
import type { BudgetVerdict, Results } from './results.js';
import { runMain, step, watchdog } from './steps.js';
import { checkTreeShaking } from './treeshake.js';
import { measureWeight } from './weight.js';

const args = process.argv.slice(2);
const wantAnatomy = args.includes('--anatomy');
const guard = args.includes('--guard');
const flags = ['--anatomy', '--guard'];
const unknown = args.filter((a) => !flags.includes(a));
if (unknown.length) {
  console.error(`bench: unknown argument(s) ${unknown.join(' ')}; use ${flags.join(', ')} (timings, memory and peers: npm run bench:lab)`);
  process.exit(2);
}

const timer = watchdog(10);
const log = (line: string) => console.error(line); // progress on stderr, the report on stdout

async function main(): Promise<number> {
  const started = performance.now();
  await mkdir(outDir, { recursive: true });
  const results: Results = {
    date: new Date().toISOString(),
    mode: 'weight',
    machine: await describeMachine(),
    units: {
      kb: 1024,
      compression: 'gzip level 9, brotli quality 11 (node:zlib)',
      minifier: 'the packed tarball installed as an app installs it, bundled by vite 8 (rolldown + oxc) and by esbuild, each minified, no comments',
    },
    budgets: [],
    errors: [],
    ok: false,
    durationMs: 0,
  };

  log('weight (from the packed tarball)…');
  const weight = await step(results, 'weight', () => measureWeight(log), log);
  if (weight) {
    const summary = ({ code: _code, moduleCode: _moduleCode, ...rest }: (typeof weight.rows)[number]['vite']) => rest;
    results.weight = {
      tarball: weight.kit.tarball,
      files: weight.kit.files,
      rows: weight.rows.map((r) => ({ id: r.id, gzip: r.gzip, initialGzip: r.initialGzip, vite: summary(r.vite), esbuild: summary(r.esbuild) })),
      css: weight.css,
    };
    for (const budget of budgets) {
      const row = weight.rows.find((r) => r.id === budget.measures);
      const part = budget.part ?? 'all';
      const gzip = budget.measures === 'styles' ? weight.css.gzip : part === 'initial' ? row?.initialGzip : row?.gzip;
      if (gzip === undefined) continue;
      const verdict: BudgetVerdict = {
        id: budget.id,
        label: budget.label,
        gzip,
        maxGzip: budget.maxGzip,
        ok: gzip <= budget.maxGzip,
        ...(guard && budget.guardGzip !== undefined && gzip <= budget.guardGzip && { guarded: true }),
        part,
        ...(row && {
          byBundler: part === 'initial' ? { vite: row.vite.initial.gzip, esbuild: row.esbuild.initial.gzip } : { vite: row.vite.gzip, esbuild: row.esbuild.gzip },
        }),
        heaviest: row?.vite.modules.slice(0, 5) ?? [],
      };
      results.budgets.push(verdict);
    }
    log('tree-shaking…');
    results.treeShaking = await step(results, 'tree-shaking', async () => checkTreeShaking(weight.rows), log);
  }
  let anatomies: Anatomy[] = [];
  if (wantAnatomy && weight) {
    anatomies = ['drop-in', 'headless'].flatMap((id) => {
      const row = weight.rows.find((r) => r.id === id);
      return row ? [anatomy(row.vite)] : [];
    });
    await writeFile(resolve(outDir, 'anatomy.json'), `${JSON.stringify(anatomies, null, 2)}\n`);
  }

  results.ok =
    results.errors.length === 0 &&
    results.budgets.length === budgets.length &&
    results.budgets.every((b) => b.ok || b.guarded) &&
    results.treeShaking?.ok === true;
  results.durationMs = Math.round(performance.now() - started);

  console.log(renderReport(results));
  for (const a of anatomies) console.log(`\n${renderAnatomy(a)}`);
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nresults: ${resultsFile}`);
  return results.ok ? 0 : 1;
}

runMain(main, timer);
