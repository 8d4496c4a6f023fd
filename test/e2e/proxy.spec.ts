import type { Page, Response } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, totp, UNICODE_PASSWORD } from '../../src/testing/index.js';
import { rawRequest } from '../server/helpers.js';
import { checkStep, expect, test } from './fixtures.js';

/*
 * The demo as `npm start` serves it, with no ?api=: every call goes to the page's own origin and
 * through the kit's proxy handler (mounted in Vite by scripts/start.ts) to the mock Riffyn that
 * `npm start` runs, which is shared by every test here: a user's first sign-in may have shown the
 * key already.
 */

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Every answer to a Riffyn call, as the browser received it. */
function riffynAnswers(page: Page): Response[] {
  const answers: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/v1/')) answers.push(response);
  });
  return answers;
}

test('through the proxy handler: MFA sign-in, same origin, with Date on every answer', async ({ page, baseURL }, info) => {
  const answers = riffynAnswers(page);
  await page.goto('/');
  await signIn(page, 'mfa-user', DEMO_PASSWORD);
  await expect(page.getByLabel('6-digit code')).toBeFocused();
  await checkStep(page, info, '01-mfa-through-proxy');
  await page.getByLabel('6-digit code').fill(await totp(DEMO_TOTP_SECRET, Date.now()));

  const keyStep = page.getByRole('heading', { name: 'Save your API key' });
  await expect(keyStep.or(page.getByTestId('signed-in-user'))).toBeVisible();
  if (await keyStep.isVisible()) {
    await page.getByRole('checkbox', { name: 'I have saved this key somewhere safe' }).check();
    await page.getByRole('button', { name: 'Done' }).click();
  }
  await expect(page.getByTestId('signed-in-user')).toHaveText('mfa-user');

  // Session mode: first the question whether this browser is signed in already (no: 401).
  expect(answers.map((answer) => [new URL(answer.url()).origin, new URL(answer.url()).pathname, answer.status()])).toEqual([
    [new URL(baseURL!).origin, '/v1/auth/session', 401],
    [new URL(baseURL!).origin, '/v1/auth', 200],
    [new URL(baseURL!).origin, '/v1/auth/factor/uft-mfa-user/verify', 200],
  ]);
  for (const answer of answers) {
    const headers = await answer.allHeaders();
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['x-content-type-options']).toBe('nosniff'); // set by the proxy handler itself
  }
  for (const answer of answers.slice(1)) {
    expect((await answer.allHeaders()).date).toEqual(expect.any(String)); // readable: same origin, no CORS exposure needed
  }
  // Only the session's own cookie, set when the sign-in succeeds: never one of Riffyn's.
  expect(await Promise.all(answers.map(async (answer) => /^riffyn_session=/.test((await answer.allHeaders())['set-cookie'] ?? '')))).toEqual([
    false,
    false,
    true,
  ]);
  await checkStep(page, info, '02-signed-in-through-proxy');
});

test('through the proxy handler: a non-ASCII password arrives as UTF-8', async ({ page }) => {
  await page.goto('/');
  await signIn(page, 'unicode-user', UNICODE_PASSWORD);
  // The mock accepts the password only if its UTF-8 bytes arrived unchanged.
  const keyStep = page.getByText(/^Signed in as \u2068?unicode-user\u2069?$/);
  await expect(keyStep.or(page.getByTestId('signed-in-user').filter({ hasText: 'unicode-user' }))).toBeVisible();
});

test('through the proxy handler: 429 with Retry-After counts down, the 502 HTML page is a server error', async ({ page }, info) => {
  await page.goto('/');
  await signIn(page, 'rate-limited', 'anything');
  await expect(page.getByRole('alert')).toContainText('Too many attempts. Riffyn asked for a pause of 30 seconds.');
  // The button keeps its name; the time left counts down under it, as its description.
  await expect(page.getByRole('timer')).toHaveText(/Try again in (30|2\d) seconds\./);
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveAttribute('aria-disabled', 'true');
  await checkStep(page, info, '01-rate-limited-through-proxy');

  await page.reload();
  await signIn(page, 'bad-gateway', 'anything');
  await expect(page.getByRole('alert')).toContainText('The Riffyn server had a problem');
  await expect(page.getByRole('alert')).not.toContainText('<');
});

test('through the proxy handler: anything but the kit’s calls is a 404 from the proxy, not the app', async ({ page }) => {
  await page.goto('/');
  const answers = await page.evaluate(async () => {
    const probe = async (path: string, method = 'GET') => {
      const response = await fetch(path, { method, headers: { accept: 'text/html' } });
      const type = `${response.headers.get('content-type')}; ${response.headers.get('x-content-type-options')}`;
      return [path, method, response.status, type, await response.text()];
    };
    return [await probe('/v1/users'), await probe('/v1/auth'), await probe('/v1/auth/api-key/a%2F..%2Fb', 'PATCH')];
  });
  for (const [path, method, status, type, body] of answers) {
    expect([path, method, status, type, body]).toEqual([path, method, 404, 'application/json; charset=utf-8; nosniff', '{"error":"Not found."}']);
  }
});

test('through the demo’s mount: a target that is a kit call only once `..`, `%2e` or `\\` is resolved is a 404', async ({ baseURL }) => {
  // Sent as is by Node (a browser's fetch would resolve them first), as an attacker sends them.
  for (const path of ['/v1/x/%2e%2e/auth', '/v1/x/../auth', '/v1/./auth', '/v1/x/.%2E/auth', '/v1/x\\..\\auth']) {
    const answer = await rawRequest(baseURL!, { method: 'POST', path, headers: { authorization: 'Basic eDp5' } });
    expect([path, answer.status, answer.body]).toEqual([path, 404, '{"error":"Not found."}']);
  }
});
