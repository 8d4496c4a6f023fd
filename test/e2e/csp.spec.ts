import { readFile } from 'node:fs/promises';
import { bundle } from 'lightningcss';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { createRiffynProxy } from '../../src/server/index.js';
import { toNodeHandler } from '../../src/server/node.js';
import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';
import { startMockRiffynServer, type MockRiffynServer } from '../../src/testing/server.js';
import { expect, test } from './fixtures.js';
import { buildSsrPage } from './ssr/build.js';

/** The strict policy the kit promises to work under: no inline script or style, no eval. */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";
const root = resolve(import.meta.dirname, '../..');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

let mock: Awaited<ReturnType<typeof createMockRiffyn>>;
let riffyn: MockRiffynServer;
let server: Server;
let origin: string;
let outDir: string;

// The demo's production build, served with the policy as a header, /v1 through the kit's proxy
// to a fresh mock: the whole thing same-origin, as a deployed app would be.
test.beforeAll(async ({}, info) => {
  // One build per worker: the two tests here may run in two workers at once.
  outDir = resolve(root, `test-results/csp-demo-${info.workerIndex}`);
  await build({ configFile: resolve(root, 'demo/vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  mock = createMockRiffyn();
  riffyn = await startMockRiffynServer({ mock, log: false });
  const proxy = toNodeHandler(createRiffynProxy({ upstream: riffyn.url }));
  server = createServer((request, response) => {
    if (request.url!.startsWith('/v1/')) return void proxy(request, response);
    const path = new URL(request.url!, 'http://x').pathname;
    const file = join(outDir, path === '/' ? 'index.html' : path);
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': POLICY });
        response.end(body);
      },
      () => {
        response.writeHead(404, { 'content-security-policy': POLICY });
        response.end();
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
test.afterAll(async () => {
  await new Promise((done) => server?.close(done));
  await riffyn?.close();
});

test('the demo’s production build runs the whole flow under a strict CSP without a violation', async ({ page }) => {
  // Collected from the first byte on: every violation the page reports, and the console's words.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const consoleCsp: string[] = [];
  page.on('console', (message) => /Content Security Policy/i.test(message.text()) && consoleCsp.push(message.text()));
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
  // Each theme sets its --rlk-* variables through React (CSSOM), which the policy allows.
  await page.getByRole('radio', { name: 'Dark' }).check();

  // MFA: the code step, then the key step with every control used.
  await page.getByLabel('Username').fill('mfa-user');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('6-digit code').fill(await mock.currentCode('mfa-user'));
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  await page.getByRole('button', { name: 'Show key' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as .txt' }).click()]);
  await page.getByRole('checkbox', { name: 'I have saved this key somewhere safe' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('mfa-user');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();

  // A wrong password: the alert, with its icon.
  await page.getByLabel('Username').fill('new-user');
  await page.getByLabel('Password', { exact: true }).fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');

  expect(await violations()).toEqual([]);
  expect(consoleCsp).toEqual([]);
});

test('the check itself works: an inline style attribute in the HTML is reported', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
  });
  await page.goto(`${origin}/`);
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.innerHTML = '<p style="color: red">server-rendered style</p>';
    document.body.append(probe);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toContain('style-src-attr');
});

test('a server-rendered page with a theme: no style attribute, no violation, and the theme applied once live', async ({ page }) => {
  // `<AuthFlow theme={darkTheme}>` through renderToString, hydrated in the browser, under the
  // same policy: a `style` attribute holding the theme's tokens would be blocked, and hydration
  // never sets it again. The tokens must arrive through the CSSOM.
  const ssr = await buildSsrPage();
  const styles = bundle({ filename: resolve(root, 'src/theme/styles.css') }).code;
  const clientJs = await readFile(ssr.clientJs);
  const site = createServer((request, response) => {
    const headers = { 'content-security-policy': POLICY };
    if (request.url === '/') {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Themed SSR sign-in</title>` +
          `<link rel="stylesheet" href="/styles.css"></head><body><main>` +
          `<div id="root" data-api="${origin}" data-view="themed">${ssr.render(origin, 'themed')}</div></main>` +
          `<script type="module" src="/client.js"></script></body></html>`,
      );
    } else if (request.url === '/styles.css') {
      response.writeHead(200, { ...headers, 'content-type': 'text/css' }).end(styles);
    } else if (request.url === '/client.js') {
      response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(clientJs);
    } else {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  try {
    const html = ssr.render(origin, 'themed');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain('data-rlk-component="login-form"');
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.sample}`));
    });
    await page.goto(`http://127.0.0.1:${(site.address() as { port: number }).port}/`);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled(); // hydrated
    const card = page.locator('[data-rlk-component="login-form"]');
    // darkTheme's surface and text (#161b22, #e6edf3) on the card, over the light defaults.
    await expect(card).toHaveCSS('background-color', 'rgb(22, 27, 34)');
    await expect(card).toHaveCSS('color', 'rgb(230, 237, 243)');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  } finally {
    await new Promise((done) => site.close(done));
    await ssr.remove();
  }
});
