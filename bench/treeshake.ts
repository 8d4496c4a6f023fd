import { bundlers, type BundleResult } from './bundle.js';
import type { WeightRow } from './weight.js';

export interface TreeShakeResult {
  ok: boolean;
  gzip: number;
  imports: string[];
  /** What was found that must not be there. */
  problems: string[];
  /** Every check made, for the report. */
  checks: string[];
}

/** Strings that only component code (or its CSS) contains. */
const forbidden: Array<{ what: string; test: (code: string) => boolean }> = [
  { what: "'data-rlk-component' (component root props)", test: (c) => c.includes('data-rlk-component') },
  { what: "'data-slot' (component slots)", test: (c) => c.includes('data-slot') },
  { what: "'Sign in to Riffyn' (LoginForm messages)", test: (c) => c.includes('Sign in to Riffyn') },
  { what: "'Show password' (LoginForm messages)", test: (c) => c.includes('Show password') },
  { what: 'a react-hook-form import', test: (c) => /["']react-hook-form["']/.test(c) },
  { what: 'a CSS import', test: (c) => /\.css["']/.test(c) },
  { what: 'a .rlk selector or --rlk- custom property', test: (c) => /\.rlk\b|--rlk-/.test(c) },
];

/** What in a bundle shows component code, react-hook-form or CSS. */
export function findProblems(result: BundleResult): string[] {
  const problems = forbidden.filter((f) => f.test(result.code)).map((f) => `contains ${f.what}`);
  if (result.imports.includes('react-hook-form')) problems.push('imports react-hook-form');
  if (result.otherFiles.some((f) => f.endsWith('.css'))) problems.push(`emits CSS: ${result.otherFiles.join(', ')}`);
  return problems;
}

/** Only the calls made with the accessToken after sign-in (api/session-calls.ts) send this header. */
const SESSION_CALLS = /["']access-token["']/;
/** Only the proxy handler (server/proxy.ts) has this text: its errors name it. */
const PROXY = /createRiffynProxy/;
/** Only `<SessionTimeoutWarning>` names its root so: an optional part no sign-in page needs. */
const SESSION_WARNING = /session-timeout-warning/;

/**
 * From the packed tarball, with Vite and with esbuild: an app that imports only `useAuth` must
 * get no component, no react-hook-form and no CSS; the headless sign-in (client + provider +
 * hook) none of the calls made after it. Neither the headless sign-in nor the login page may
 * carry the proxy handler, which the React entry re-exports from `/core` for servers.
 */
export function checkTreeShaking(rows: readonly WeightRow[]): TreeShakeResult {
  const row = (id: string) => {
    const found = rows.find((r) => r.id === id);
    if (!found) throw new Error(`tree-shaking: the weight step did not build ${id}`);
    return found;
  };
  const useAuth = row('use-auth');
  const problems: string[] = [];
  for (const bundler of bundlers) {
    problems.push(...findProblems(useAuth[bundler]).map((p) => `useAuth alone (${bundler}) ${p}`));
    const headless = row('headless')[bundler];
    if (SESSION_CALLS.test(headless.code)) problems.push(`the headless sign-in (${bundler}) contains the session calls (access-token header)`);
    for (const browserBundle of [headless, row('login-page')[bundler]]) {
      if (PROXY.test(browserBundle.code)) problems.push(`the ${browserBundle.name} bundle (${bundler}) contains the proxy handler`);
      if (SESSION_WARNING.test(browserBundle.code)) problems.push(`the ${browserBundle.name} bundle (${bundler}) contains <SessionTimeoutWarning>`);
    }
  }
  return {
    ok: problems.length === 0,
    gzip: useAuth.gzip,
    imports: useAuth.vite.imports,
    problems,
    checks: [
      ...forbidden.map((f) => `does not contain ${f.what}`),
      'does not import react-hook-form',
      'emits no CSS file',
      'headless: no session call (rename key, extend session, logout)',
      'headless and login page: no proxy handler',
      'headless and login page: no <SessionTimeoutWarning>',
    ],
  };
}
