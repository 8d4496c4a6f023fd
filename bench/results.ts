import type { BundleResult, ModuleShare } from './bundle.js';
import type { CssResult } from './css.js';
import type { InteractionResult, MemoryResult, ProfileResult } from './lab.js';
import type { Machine } from './machine.js';
import type { PageBuild } from './pages-build.js';
import type { PeersResult } from './peers.js';
import type { RenderSpeedResult } from './render-speed.js';
import type { RerenderResult } from './rerenders.js';
import type { TreeShakeResult } from './treeshake.js';

export type BundleSummary = Omit<BundleResult, 'code' | 'moduleCode'>;

/** One size row: the same entry built from the tarball by Vite and by esbuild. */
export interface WeightRowSummary {
  id: string;
  /** The larger gzip of the two, what a budget holds. */
  gzip: number;
  /** The larger first load of the two (without what the bundle loads on demand). */
  initialGzip: number;
  vite: BundleSummary;
  esbuild: BundleSummary;
}

export interface BudgetVerdict {
  id: string;
  label: string;
  gzip: number;
  maxGzip: number;
  /** gzip ≤ maxGzip. */
  ok: boolean;
  /** Set with `--guard` on a budget not met yet: gzip ≤ its guard, so the run does not fail on it. */
  guarded?: boolean;
  /** What the budget holds: the whole bundle, or its first load (see `Budget.part`). */
  part: 'all' | 'initial';
  /** gzip of each bundler's build (the larger is `gzip`). */
  byBundler?: { vite: number; esbuild: number };
  /** Largest modules of the bundle (each minified and gzipped alone: an estimate of its share). */
  heaviest: ModuleShare[];
}

/** Everything one run found: `npm run bench` writes bench/out/results.json, the lab lab-results.json. */
export interface Results {
  date: string;
  mode: 'weight' | 'lab';
  machine: Machine;
  units: { kb: 1024; compression: string; minifier: string };
  weight?: { tarball: string; files: number; rows: WeightRowSummary[]; css: CssResult };
  budgets: BudgetVerdict[];
  treeShaking?: TreeShakeResult;
  pages?: Record<string, PageBuild>;
  renderSpeed?: RenderSpeedResult;
  rerenders?: RerenderResult;
  interaction?: InteractionResult;
  memory?: MemoryResult;
  profile?: ProfileResult;
  peers?: PeersResult;
  /** Steps that threw; each makes the run fail. */
  errors: Array<{ step: string; message: string }>;
  ok: boolean;
  durationMs: number;
}
