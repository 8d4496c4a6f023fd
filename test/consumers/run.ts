/**
 * `npm run test:consumers`: the kit as its users get it. Packs it (`npm pack`, whose prepack
 * builds), installs the tarball into the minimal apps beside this file, builds and runs each, and
 * signs in through the kit's own mock server in Chromium. Prints one line per app.
 *
 *   CONSUMER_TARBALL=path   test this tarball instead of packing (the release script's)
 *   CONSUMERS=a,b           only these apps
 *   RLK_CONSUMERS_DIR=dir   where the apps are installed (default ~/.cache/riffyn-login-kit/consumers);
 *                           outside the repo, so the apps never resolve the kit's own node_modules.
 *                           Each app's dependencies are installed once per package-lock.json, from
 *                           npm's cache when it has them.
 *   CONSUMER_PORT_BASE=n    ports n … n+59 (default 5300)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { access, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../setup/chromium.js';

const here = import.meta.dirname;
const repo = resolve(here, '../..');
const workDir = resolve(process.env.RLK_CONSUMERS_DIR ?? join(homedir(), '.cache/riffyn-login-kit/consumers'));
const portBase = Number(process.env.CONSUMER_PORT_BASE ?? 5300);
const only = process.env.CONSUMERS?.split(',').filter(Boolean);
const quiet = { NEXT_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false' };

// --- processes --------------------------------------------------------------------------------

interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Runs a command to its end; throws with the last lines of its output when it fails. */
function run(command: string, args: string[], { cwd, env = {}, timeoutMs = 240_000 }: RunOptions): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...quiet, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${command} ${args.join(' ')} → ${signal ?? `exit ${code}`}\n${tail(output)}`));
    });
  });
}

const tail = (text: string, lines = 25) => text.trim().split('\n').slice(-lines).join('\n');

interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Starts a server in its own process group and waits until `url` answers. */
async function serve(command: string, args: string[], url: string, { cwd, env = {} }: RunOptions): Promise<Server> {
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env: { ...process.env, ...quiet, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    try {
      process.kill(-child.pid!, 'SIGTERM'); // the group: npx and next spawn children
    } catch {
      return;
    }
    await Promise.race([exited, sleep(5000).then(() => process.kill(-child.pid!, 'SIGKILL'))]);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited ${child.exitCode}\n${tail(output)}`);
    try {
      if ((await fetch(url)).status < 500) return { url, stop };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`${url} did not answer within 60 s\n${tail(output)}`);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

// --- install ------------------------------------------------------------------------------------

/**
 * The app's sources, fresh from the repo, in its work folder; its dependencies from its lockfile
 * (installed again only when package.json or package-lock.json change); then the tarball.
 */
async function install(app: string, tarball: string): Promise<string> {
  const source = join(here, app);
  const dir = join(workDir, app);
  await mkdir(dir, { recursive: true });
  for (const entry of await readdir(dir)) {
    if (entry !== 'node_modules') await rm(join(dir, entry), { recursive: true, force: true });
  }
  await cp(source, dir, { recursive: true });
  const hash = createHash('sha256')
    .update(await readFile(join(source, 'package.json')))
    .update(await readFile(join(source, 'package-lock.json')))
    .digest('hex');
  const stamp = join(dir, 'node_modules', '.consumer-lock-hash');
  if ((await readFile(stamp, 'utf8').catch(() => '')) !== hash) {
    await rm(join(dir, 'node_modules'), { recursive: true, force: true });
    await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, timeoutMs: 600_000 });
    await writeFile(stamp, hash);
  }
  // As a user installs a tarball; --no-save keeps the lockfile (and so the cached install) as is.
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], { cwd: dir });
  return dir;
}

/**
 * The kit's mock Riffyn on a real port, loaded from the app's installed copy of the kit. `issued`
 * collects every accessToken it hands out, so a test can look for them where they must not be.
 */
async function mockRiffyn(dir: string, port: number) {
  const require = createRequire(join(dir, 'package.json'));
  const { startMockRiffynServer } = require('riffyn-login-kit/testing/server') as typeof import('../../src/testing/server.js');
  const { DEMO_PASSWORD, createMockRiffyn } = require('riffyn-login-kit/testing') as typeof import('../../src/testing/index.js');
  const issued: string[] = [];
  const inner = createMockRiffyn();
  const mock: typeof inner = {
    ...inner,
    handle: async (request) => {
      const response = await inner.handle(request);
      const token = /"accessToken":"([^"]+)"/.exec(response.body)?.[1];
      if (token) issued.push(token);
      return response;
    },
  };
  const server = await startMockRiffynServer({ port, log: false, mock });
  return { server, password: DEMO_PASSWORD, issued };
}

// --- the browser ----------------------------------------------------------------------------------

let browser: Browser | undefined;
/** A page in its own context, or in `context` (tabs that share cookies), with its problems collected. */
async function newPage(context?: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  browser ??= await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await (context ?? browser).newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const { url } = message.location();
    if (url.endsWith('/favicon.ico')) return; // the apps have none
    // Session mode's probe answers 401 for "not signed in" (its contract); Chromium logs that load.
    if (url.endsWith('/v1/auth/session') && message.text().includes('status of 401')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  return { page, problems };
}

type Mock = Awaited<ReturnType<typeof mockRiffyn>>;

/**
 * mfa-user through every step: password, the TOTP code, the one-time key. `refs` checks the
 * app's readout of which root element AuthFlow's ref reaches at each step.
 */
async function signInWithMfa(page: Page, mock: Mock, { refs = false } = {}): Promise<void> {
  const ref = (component: string) => (refs ? page.getByTestId('ref').filter({ hasText: component }).waitFor() : undefined);
  await page.getByLabel('Username').fill('mfa-user');
  await ref('login-form');
  await page.getByLabel('Password').fill(mock.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const code = page.getByLabel('6-digit code');
  await code.waitFor();
  await ref('mfa-factor-picker');
  await code.fill(await mock.server.mock.currentCode('mfa-user')); // sent on the 6th digit
  await page.getByRole('heading', { name: 'Save your API key' }).waitFor();
  await ref('api-key-reveal');
  await page.getByLabel('I have saved this key somewhere safe').check();
  await page.getByRole('button', { name: 'Done' }).click();
}

interface SignInChecks {
  refs?: boolean;
  /** Checks before signing in. */
  first?: (page: Page) => Promise<void>;
  /** Checks once signed in, on the same page. */
  then?: (page: Page) => Promise<void>;
}

/**
 * Opens `url` in Chromium, runs `first`, signs in as mfa-user, waits for the heading `end` and
 * runs `then`. Any page error, console error or warning fails it.
 */
async function signInAt(url: string, mock: Mock, end: string, { refs = false, first, then }: SignInChecks = {}) {
  const { page, problems } = await newPage();
  try {
    await page.goto(url);
    await first?.(page);
    await signInWithMfa(page, mock, { refs });
    await page.getByRole('heading', { name: end }).waitFor();
    await then?.(page);
    noProblems(problems, `the browser reported at ${url}`);
  } finally {
    await page.close();
  }
}

/**
 * Tailwind's utilities in classNames beat the kit's defaults (bg-red-600; h-8 against the kit's
 * 44 px), and the kit's defaults survive elsewhere (a bordered, 44 px input): the submit button
 * must look exactly like a plain element with the same utilities.
 */
async function checkTailwind(page: Page, tailwind: string): Promise<string> {
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  const got = (await page.evaluate(`(() => {
    const pick = (el) => ({ background: getComputedStyle(el).backgroundColor, height: getComputedStyle(el).height });
    const reference = document.createElement('div');
    reference.className = 'bg-red-600 h-8';
    document.body.append(reference);
    const input = getComputedStyle(document.querySelector('[data-slot="input"]'));
    const result = {
      submit: pick(document.querySelector('[data-slot="submit"]')),
      utilities: pick(reference),
      input: input.borderTopWidth + ' ' + input.borderTopStyle + ' ' + input.height,
    };
    reference.remove();
    return result;
  })()`)) as { submit: object; utilities: { height: string }; input: string };
  const ok =
    JSON.stringify(got.submit) === JSON.stringify(got.utilities) && got.utilities.height === '32px' && got.input === '1px solid 44px';
  if (!ok) throw new Error(`Tailwind and the kit's styles: ${JSON.stringify(got)}`);
  return `${tailwind}: its utilities win over the kit's layer`;
}

/**
 * The sign-in went through the app's own origin: the browser sent login and verify to the app and
 * nothing to the mock's origin, and the mock received both (relayed by the app's route handler)
 * with mfa-user's password accepted and the code too.
 */
function checkProxied(seen: string[], appUrl: string, mock: Mock, before: number) {
  const origin = new URL(mock.server.url).origin;
  const direct = seen.filter((line) => line.split(' ')[1]!.startsWith(origin));
  if (direct.length) throw new Error(`the browser called Riffyn directly:\n  ${direct.join('\n  ')}`);
  const sameOrigin = (path: RegExp) => seen.some((line) => line.startsWith('POST ') && path.test(line.slice(5).replace(appUrl, '/')));
  if (!sameOrigin(/^\/v1\/auth$/) || !sameOrigin(/^\/v1\/auth\/factor\/[^/]+\/verify$/)) {
    throw new Error(`the browser did not sign in through ${appUrl}v1/:\n  ${seen.join('\n  ')}`);
  }
  const received = mock.server.mock.requests.slice(before);
  const login = received.find((r) => r.method === 'POST' && r.path === '/v1/auth' && r.username === 'mfa-user');
  const verify = received.find((r) => r.method === 'POST' && /\/verify$/.test(r.path) && r.username === 'mfa-user');
  if (!login?.passwordOk || login.status !== 200 || verify?.status !== 200) {
    throw new Error(`the mock did not get the relayed sign-in: ${JSON.stringify(received.map(({ passCode, ...r }) => r))}`);
  }
}

/** The JavaScript a page of the app loads first: every `<script src>` and module preload of its HTML, joined. */
async function scriptsOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const tags = /<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g;
  const sources = [...html.matchAll(tags)].map((m) => new URL((m[1] ?? m[2])!.replace(/&amp;/g, '&'), url).href);
  if (!sources.length) throw new Error(`no script on ${url}`);
  return (await Promise.all(sources.map(async (src) => (await fetch(src)).text()))).join('\n');
}

/**
 * Next.js's bundler from the tarball: the headless route (useAuth in its own client component)
 * loads none of the kit's component code; the sign-in page, the control, does.
 */
async function checkNextTreeShaking(appUrl: string): Promise<string> {
  const component = /data-rlk-component|Sign in to Riffyn/;
  if (!component.test(await scriptsOf(appUrl))) throw new Error("the sign-in page's scripts show no component code: the check cannot see it");
  const headless = await scriptsOf(`${appUrl}headless`);
  if (component.test(headless)) throw new Error('the headless route (useAuth only) loads the kit\'s component code');
  return 'the headless route loads no component code';
}

/** Every string of the page's JavaScript heap, from a heap snapshot taken over CDP (it collects garbage first). */
async function heapStrings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return (JSON.parse(chunks.join('')) as { strings: string[] }).strings;
}

/** Which of `tokens` the page's heap holds (whole or inside a longer string, a JSON answer's text say). */
async function tokensInHeap(page: Page, tokens: readonly string[]): Promise<string[]> {
  const strings = await heapStrings(page);
  return tokens.filter((token) => strings.some((s) => s.includes(token)));
}

/** Everything a page script can read without the heap: its cookies, every storage, the page's HTML. */
async function readableByScripts(page: Page): Promise<string> {
  // A string, not a function: see checkTailwind.
  return (await page.evaluate(`(async () => {
    const dbs = (await indexedDB.databases?.()) ?? [];
    const stores = await Promise.all(dbs.map((db) => new Promise((done) => {
      const open = indexedDB.open(db.name);
      open.onerror = () => done([db.name, 'unreadable']);
      open.onsuccess = () => {
        const names = [...open.result.objectStoreNames];
        if (!names.length) return done([db.name]);
        const tx = open.result.transaction(names, 'readonly');
        Promise.all(names.map((name) => new Promise((got) => {
          const all = tx.objectStore(name).getAll();
          all.onsuccess = () => got([name, all.result]);
          all.onerror = () => got([name, 'unreadable']);
        }))).then((rows) => done([db.name, rows]));
      };
    })));
    return JSON.stringify([document.cookie, Object.entries(localStorage), Object.entries(sessionStorage), stores, document.documentElement.outerHTML]);
  })()`)) as string;
}

/**
 * Set before a page loads: records whether the sign-in form ever entered the document (server
 * HTML or client render) and, as the control, whether the restoring card did.
 */
const watchForForm = `(() => {
  const seen = (window.__rlkSeen = { form: false, restoring: false });
  const look = (node) => {
    if (!(node instanceof Element)) return;
    const has = (selector) => node.matches(selector) || node.querySelector(selector) !== null;
    if (has('[data-rlk-component="login-form"]')) seen.form = true;
    if (has('[data-state="restoring"]')) seen.restoring = true;
  };
  new MutationObserver((records) => records.forEach((record) => {
    look(record.target);
    record.addedNodes.forEach(look);
  })).observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** After a reload or in a new tab: signed in as `username`, and the sign-in form never showed. */
async function restoredWithoutFlash(page: Page, username: string, what: string) {
  await page.getByTestId('signed-in-user').filter({ hasText: username }).waitFor();
  const seen = (await page.evaluate('window.__rlkSeen')) as { form: boolean; restoring: boolean };
  if (!seen.restoring) throw new Error(`${what}: the restoring card never showed, so the flash check saw nothing`);
  if (seen.form) throw new Error(`${what}: the sign-in form showed before the session was restored`);
}

/**
 * Session mode from the tarball (the /session page and its proxy): sign in with MFA; the cookie
 * HttpOnly and SameSite=Strict; no accessToken the mock issued, nor the cookie, in the cookies,
 * storages, HTML or heap a page script can reach; a reload and a second tab signed in without
 * the form showing; a sign-out in the second tab signs the first out too, and clears the cookie.
 */
async function checkNextSession(appUrl: string, mock: Mock): Promise<string[]> {
  browser ??= await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const url = `${appUrl}session`;
  const context = await browser.newContext();
  try {
    const first = await newPage(context);
    const { page } = first;
    await page.goto(url);
    const issuedBefore = mock.issued.length;
    await signInWithMfa(page, mock);
    await page.getByTestId('signed-in-user').filter({ hasText: 'mfa-user' }).waitFor();
    const tokens = mock.issued.slice(issuedBefore);
    if (!tokens.length) throw new Error('session mode: the mock issued no accessToken for the sign-in');
    const cookie = (await context.cookies()).find((c) => c.name === 'riffyn_session');
    if (!cookie?.httpOnly || cookie.sameSite !== 'Strict' || cookie.path !== '/') {
      throw new Error(`session mode: the cookie is not HttpOnly, SameSite=Strict on /: ${JSON.stringify(cookie && { ...cookie, value: '…' })}`);
    }
    const secrets = [...tokens, cookie.value];
    const readable = await readableByScripts(page);
    const leaked = secrets.filter((secret) => readable.includes(secret));
    if (leaked.length) throw new Error('session mode: a page script can read the token or the cookie (cookies, storage or HTML)');
    if ((await tokensInHeap(page, tokens)).length) throw new Error("session mode: the accessToken is in the page's JavaScript heap");
    const done = ['session mode: MFA sign-in, HttpOnly SameSite=Strict cookie', 'no token in document.cookie, storages, HTML or the heap'];

    await context.addInitScript(watchForForm);
    await page.reload();
    await restoredWithoutFlash(page, 'mfa-user', 'after a reload');
    if ((await tokensInHeap(page, tokens)).length) throw new Error("session mode: after a reload the accessToken is in the page's heap");
    const second = await newPage(context);
    await second.page.goto(url);
    await restoredWithoutFlash(second.page, 'mfa-user', 'in a second tab');
    done.push('a reload and a second tab signed in, no sign-in form shown');

    await second.page.getByRole('button', { name: 'Sign out' }).click();
    await second.page.getByRole('heading', { name: 'Sign in to Riffyn' }).waitFor();
    await page.getByRole('heading', { name: 'Sign in to Riffyn' }).waitFor();
    if ((await context.cookies()).some((c) => c.name === 'riffyn_session')) throw new Error('session mode: the cookie outlived the sign-out');
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Riffyn' }).waitFor();
    noProblems([...first.problems, ...second.problems], `the browser reported at ${url}`);
    done.push('a sign-out in one tab signs the other out');
    return done;
  } finally {
    await context.close();
  }
}

function noProblems(problems: string[], what: string) {
  if (problems.length) throw new Error(`${what}:\n  ${problems.join('\n  ')}`);
}

// --- the apps -----------------------------------------------------------------------------------

interface Context {
  tarball: string;
  port: (offset: number) => number;
}
type Check = (ctx: Context) => Promise<string[]>;

/** `?lang=de` on the React 19 app: the German entry and `withOverrides` from the tarball, in Chromium. */
async function checkGerman(url: string): Promise<string> {
  const { page, problems } = await newPage();
  try {
    await page.goto(`${url}?lang=de`);
    await page.getByRole('heading', { name: 'Bei Riffyn anmelden' }).waitFor();
    await page.getByLabel('Benutzername').waitFor();
    await page.getByRole('button', { name: 'Los' }).waitFor();
    noProblems(problems, `the browser reported at ${url}?lang=de`);
    return 'German from riffyn-login-kit/locales/de, one string overridden';
  } finally {
    await page.close();
  }
}

/**
 * `<AuthFlow>`'s later steps as chunks of a production build: the page's first scripts carry no
 * MFA step (its `one-time-code` field), the step arrives on its own while the sign-in form is up,
 * so it appears with no placeholder on the way; and a chunk that fails to load is a "did not
 * load" card whose Try again brings the step, with the sign-in still valid (no password again).
 */
async function checkStepsOnDemand(url: string, mock: Mock): Promise<string> {
  const mfaCode = 'one-time-code';
  const firstScripts = await scriptsOf(url);
  if (firstScripts.includes(mfaCode)) throw new Error("the page's first scripts already carry the MFA step");
  // Every placeholder or failure card the page ever shows, however briefly.
  const watch = () => {
    const seen: string[] = [];
    (window as unknown as { seenStates: string[] }).seenStates = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-state="loading"], [data-state="step-not-loaded"]')) {
        seen.push((el as HTMLElement).dataset.state!);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  };
  const seenStates = (page: Page) => page.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates);

  let chunk = '';
  {
    const { page, problems } = await newPage();
    try {
      await page.addInitScript(watch);
      page.on('response', async (response) => {
        if (response.url().endsWith('.js') && (await response.text().catch(() => '')).includes(mfaCode)) chunk = new URL(response.url()).pathname;
      });
      await page.goto(url);
      await page.getByLabel('Username').waitFor();
      // Fetched while the user is still on the sign-in form, once the browser is idle.
      await expectSoon(() => !!chunk, 'the MFA chunk was not fetched while the sign-in form was up');
      mock.server.mock.reset(); // a new one-time key for mfa-user
      await signInWithMfa(page, mock);
      await page.getByRole('heading', { name: 'Signed in as mfa-user' }).waitFor();
      const seen = await seenStates(page);
      if (seen.length) throw new Error(`a step waited visibly for its code: ${seen.join(', ')}`);
      noProblems(problems, `the browser reported at ${url}`);
    } finally {
      await page.close();
    }
  }
  {
    const { page } = await newPage();
    try {
      let blocked = true;
      mock.server.mock.reset();
      await page.route(`**${chunk}*`, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
      await page.goto(url);
      await page.getByLabel('Username').fill('mfa-user');
      await page.getByLabel('Password').fill(mock.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const retry = page.getByRole('button', { name: 'Try again' });
      await retry.waitFor();
      const focused = await page.evaluate(() => document.activeElement?.textContent);
      if (focused !== 'Try again') throw new Error(`focus is on ${focused ?? 'nothing'}, not on Try again`);
      blocked = false;
      await retry.click();
      const code = page.getByLabel('6-digit code');
      await code.waitFor();
      await code.fill(await mock.server.mock.currentCode('mfa-user'));
      await page.getByRole('heading', { name: 'Save your API key' }).waitFor();
    } finally {
      await page.close();
    }
  }
  return 'the MFA step is a chunk of its own, fetched before it is needed, never waited for; a failed chunk is retried from its card';
}

/** Polls `ok` for up to 5 s. */
async function expectSoon(ok: () => boolean, message: string) {
  for (let i = 0; i < 50 && !ok(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!ok()) throw new Error(message);
}

/**
 * Vite: strict type check, production build, preview server, an MFA sign-in in Chromium, then
 * any `more` checks on the same preview.
 */
function viteApp(app: string, more?: (url: string, mock: Mock) => Promise<string[]>): Check {
  return async ({ tarball, port }) => {
    const done: string[] = [];
    const dir = await install(app, tarball);
    await run('npx', ['tsc', '--noEmit'], { cwd: dir });
    done.push(`tsc ${(await run('npx', ['tsc', '--version'], { cwd: dir })).trim().replace('Version ', '')}`);
    const mock = await mockRiffyn(dir, port(1));
    try {
      await run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: dir, env: { VITE_RIFFYN_URL: mock.server.url } }).then((out) => {
        // Rolldown warns about module-level directives it cannot place; the kit's are placed.
        if (/warn|error/i.test(out)) throw new Error(`vite build printed:\n${tail(out)}`);
      });
      done.push('vite build');
      const preview = await serve('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port(0)), '--strictPort'], `http://127.0.0.1:${port(0)}/`, { cwd: dir });
      try {
        await signInAt(preview.url, mock, 'Signed in as mfa-user', { refs: true });
        done.push('MFA sign-in in Chromium', 'refs reach each step');
        if (more) done.push(...(await more(preview.url, mock)));
      } finally {
        await preview.stop();
      }
    } finally {
      await mock.server.close();
    }
    return done;
  };
}

const apps: Record<string, Check> = {
  'vite-react19': viteApp('vite-react19', async (url, mock) => [await checkGerman(url), await checkStepsOnDemand(url, mock)]),

  'vite-react18': async (ctx) => {
    const done = await viteApp('vite-react18')(ctx);
    const dir = join(workDir, 'vite-react18');
    // Development mode, where React 18 warns about refs given to function components.
    const mock = await mockRiffyn(dir, ctx.port(3));
    const dev = await serve('npx', ['vite', '--host', '127.0.0.1', '--port', String(ctx.port(2)), '--strictPort'], `http://127.0.0.1:${ctx.port(2)}/`, {
      cwd: dir,
      env: { VITE_RIFFYN_URL: mock.server.url },
    });
    try {
      await signInAt(dev.url, mock, 'Signed in as mfa-user', {
        refs: true,
        first: async (page) => {
          await page.getByTestId('ref').filter({ hasText: 'login-form' }).waitFor();
          done.push(await checkTailwind(page, 'Tailwind v3'));
          await page.screenshot({ path: join(workDir, 'vite-react18.png'), fullPage: true });
        },
      });
      done.push('no React warning in development');
    } finally {
      await dev.stop();
      await mock.server.close();
    }
    return done;
  },

  'next-app': async ({ tarball, port }) => {
    const done: string[] = [];
    const dir = await install('next-app', tarball);
    const mock = await mockRiffyn(dir, port(1));
    try {
      // The browser calls the app itself; its route handler (the README's proxy) calls the mock.
      const env = { RIFFYN_API_URL: mock.server.url, RIFFYN_SESSION_SECRET: randomBytes(32).toString('hex') };
      const build = await run('npx', ['next', 'build'], { cwd: dir, env, timeoutMs: 360_000 });
      done.push(`next build (${/Next\.js ([\d.]+)/.exec(build)?.[1] ?? '?'})`);
      const app = await serve('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port(0))], `http://127.0.0.1:${port(0)}/`, { cwd: dir, env });
      try {
        const html = await (await fetch(app.url)).text();
        if (!/autocomplete="current-password"/i.test(html) || !/data-rlk-component="login-form"/.test(html)) {
          throw new Error(`the server HTML has no login form:\n${html.slice(0, 500)}`);
        }
        if (!html.includes('POST /v1/auth')) throw new Error('the Server Component did not render from riffyn-login-kit/core');
        done.push('server HTML has the form', 'Server Component imports /core');
        const check = (await (await fetch(`${app.url}api/check`)).json()) as { accepted: string; refused: string };
        if (check.accepted !== 'SUCCESS' || check.refused !== 'invalid-credentials') throw new Error(`route handler: ${JSON.stringify(check)}`);
        done.push('route handler signs in with /core');
        done.push(await checkNextTreeShaking(app.url));
        const seen: string[] = [];
        const relayed = mock.server.mock.requests.length;
        const issuedBefore = mock.issued.length;
        await signInAt(app.url, mock, 'API key saved', {
          first: async (page) => {
            page.on('request', (request) => seen.push(`${request.method()} ${request.url()}`));
            done.push(`${await checkTailwind(page, 'Tailwind v4')}, the kit's over preflight`);
            await page.screenshot({ path: join(workDir, 'next-app.png'), fullPage: true });
          },
          // The control for session mode's heap check: memory mode holds the token in the page.
          then: async (page) => {
            const tokens = mock.issued.slice(issuedBefore);
            if (!tokens.length || !(await tokensInHeap(page, tokens)).length) {
              throw new Error("memory mode: the heap snapshot does not show the accessToken, so session mode's heap check cannot see one");
            }
          },
        });
        checkProxied(seen, app.url, mock, relayed);
        done.push('MFA sign-in in Chromium through the app\'s proxy route', 'memory mode: the heap check finds the token');
        mock.server.mock.reset(); // mfa-user gets a new one-time key again
        done.push(...(await checkNextSession(app.url, mock)));
      } finally {
        await app.stop();
      }
    } finally {
      await mock.server.close();
    }
    return done;
  },

  'jest-cjs': async ({ tarball }) => {
    const dir = await install('jest-cjs', tarball);
    const out = await run('npx', ['jest', '--ci'], { cwd: dir });
    const tests = /Tests:\s+(.*)/.exec(out)?.[1] ?? '?';
    return [`jest (CommonJS, jsdom): ${tests}`];
  },

  // Tree-shaking from the tarball: Vite, esbuild and webpack 5 bundling `{ useAuth }` alone and
  // the headless sign-in get no component code (check.mjs fails otherwise; <LoginForm> alone,
  // the control, must show it).
  bundlers: async ({ tarball }) => {
    const dir = await install('bundlers', tarball);
    const lines = (await run('node', ['check.mjs'], { cwd: dir })).trim().split('\n');
    return lines.map((line) => line.replace(/^ok /, ''));
  },

  'node-types': async ({ tarball }) => {
    const done: string[] = [];
    const dir = await install('node-types', tarball);
    done.push((await run('node', ['entries.cjs'], { cwd: dir })).trim());
    done.push((await run('node', ['entries.mjs'], { cwd: dir })).trim());
    for (const mode of ['bundler', 'node16', 'nodenext']) await run('npx', ['tsc', '-p', `tsconfig.${mode}.json`], { cwd: dir });
    done.push('tsc --noEmit under bundler, node16, nodenext');
    await run('npx', ['publint', '--strict', 'node_modules/riffyn-login-kit'], { cwd: dir });
    done.push('publint');
    await run('npx', ['attw', tarball, '--exclude-entrypoints', './styles.css'], { cwd: dir });
    done.push('arethetypeswrong');
    return done;
  },
};

// --- main ---------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = performance.now();
  const names = only ?? Object.keys(apps);
  const unknown = names.filter((name) => !(name in apps));
  if (unknown.length) throw new Error(`unknown app(s): ${unknown.join(', ')}; known: ${Object.keys(apps).join(', ')}`);

  let tarball = process.env.CONSUMER_TARBALL && resolve(process.env.CONSUMER_TARBALL);
  if (!tarball) {
    const dest = join(tmpdir(), `riffyn-login-kit-consumers-${process.pid}`);
    await mkdir(dest, { recursive: true });
    const out = await run('npm', ['pack', '--pack-destination', dest, '--json'], { cwd: repo, timeoutMs: 300_000 });
    // The JSON comes last, after prepack's build output.
    const [{ filename }] = JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1)) as Array<{ filename: string }>;
    tarball = join(dest, filename);
  }
  await access(tarball).catch(() => {
    throw new Error(`no tarball at ${tarball}`);
  });
  console.log(`consumer apps: ${names.join(', ')}\ntarball: ${tarball}\nwork folder: ${workDir}\n`);

  let failed = 0;
  for (const name of names) {
    const t0 = performance.now();
    // Ten ports per app, by its place in the list: six apps fill base … base+59.
    const block = portBase + Object.keys(apps).indexOf(name) * 10;
    try {
      const done = await apps[name]!({ tarball, port: (offset) => block + offset });
      console.log(`✓ ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s): ${done.join('; ')}`);
    } catch (error) {
      failed++;
      console.log(`✗ ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await browser?.close();
  const total = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${names.length - failed} of ${names.length} consumer apps passed in ${total} s`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
