import { KB } from './compress.js';

export interface Budget {
  id: string;
  label: string;
  /** The bundle id (weight.ts) or 'styles'. */
  measures: string;
  /** Max gzip bytes: the target of issue 6. */
  maxGzip: number;
  /**
   * While a target is not met yet: the size measured when it was last cut, plus a little. `--ci`
   * fails above this instead, so CI stops any regression without claiming the target is met;
   * plain `npm run bench` still fails on the target.
   */
  ceilingGzip?: number;
}

/** Budgets on gzip size, 1 KB = 1024 bytes; any one broken makes the run exit non-zero. */
export const budgets: Budget[] = [
  // Ceilings: the sizes measured 2026-11-30 after the session calls left the headless part
  // (12.66 / 3.96 / 31.24 KB) plus ~1–2%; lowered whenever a cut lands, never raised to fit a
  // regression. Raised on purpose for the second security review (+2.07 / +1.28 / +2.13 KB), the
  // designed default look (+1.40 KB on the kit and the login page), and the package work with the
  // proxy handler that `/core` exports (every export only; real pages shake it out, checked).
  // Measured after all three, 2026-12-02: 17.70 / 5.34 / 34.95 KB; ceilings ≤ 1% above.
  // Raised on purpose for the key step's download and leave guard, on by default in AuthFlow so
  // the login page carries them (+0.47 / 0 / +0.45 KB): 18.17 / 5.34 / 35.40 KB. Then for
  // <SessionTimeoutWarning>, counted in every export only (+0.85 KB; the tree-shaking check keeps
  // it out of the headless sign-in and the login page): 19.02 / 5.34 / 35.40 KB. Replaceable
  // steps and per-step logo/footer in AuthFlow: +0.08 / 0 / +0.09 KB, 19.10 / 5.34 / 35.49 KB.
  { id: 'kit', label: 'kit JS (every export)', measures: 'kit', maxGzip: 7 * KB, ceilingGzip: 19.2 * KB },
  {
    id: 'headless',
    label: 'headless (client + AuthProvider + useAuth)',
    measures: 'headless',
    maxGzip: 3 * KB,
    ceilingGzip: 5.39 * KB,
  },
  // The designed look's budget: light and dark, the card, the code boxes, the countdown bar.
  { id: 'styles', label: 'styles.css', measures: 'styles', maxGzip: 2.5 * KB },
  {
    id: 'login-page',
    label: 'kit + react-hook-form + react-query (login page as shipped)',
    measures: 'login-page',
    maxGzip: 30 * KB,
    ceilingGzip: 35.75 * KB,
  },
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
