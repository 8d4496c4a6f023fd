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
  // regression. Raised twice, on purpose: for the required fixes of the second security review
  // (answers bound to their session, keys never dropped, strict server times, pre-hydration guard,
  // credential and status checks: +2.07 / +1.28 / +2.13 KB), and for the designed default look
  // (icons, header and footer slots, the countdown, unavailable factors: +1.40 KB on the kit and
  // the login page). Both together, measured 2026-12-02: 16.18 / 5.29 / 34.81 KB.
  { id: 'kit', label: 'kit JS (every export)', measures: 'kit', maxGzip: 7 * KB, ceilingGzip: 16.3 * KB },
  {
    id: 'headless',
    label: 'headless (client + AuthProvider + useAuth)',
    measures: 'headless',
    maxGzip: 3 * KB,
    ceilingGzip: 5.3 * KB,
  },
  // The designed look's budget: light and dark, the card, the code boxes, the countdown bar.
  { id: 'styles', label: 'styles.css', measures: 'styles', maxGzip: 2.5 * KB },
  {
    id: 'login-page',
    label: 'kit + react-hook-form + react-query (login page as shipped)',
    measures: 'login-page',
    maxGzip: 30 * KB,
    ceilingGzip: 35.1 * KB,
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
