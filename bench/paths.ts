import { resolve } from 'node:path';

/** Every path the bench uses, from this folder. */
export const benchDir = import.meta.dirname;
export const repoDir = resolve(benchDir, '..');
export const srcDir = resolve(repoDir, 'src');
export const entriesDir = resolve(benchDir, 'entries');
export const pagesDir = resolve(benchDir, 'pages');
/** `BENCH_OUT` moves it, so two runs at once (e.g. in two worktrees' shells) do not clobber each other. */
export const outDir = resolve(process.env.BENCH_OUT ?? resolve(benchDir, 'out'));
export const weightOutDir = resolve(outDir, 'weight');
export const pagesOutDir = resolve(outDir, 'pages');
export const resultsFile = resolve(outDir, 'results.json');
export const labResultsFile = resolve(outDir, 'lab-results.json');
