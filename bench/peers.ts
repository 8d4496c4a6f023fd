import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { within } from './browser.js';
import { sizesOf } from './compress.js';
import { buildPage, type PageBuild } from './pages-build.js';
import { pagesOutDir } from './paths.js';
import { sample } from './render-speed.js';
import { median, round } from './stats.js';

/**
 * `npm run bench:lab -- --peers`: Supabase Auth UI and Amplify's Authenticator built and loaded the
 * same way as the kit's page (vite production build, react bundled, the same first-input probe),
 * side by side with the kit and the plain form. Their packages live in a cache folder outside the
 * repo, never in the kit's dependencies. Not in CI: it installs from the registry and is noisy.
 */
export const peersDir = resolve(process.env.RLK_BENCH_PEERS_DIR ?? join(homedir(), '.cache/riffyn-login-kit/bench-peers'));

/** Pinned, so runs compare like with like; react as the kit's pages bundle it. */
const manifest = {
  name: 'riffyn-login-kit-bench-peers',
  private: true,
  description: "Peers measured by riffyn-login-kit's bench (npm run bench -- --peers); never the kit's dependencies.",
  dependencies: {
    '@supabase/auth-ui-react': '0.4.7',
    '@supabase/auth-ui-shared': '0.1.8',
    '@supabase/supabase-js': '2.109.0',
    '@aws-amplify/ui-react': '6.15.6',
    'aws-amplify': '6.22.1',
    react: '19.3.1',
    'react-dom': '19.3.1',
  },
};

/** Each peer's page: email/username + password sign-in, default theme, nothing else. */
const pages: Record<string, string> = {
  supabase: `// Supabase Auth UI: the sign-in view, its default theme, no social providers.
import { createRoot } from 'react-dom/client';
import { createClient } from '@supabase/supabase-js';
import { Auth } from '@supabase/auth-ui-react';
import { ThemeSupa } from '@supabase/auth-ui-shared';

const supabase = createClient('http://127.0.0.1:9', 'bench-anon-key');
createRoot(document.getElementById('root')).render(
  <Auth supabaseClient={supabase} appearance={{ theme: ThemeSupa }} providers={[]} view="sign_in" />,
);
`,
  amplify: `// Amplify's Authenticator: sign-in only, its default theme (styles.css).
import { createRoot } from 'react-dom/client';
import { Amplify } from 'aws-amplify';
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';

Amplify.configure({ Auth: { Cognito: { userPoolId: 'us-east-1_BenchPool1', userPoolClientId: 'benchclientid0000000000000' } } });
createRoot(document.getElementById('root')).render(<Authenticator hideSignUp>{() => <main>signed in</main>}</Authenticator>);
`,
};
export const peerNames = Object.keys(pages);

const run = (cmd: string, args: string[], cwd: string) =>
  new Promise<void>((done, fail) =>
    execFile(cmd, args, { cwd, timeout: 10 * 60_000, maxBuffer: 16 << 20 }, (error, _out, stderr) =>
      error ? fail(new Error(`${cmd} ${args.join(' ')}: ${stderr.slice(-500) || error.message}`)) : done(),
    ),
  );

/** Installs the peers once (again only when the pinned versions change) and writes their pages. */
async function preparePeers(log: (line: string) => void): Promise<void> {
  await mkdir(join(peersDir, 'pages'), { recursive: true });
  const wanted = `${JSON.stringify(manifest, null, 2)}\n`;
  const file = join(peersDir, 'package.json');
  const current = existsSync(file) ? await readFile(file, 'utf8') : '';
  if (current !== wanted || !existsSync(join(peersDir, 'node_modules/aws-amplify'))) {
    await writeFile(file, wanted);
    log(`  installing peers into ${peersDir}…`);
    // Their peer ranges lag React 19; the pages run on it all the same (checked: each shows its form).
    await run('npm', ['install', '--no-audit', '--no-fund', '--legacy-peer-deps'], peersDir);
  }
  for (const [name, code] of Object.entries(pages)) {
    await writeFile(join(peersDir, 'pages', `${name}.jsx`), code);
    await writeFile(
      join(peersDir, 'pages', `${name}.html`),
      `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n    <title>bench: ${name}</title>\n  </head>\n  <body>\n    <div id="root"></div>\n    <script type="module" src="./${name}.jsx"></script>\n  </body>\n</html>\n`,
    );
  }
}

/** gzip of everything the page loads (JS and CSS), each file compressed on its own. */
async function pageWeight(page: PageBuild): Promise<number> {
  let gzip = 0;
  for (const asset of page.assets) gzip += sizesOf(await readFile(join(pagesOutDir, asset))).gzip;
  return gzip;
}

export interface PeerRow {
  name: string;
  /** JS + CSS the page loads, gzip. */
  gzip: number;
  medianVisible: number;
  minVisible: number;
  /** medianVisible / the plain form's. */
  vsPlain: number;
  /** medianVisible / the kit's. */
  vsKit: number;
}

export interface PeersResult {
  runs: number;
  rows: PeerRow[];
}

/** Builds the peers' pages beside the kit's (already built), then loads all in rotation. */
export async function measurePeers(browser: Browser, baseUrl: string, built: Record<string, PageBuild>, runs: number, log: (line: string) => void): Promise<PeersResult> {
  await preparePeers(log);
  const all: Record<string, PageBuild> = { kit: built.kit!, plain: built.plain! };
  for (const name of peerNames) all[name] = await buildPage(name, false, false, join(peersDir, 'pages'));
  const names = Object.keys(all);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const one = (name: string) => within(30_000, `peers (${name})`, sample(browser, `${baseUrl}/${all[name]!.html}`));
  for (const name of names) await one(name); // warm-up
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      times[name]!.push((await one(name)).visible);
    }
  }
  const med = (name: string) => round(median(times[name]!));
  const rows: PeerRow[] = [];
  for (const name of names) {
    rows.push({
      name,
      gzip: await pageWeight(all[name]!),
      medianVisible: med(name),
      minVisible: round(Math.min(...times[name]!)),
      vsPlain: round(med(name) / med('plain'), 2),
      vsKit: round(med(name) / med('kit'), 2),
    });
  }
  log(`  peers: ${rows.map((r) => `${r.name} ${r.medianVisible} ms, ${(r.gzip / 1024).toFixed(1)} KB`).join('; ')}`);
  return { runs, rows };
}
