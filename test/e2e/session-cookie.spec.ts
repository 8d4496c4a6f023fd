import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, totp } from '../../src/testing/index.js';
import { checkStep, expect, test } from './fixtures.js';

/*
 * Session mode, as `npm start` serves the demo (no ?api=): the proxy keeps the accessToken in an
 * encrypted HttpOnly cookie. A reload and a second tab stay signed in, a sign-out in one tab signs
 * every tab out, and no page script can read the token. The mock is `npm start`'s own, shared.
 */

async function signIn(page: Page, username: string) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Everything a page script can reach of the session: cookies, every storage, the page's HTML. */
async function readableByScripts(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dbs = (await indexedDB.databases?.()) ?? [];
    return JSON.stringify([
      document.cookie,
      Object.entries(localStorage),
      Object.entries(sessionStorage),
      dbs.map((db) => db.name),
      document.documentElement.outerHTML,
    ]);
  });
}

test('a reload and a second tab stay signed in; page scripts cannot read the token; sign-out in one tab signs out both', async ({ page, context }, info) => {
  const tokens: string[] = [];
  page.on('request', (request) => {
    const token = request.headers()['access-token'];
    if (token) tokens.push(token);
  });
  await page.goto('/');
  await signIn(page, 'key-holder');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('key-holder');

  // The cookie as the browser holds it: HttpOnly, SameSite=Strict, expiring with the token.
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'riffyn_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(25 * 60_000);
  expect(cookie!.expires * 1000 - Date.now()).toBeLessThan(31 * 60_000);
  // The page never sent an access-token: it never had one.
  expect(tokens).toEqual([]);
  const readable = await readableByScripts(page);
  expect(readable).not.toContain(cookie!.value);
  expect(readable).not.toMatch(/mockat_/);

  await page.reload();
  await expect(page.getByTestId('signed-in-user')).toHaveText('key-holder');
  await checkStep(page, info, '01-signed-in-after-reload');

  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByTestId('signed-in-user')).toHaveText('key-holder');

  // What the tabs tell each other, as a third listener on the channel hears it: no secret.
  await second.evaluate(() => {
    const seen: unknown[] = ((window as unknown as { tabMessages: unknown[] }).tabMessages = []);
    new BroadcastChannel('riffyn-login-kit').onmessage = (event) => seen.push(event.data);
  });
  const heard = () => second.evaluate(() => (window as unknown as { tabMessages: unknown[] }).tabMessages);
  await page.getByRole('button', { name: 'Extend session' }).click();
  await expect.poll(heard).toEqual([{ type: 'extended', accessTokenExpiresAt: expect.any(Number) }]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
  expect((await context.cookies()).filter((c) => c.name === 'riffyn_session')).toEqual([]);
  await expect.poll(heard).toEqual([{ type: 'extended', accessTokenExpiresAt: expect.any(Number) }, { type: 'signed-out' }]);
  await second.reload();
  await expect(second.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
  await second.close();
});

test('a sign-in in one tab is picked up by the other', async ({ page, context }) => {
  await page.goto('/');
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
  await signIn(page, 'key-holder');
  await expect(second.getByTestId('signed-in-user')).toHaveText('key-holder');
  await second.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
  await second.close();
});

test('a reload in the middle of the MFA step starts again, nothing half-signed-in', async ({ page, context }) => {
  await page.goto('/');
  await signIn(page, 'mfa-user');
  await expect(page.getByLabel('6-digit code')).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
  expect((await context.cookies()).filter((c) => c.name === 'riffyn_session')).toEqual([]);
  // And the flow still works from there.
  await signIn(page, 'mfa-user');
  await page.getByLabel('6-digit code').fill(await totp(DEMO_TOTP_SECRET, Date.now()));
  // The shared mock may have shown this user's key already.
  const keyStep = page.getByRole('heading', { name: 'Save your API key' });
  const hadKey = page.getByRole('button', { name: 'Continue' });
  await expect(keyStep.or(hadKey)).toBeVisible();
  if (await keyStep.isVisible()) {
    await page.getByRole('checkbox', { name: 'I have saved this key somewhere safe' }).check();
    await page.getByRole('button', { name: 'Done' }).click();
  } else await hadKey.click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('mfa-user');
  await page.getByRole('button', { name: 'Sign out' }).click();
});
