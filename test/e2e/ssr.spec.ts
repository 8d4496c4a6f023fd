import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { bundle } from 'lightningcss';
import { DEMO_PASSWORD } from '../../src/testing/index.js';
import { expect, snap, test } from './fixtures.js';
import { buildSsrPage } from './ssr/build.js';

// A real server-rendered page (renderToString, then hydrateRoot) whose script the test holds
// back, as a slow network does: the user types and presses Enter before the kit is live.

let page: Awaited<ReturnType<typeof buildSsrPage>>;
// The kit's stylesheet, as `riffyn-login-kit/styles.css` ships it: a page links it in its <head>,
// so it applies before the script has come.
const styles = bundle({ filename: resolve(import.meta.dirname, '../../src/theme/styles.css') }).code;
test.beforeAll(async () => {
  page = await buildSsrPage();
});
test.afterAll(async () => {
  await page.remove();
});

interface SsrSite {
  url: string;
  /** Every request the page's own server got besides the page and its script: a form submission. */
  leaks: string[];
  releaseScript(): void;
  close(): Promise<void>;
}

/**
 * The page's own server; `view`: `flow` (the README's drop-in) or `mfa` (the MFA step alone);
 * `csp`: a Content-Security-Policy header on the page.
 */
async function ssrSite(apiUrl: string, view = 'flow', csp?: string): Promise<SsrSite> {
  let releaseScript!: () => void;
  const scriptHeld = new Promise<void>((resolve) => (releaseScript = resolve));
  const leaks: string[] = [];
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && req.url === '/') {
      const html = page.render(apiUrl, view);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(csp && { 'content-security-policy': csp }) }).end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR sign-in</title>` +
          `<link rel="stylesheet" href="/styles.css"></head>` +
          `<body><main><div id="root" data-api="${apiUrl}" data-view="${view}">${html}</div></main>` +
          `<script type="module" async src="/client.js"></script></body></html>`,
      );
    } else if (req.url === '/styles.css') {
      res.writeHead(200, { 'content-type': 'text/css' }).end(styles);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (req.url === '/client.js') {
      await scriptHeld;
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(page.clientJs));
    } else {
      let body = '';
      for await (const chunk of req) body += chunk;
      leaks.push(`${req.method} ${req.url} ${body}`);
      res.writeHead(404).end();
    }
  };
  // node:http ignores the listener's promise; `answer` handles its own failures by answering.
  const server: Server = createServer((req, res) => void answer(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    leaks,
    releaseScript,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('before hydration nothing typed leaves the page; after it, everything typed is still there', async ({
  page: browser,
  riffyn,
}, info) => {
  const site = await ssrSite(riffyn.url);
  try {
    await browser.goto(site.url, { waitUntil: 'domcontentloaded' });
    const username = browser.getByLabel('Username');
    const password = browser.getByLabel('Password', { exact: true });
    const submit = browser.getByRole('button', { name: 'Sign in' });
    // Typed key by key, as a user does before the script has come (not set at once like fill()).
    await username.pressSequentially('new-user');
    await password.pressSequentially(DEMO_PASSWORD);
    await expect(submit).toBeDisabled();
    // It looks it: greyed like any button that is not ready yet, not the primary colour of one that works.
    await expect(submit).toHaveCSS('cursor', 'not-allowed');
    const greyed = await submit.evaluate((button) => getComputedStyle(button).backgroundColor);
    await snap(browser, info, '01-before-hydration');

    // Enter in either field, and a click: the ways a user submits before the script has come.
    for (const attempt of [() => password.press('Enter'), () => username.press('Enter'), () => submit.click({ force: true })]) {
      await attempt();
      await browser.waitForTimeout(300);
      expect(site.leaks).toEqual([]); // without the guard: "GET /?username=new-user&password=demo-password"
      expect(browser.url()).toBe(site.url);
    }
    expect(riffyn.mock.requests).toEqual([]);

    site.releaseScript();
    await expect(submit).toBeEnabled();
    await expect(submit).toHaveCSS('cursor', 'pointer');
    expect(await submit.evaluate((button) => getComputedStyle(button).backgroundColor)).not.toBe(greyed);
    await expect(username).toHaveValue('new-user');
    await expect(password).toHaveValue(DEMO_PASSWORD);
    await snap(browser, info, '02-hydrated-values-kept');

    await password.press('Enter');
    await expect(browser.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
    expect(riffyn.mock.requests).toMatchObject([{ path: '/v1/auth', username: 'new-user', passwordOk: true }]);
    expect(site.leaks).toEqual([]);
  } finally {
    await site.close();
  }
});

test('before hydration a script’s requestSubmit() or submit() sends nothing typed either', async ({ page: browser, riffyn }) => {
  // Extensions and page scripts do this; a disabled submit button does not stop it.
  for (const view of ['flow', 'mfa']) {
    for (const how of ['requestSubmit', 'submit'] as const) {
      const site = await ssrSite(riffyn.url, view);
      try {
        await browser.goto(site.url, { waitUntil: 'domcontentloaded' });
        const typed = view === 'flow' ? ['new-user', DEMO_PASSWORD] : ['123456'];
        if (view === 'flow') {
          await browser.getByLabel('Username').pressSequentially(typed[0]!);
          await browser.getByLabel('Password', { exact: true }).pressSequentially(typed[1]!);
        } else {
          await browser.getByLabel('6-digit code').pressSequentially(typed[0]!);
        }
        await browser.evaluate((method) => document.querySelector('form')![method](), how);
        await expect.poll(() => site.leaks.length, `${view} ${how}`).toBeGreaterThan(0); // the browser did post
        // Without names: "POST / username=new-user&password=demo-password" (or "passCode=123456").
        for (const leak of site.leaks) for (const secret of typed) expect(leak, `${view} ${how}`).not.toContain(secret);
      } finally {
        await site.close();
      }
    }
  }
});

test('the MFA step server-rendered alone: no code leaves before hydration, the typed one is kept', async ({ page: browser, riffyn }, info) => {
  const site = await ssrSite(riffyn.url, 'mfa');
  try {
    await browser.goto(site.url, { waitUntil: 'domcontentloaded' });
    const code = browser.getByLabel('6-digit code');
    const verify = browser.getByRole('button', { name: 'Verify' });
    await code.pressSequentially('123456');
    await expect(verify).toBeDisabled();
    for (const attempt of [() => code.press('Enter'), () => verify.click({ force: true })]) {
      await attempt();
      await browser.waitForTimeout(300);
      expect(site.leaks).toEqual([]); // without the guard: "GET /?passCode=123456"
      expect(browser.url()).toBe(site.url);
    }

    site.releaseScript();
    await expect(verify).toBeEnabled();
    await expect(code).toHaveValue('123456');
    await snap(browser, info, '01-mfa-hydrated-code-kept');
    await verify.click();
    expect(await browser.evaluate(() => window.sentCodes)).toEqual(['123456']);
    expect(site.leaks).toEqual([]);
  } finally {
    await site.close();
  }
});

test('under a strict Content-Security-Policy: no style attribute in the server HTML, no violation, hidden text hidden once live', async ({
  page: browser,
  riffyn,
}) => {
  // style-src without 'unsafe-inline' blocks every style attribute in HTML, and hydration never
  // sets one again: the kit's inline styles must come after hydration, through the CSSOM.
  const policy = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${new URL(riffyn.url).origin}`;
  await browser.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.sample}`));
  });
  const violations = () => browser.evaluate(() => (window as unknown as { violations: string[] }).violations);
  const width = (element: { evaluate: (f: (e: Element) => number) => Promise<number> }) =>
    element.evaluate((e) => e.getBoundingClientRect().width);

  for (const view of ['flow', 'mfa']) {
    const site = await ssrSite(riffyn.url, view, policy);
    try {
      await browser.goto(site.url, { waitUntil: 'domcontentloaded' });
      expect(await browser.locator('#root [style]').count(), view).toBe(0);
      site.releaseScript();
      if (view === 'flow') {
        await expect(browser.getByRole('button', { name: 'Sign in' })).toBeEnabled();
        const toggle = browser.getByRole('button', { name: 'Show password' });
        await expect(toggle).toBeVisible();
        expect(await width(toggle.locator('span'))).toBeLessThanOrEqual(1);
      } else {
        await expect(browser.getByRole('button', { name: 'Verify' })).toBeEnabled();
        expect(await width(browser.locator('[data-slot="progress"]'))).toBeLessThanOrEqual(1);
        const code = browser.getByLabel('6-digit code');
        await expect(code).toHaveAttribute('style', /--rlk-code-length: 6/);
      }
      expect(await violations(), view).toEqual([]);
    } finally {
      await site.close();
    }
  }
});
