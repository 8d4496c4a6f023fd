import type { Page, Response } from '@playwright/test';
import { DEMO_PASSWORD } from '../../src/testing/index.js';
import { checkStep, expect, persistedEverywhere, test } from './fixtures.js';

async function fill(page: Page, username: string, password: string) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
}

/** Collects every secret the mock handed out, from the answers the page received. */
function secretsFrom(page: Page): string[] {
  const secrets: string[] = [];
  page.on('response', async (response: Response) => {
    if (!response.url().includes('/v1/')) return;
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    for (const field of ['apiKey', 'accessToken', 'stateToken']) {
      const value = body?.[field];
      if (typeof value === 'string') secrets.push(value);
    }
  });
  return secrets;
}

test('dark theme, every step: no axe violation, screenshots', async ({ page, riffyn, openDemo }, info) => {
  await openDemo();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await checkStep(page, info, 'dark-01-login');
  await fill(page, 'mfa-user', 'wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');
  await checkStep(page, info, 'dark-02-wrong-password');
  await fill(page, 'mfa-user', DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('6-digit code')).toBeFocused();
  await checkStep(page, info, 'dark-03-mfa');
  await page.getByLabel('6-digit code').fill(await riffyn.mock.currentCode('mfa-user'));
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  await checkStep(page, info, 'dark-04-key');
  await page.getByRole('checkbox', { name: /I have saved this key/ }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('mfa-user');
  await checkStep(page, info, 'dark-05-signed-in');
});

test('brand theme login form passes axe', async ({ page, openDemo }, info) => {
  await openDemo();
  await page.getByRole('radio', { name: 'Brand' }).check();
  await checkStep(page, info, 'brand-01-login');
});

test('a double click and a held Enter send exactly one login request', async ({ page, riffyn, openDemo }) => {
  // Hold the answer back, so every extra click and Enter lands while the first request is in flight.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${riffyn.url}/v1/auth`, async (route) => {
    await held;
    await route.continue();
  });
  await openDemo();
  await fill(page, 'new-user', DEMO_PASSWORD);
  const password = page.getByLabel('Password', { exact: true });
  await page.getByRole('button', { name: 'Sign in' }).dblclick();
  for (let i = 0; i < 5; i++) await password.press('Enter'); // a held key repeats
  release();
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  expect(riffyn.mock.requests.filter((r) => r.path === '/v1/auth')).toHaveLength(1);
});

test('signing in again after a timed-out sign-in keeps the one-time key the first call made', async ({ page, riffyn, openDemo }) => {
  // The first answer comes after the client's 1.5 s timeout; Riffyn made the key on that call, and
  // answers the retry with "You already have an API key".
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  await page.route(`${riffyn.url}/v1/auth`, async (route) => {
    if (++calls > 1) return route.continue();
    const accepted = await route.fetch();
    await held;
    await route.fulfill({ response: accepted }).catch(() => {}); // fails only if the page gave up on it
  });
  await openDemo('&timeout=1500');
  await fill(page, 'new-user', DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 5_000 }); // the timeout
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => riffyn.mock.requests.filter((r) => r.path === '/v1/auth').length).toBe(2);
  await page.waitForTimeout(500); // the retry's keyless answer is back by now
  release();
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  await page.getByRole('button', { name: 'Show key' }).click();
  await expect(page.getByRole('textbox', { name: 'API key' })).toHaveValue(/^mockkey_/);
  await expect(page.getByText('You already have an API key')).toHaveCount(0);
});

test('after an MFA login no secret is stored, logged, or left in the page', async ({ page, riffyn, openDemo, consoleLines }) => {
  const secrets = secretsFrom(page);
  await openDemo();
  await fill(page, 'mfa-user', DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const code = await riffyn.mock.currentCode('mfa-user');
  await page.getByLabel('6-digit code').fill(code);
  await page.getByRole('checkbox', { name: /I have saved this key/ }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('mfa-user');

  expect(secrets.length).toBe(3); // stateToken, then apiKey and accessToken
  const stored = await persistedEverywhere(page);
  const html = await page.content();
  for (const secret of [...secrets, DEMO_PASSWORD, code]) {
    expect(stored).not.toContain(secret);
    expect(consoleLines.join('\n')).not.toContain(secret);
  }
  for (const secret of [secrets[0]!, secrets[1]!, DEMO_PASSWORD]) expect(html).not.toContain(secret);
});

test('server text is shown as text: markup in an error runs nothing', async ({ page, riffyn, openDemo }) => {
  await page.route(`${riffyn.url}/v1/auth`, (route) =>
    route.fulfill({
      status: 403,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      // A kind whose server text is shown (a locked account's would only repeat the kit's sentence).
      body: JSON.stringify({ error: '<img src=x onerror="window.__xss=1"> Account disabled by policy.' }),
    }),
  );
  await openDemo();
  await fill(page, 'new-user', DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('<img src=x onerror="window.__xss=1"> Account disabled by policy.');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('[role=alert] img').count()).toBe(0);
});

test('clock skew: a device clock far from the server’s is flagged on the MFA step', async ({ page, openDemo }) => {
  // Answer with a Date header two minutes ahead of this machine's clock.
  await page.route('**/v1/auth', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), date: new Date(Date.now() + 120_000).toUTCString() };
    await route.fulfill({ response, headers });
  });
  await openDemo();
  await fill(page, 'mfa-user', DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/clock is 1[12]\d seconds behind the server/)).toBeVisible();
});
