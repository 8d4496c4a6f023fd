import { KB } from './compress.js';

export interface Budget {
  id: string;
  label: string;
  /** The bundle id (weight.ts) or 'styles'. */
  measures: string;
  /** Max gzip bytes (level 9, 1 KB = 1024 B): above it `npm run bench` exits non-zero, in CI too. */
  maxGzip: number;
}

/**
 * Budgets on gzip size. Set 2026-12-02 from the measured cost of the features users need, with
 * headroom for the work already asked for; spend it only on what users see or what keeps them
 * safe, and never raise a budget to fit a regression. "Every export" is reported, not budgeted:
 * real pages shake optional exports out.
 */
export const budgets: Budget[] = [
  {
    id: 'headless',
    label: 'headless sign-in (client + AuthProvider + useAuth)',
    measures: 'headless',
    maxGzip: 4.5 * KB,
  },
  {
    id: 'drop-in',
    label: "the drop-in's own code (client + AuthProvider + AuthFlow, peers external)",
    measures: 'drop-in',
    maxGzip: 10 * KB,
  },
  { id: 'styles', label: 'styles.css', measures: 'styles', maxGzip: 2.5 * KB },
  {
    id: 'login-page',
    label: 'login page as shipped (drop-in + react-hook-form + react-query)',
    measures: 'login-page',
    maxGzip: 33 * KB,
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
