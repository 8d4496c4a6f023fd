import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../src/testing/index.js';
import { expect, test } from './fixtures.js';

/**
 * What a password manager does to the page, done the way managers do it: values set with the
 * native setter and no events (Safari's autofill, extensions, Chrome's fill-on-load), a real
 * keyboard, and a fill followed by an edit. What is in the fields is what reaches the server.
 */
const fillWithoutEvents = (page: Page, values: Record<string, string>) =>
  page.evaluate((entries) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    for (const [selector, value] of Object.entries(entries)) setter.call(document.querySelector(selector), value);
  }, values);

const logins = (requests: { path: string; username?: string | undefined; passwordOk?: boolean | undefined }[]) =>
  requests.filter((r) => r.path === '/v1/auth').map((r) => [r.username, r.passwordOk]);

test('filled without events, the login form and the code field send what they hold', async ({ page, riffyn, openDemo }) => {
  await page.clock.install(); // the countdown's ticks, run below without waiting for them
  await openDemo();
  await fillWithoutEvents(page, { 'input[name="username"]': 'mfa-user', 'input[name="password"]': DEMO_PASSWORD });
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('6-digit code')).toBeFocused();
  expect(logins(riffyn.mock.requests)).toEqual([['mfa-user', true]]);

  // The code step: its hidden username tells the manager which account's code to fill.
  await expect(page.locator('form input[autocomplete="username"]')).toHaveValue('mfa-user');
  const code = await riffyn.mock.currentCode('mfa-user');
  await fillWithoutEvents(page, { 'input[name="passCode"]': code });
  // A re-render (the countdown ticks every second) must not wipe what the manager put there.
  await page.clock.runFor(1_100);
  await expect(page.getByLabel('6-digit code')).toHaveValue(code);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  expect(riffyn.mock.requests.filter((r) => r.path.endsWith('/verify')).map((r) => [r.passCode, r.status])).toEqual([[code, 200]]);
});

test('typed on a real keyboard, the form sends what was typed', async ({ page, riffyn, openDemo }) => {
  await openDemo();
  await page.getByLabel('Username').click();
  await page.keyboard.type('new-user');
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  expect(logins(riffyn.mock.requests)).toEqual([['new-user', true]]);
});

test('filled by a manager, then one field edited by hand: both fields count', async ({ page, riffyn, openDemo }) => {
  await openDemo();
  await fillWithoutEvents(page, { 'input[name="username"]': 'someone-else', 'input[name="password"]': DEMO_PASSWORD });
  await page.getByLabel('Username').fill('new-user');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  expect(logins(riffyn.mock.requests)).toEqual([['new-user', true]]);
});

test('the browser\'s "save password" moment: the form leaves the page after the request, as a password form', async ({ page, openDemo }) => {
  await openDemo();
  // Note what the form looked like the moment it was removed from the page.
  await page.evaluate(() => {
    const form = document.querySelector('form')!;
    new MutationObserver((_, observer) => {
      if (form.isConnected) return;
      const field = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      (window as unknown as { removed: object }).removed = {
        username: [field('username').type, field('username').autocomplete, field('username').value],
        password: [field('password').type, field('password').autocomplete, field('password').value !== ''],
      };
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByLabel('Username').fill('mfa-user');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  // Shown as text while typing: it is a password field again when it goes.
  await page.getByRole('button', { name: 'Show password' }).click();
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('6-digit code')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { removed: object }).removed)).toEqual({
    username: ['text', 'username', 'mfa-user'],
    password: ['password', 'current-password', true],
  });
  // Removed, not hidden: nothing of the login form stays in the page behind the next step.
  await expect(page.locator('input[type="password"], input[autocomplete="current-password"]')).toHaveCount(0);
});
