import { KB } from './compress.js';

export interface Budget {
  id: string;
  label: string;
  /** The row id (weight.ts) or 'styles'. */
  measures: string;
  /** Max gzip bytes (level 9, 1 KB = 1024 B): above it `npm run bench` exits non-zero, in CI too. */
  maxGzip: number;
  /**
   * While the budget is not met: the size measured when it was last checked. `--guard` (what CI
   * runs until every budget holds) fails above it instead of the budget, so nothing grows while
   * the cut that meets the budget is pending; plain `npm run bench` still fails on the budget.
   */
  guardGzip?: number;
}

/**
 * Budgets on gzip size, each checked against the larger of the Vite and the esbuild build of the
 * packed tarball (peers external unless the row says otherwise). Decided again 2026-12-07 from
 * what an installed package weighs; `styles.css` has room on purpose (the look matters more
 * than a kilobyte of CSS on a login page). Spend headroom only on what users see or what keeps
 * them safe, and never raise a budget to fit a regression. Rows not listed are reported only.
 */
export const budgets: Budget[] = [
  { id: 'use-auth', label: '`{ useAuth }` alone', measures: 'use-auth', maxGzip: 1.5 * KB },
  { id: 'login-form', label: '`<LoginForm>` alone', measures: 'login-form', maxGzip: 6 * KB },
  // Guards, 2026-12-07 (esbuild, the larger): when the budgets were set the drop-in and the login
  // page missed by 0.12 and 0.94 KB under esbuild. Since: the components in parts (+0.8 KB), the
  // third hardening round (+0.6), and in the controller session mode's restore, tab sync, the
  // event stream and the selectors (+1.8 headless, about +2 on the drop-in). Measured then
  // 7.61 / 20.99 / 41.78 KB; these guards hold them there until the cut (the MFA and key steps
  // loaded on demand, tab sync and restore only where session mode is used) lands. The look's
  // second round (six code boxes, the collapsed factors, "Rename key", the layout options) added
  // 0.5 KB to the drop-in and the login page (21.50 / 42.31 KB): the guards moved with it.
  {
    id: 'headless',
    label: 'headless (createRiffynClient + AuthProvider + useAuth)',
    measures: 'headless',
    maxGzip: 6 * KB,
    guardGzip: 7.65 * KB,
  },
  {
    id: 'drop-in',
    label: 'the drop-in (createRiffynClient + AuthProvider + AuthFlow)',
    measures: 'drop-in',
    maxGzip: 17.5 * KB,
    guardGzip: 21.55 * KB,
  },
  {
    id: 'login-page',
    label: 'the login page (the drop-in + react-hook-form + react-query, react external)',
    measures: 'login-page',
    maxGzip: 37.5 * KB,
    guardGzip: 42.35 * KB,
  },
  { id: 'styles', label: 'styles.css', measures: 'styles', maxGzip: 3.5 * KB },
];

/** For scale: measured elsewhere the same way (minified + gzip), printed as given. */
export const comparisons: Array<{ name: string; gzip: string }> = [
  { name: 'Supabase Auth UI + supabase-js', gzip: '74.6 KB' },
  { name: 'Amplify Authenticator', gzip: '162 KB + 30 KB CSS' },
  { name: 'Okta Sign-In Widget', gzip: '278–350 KB + 30 KB CSS' },
  { name: 'Clerk (loaded from its cloud)', gzip: '~350 KB' },
  { name: 'A plain useState form', gzip: '~0.4 KB' },
];

/** Render speed: reported against this, never failed (too noisy on a shared 2-core machine). */
export const renderSpeedTarget = 1.15;
