import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, UNICODE_PASSWORD } from '../../src/testing/index.js';
import { checkStep, expect, persistedEverywhere, test } from './fixtures.js';

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const codeField = (page: Page) => page.getByLabel('6-digit code');

test('password-only login: the key is shown once, acknowledged, and gone', async ({ page, riffyn, openDemo, consoleLines }, info) => {
  await openDemo();
  await checkStep(page, info, '01-login-form');
  await signIn(page, 'new-user', DEMO_PASSWORD);

  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeFocused();
  await checkStep(page, info, '02-key-masked');
  const issued = riffyn.mock.requests.find((r) => r.path === '/v1/auth');
  expect(issued).toMatchObject({ method: 'POST', username: 'new-user', passwordOk: true, status: 200 });

  await page.getByRole('button', { name: 'Show key' }).click();
  const apiKey = (await page.getByLabel('API key').first().textContent())?.trim() || (await page.getByLabel('API key').first().inputValue());
  expect(apiKey.length).toBeGreaterThan(16);
  await checkStep(page, info, '03-key-revealed');

  await page.getByRole('checkbox', { name: 'I have saved this key somewhere safe' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('new-user');
  await expect(page.getByTestId('token-left')).toHaveText(/^(29|30):\d\d$/);
  await checkStep(page, info, '04-signed-in');

  expect(await page.content()).not.toContain(apiKey);
  const kept = await persistedEverywhere(page);
  for (const secret of [apiKey, DEMO_PASSWORD]) expect(kept).not.toContain(secret);
  expect(consoleLines.join('\n')).not.toContain(apiKey);
  expect(consoleLines.join('\n')).not.toContain(DEMO_PASSWORD);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
  expect(await page.content()).not.toContain(apiKey);
});

test('non-ASCII password travels as UTF-8 Basic auth', async ({ page, riffyn, openDemo }) => {
  await openDemo();
  await signIn(page, 'unicode-user', UNICODE_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  expect(riffyn.mock.requests.at(-1)).toMatchObject({ username: 'unicode-user', passwordOk: true, status: 200 });
});

test('MFA with the current TOTP code', async ({ page, riffyn, openDemo }, info) => {
  await openDemo();
  await signIn(page, 'mfa-user', DEMO_PASSWORD);
  await expect(codeField(page)).toBeFocused();
  await expect(page.getByText('Time left to enter the code: 5 minutes')).toBeVisible();
  await checkStep(page, info, '01-mfa-code');

  await codeField(page).fill(await riffyn.mock.currentCode('mfa-user'));
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  const verify = riffyn.mock.requests.find((r) => r.path.endsWith('/verify'));
  expect(verify).toMatchObject({
    method: 'POST',
    path: '/v1/auth/factor/uft-mfa-user/verify',
    username: 'mfa-user',
    passwordOk: true,
    bodyFields: ['stateToken', 'passCode'],
    status: 200,
  });
  await checkStep(page, info, '02-key-after-mfa');
});

test('wrong password: a clear message, and what was typed is still there', async ({ page, openDemo }, info) => {
  await openDemo();
  await signIn(page, 'mfa-user', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('That username and password do not match');
  await expect(page.getByLabel('Username')).toHaveValue('mfa-user');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('not-the-password');
  await checkStep(page, info, '01-wrong-password');
});

test('several factors: the authenticator app is chosen already; a wrong code, then the right one', async ({ page, riffyn, openDemo }, info) => {
  await openDemo();
  await signIn(page, 'multi-factor-user', DEMO_PASSWORD);
  // Nothing to choose first: the one factor a typed code completes is chosen, focus is in the field.
  await expect(page.getByText('Verification method: Authenticator app (Google Authenticator)')).toBeVisible();
  // The others (push, an unknown type) wait under one closed line.
  const others = page.getByText('Other methods aren’t available here');
  await expect(others).toBeVisible();
  await expect(page.getByText('Okta Verify push')).toBeHidden();
  await expect(codeField(page)).toBeFocused();
  await checkStep(page, info, '01-several-factors');

  const right = await riffyn.mock.currentCode('multi-factor-user');
  const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
  await codeField(page).fill(wrong);
  await expect(page.getByRole('alert')).toContainText('That code did not work');
  await expect(codeField(page)).toBeFocused();
  await checkStep(page, info, '02-wrong-code');

  await codeField(page).fill(right);
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  const verifies = riffyn.mock.requests.filter((r) => r.path.endsWith('/verify'));
  expect(verifies.map((r) => [r.path, r.status, r.passCode])).toEqual([
    ['/v1/auth/factor/uft-multi-factor-user/verify', 401, wrong],
    ['/v1/auth/factor/uft-multi-factor-user/verify', 200, right],
  ]);
});

test('429: says what the server asked, counts down under the button, and holds it under its name', async ({ page, openDemo }, info) => {
  await openDemo();
  await signIn(page, 'rate-limited', 'anything');
  await expect(page.getByRole('alert')).toContainText('Too many attempts. Riffyn asked for a pause of 30 seconds.');
  const submit = page.getByRole('button', { name: 'Sign in' });
  await expect(submit).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('timer')).toHaveText(/Try again in (30|2\d) seconds\./);
  await expect(page.getByLabel('Username')).toHaveValue('rate-limited');
  await checkStep(page, info, '01-rate-limited');
});

test('502 HTML page: a server error in words, never the markup', async ({ page, openDemo }, info) => {
  await openDemo();
  await signIn(page, 'bad-gateway', 'anything');
  await expect(page.getByRole('alert')).toContainText('The Riffyn server had a problem');
  await expect(page.getByRole('alert')).not.toContainText('<');
  await checkStep(page, info, '01-bad-gateway');
});

test('stateToken expiry: the step ends, and "Start again" keeps the username', async ({ page, openDemo, riffyn }, info) => {
  await openDemo();
  await signIn(page, 'short-mfa-user', 'anything');
  await expect(codeField(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Verification timed out' })).toBeVisible({ timeout: 10_000 });
  await checkStep(page, info, '01-expired');
  const before = riffyn.mock.requests.length;

  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByLabel('Username')).toHaveValue('short-mfa-user');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  expect(riffyn.mock.requests.length).toBe(before); // no verify was sent after expiry
});

test('keyboard only, through MFA and the key step', async ({ page, riffyn, openDemo }, info) => {
  await openDemo();
  await expect(page.getByLabel('Username')).toBeFocused(); // AuthFlow autoFocus on the demo page
  await page.keyboard.type('mfa-user');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');

  await expect(codeField(page)).toBeFocused();
  await page.keyboard.type(await riffyn.mock.currentCode('mfa-user')); // submits itself at 6 digits

  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeFocused();
  const checkbox = page.getByRole('checkbox', { name: 'I have saved this key somewhere safe' });
  for (let i = 0; i < 12 && !(await checkbox.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(checkbox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  const done = page.getByRole('button', { name: 'Done' });
  for (let i = 0; i < 6 && !(await done.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(done).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-user')).toHaveText('mfa-user');
  await checkStep(page, info, '01-signed-in-by-keyboard');
});

test('npm start’s own mock: a user who already has a key is told so, then goes on to the app', async ({ page }, info) => {
  await page.goto('/'); // no ?api=: the proxy handler and the mock server that `npm start` runs
  await signIn(page, 'key-holder', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'You already have an API key' })).toBeFocused();
  await checkStep(page, info, '01-existing-key');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('key-holder');
  // Focus lands on the new page's heading, not on <body> (the Continue button is gone).
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeFocused();
  await checkStep(page, info, '02-signed-in-existing-key');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('Username')).toBeVisible();
});

test('after sign-in: the new key renamed on the key step, then the session extended', async ({ page, riffyn, openDemo }, info) => {
  await openDemo();
  await signIn(page, 'new-user', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeFocused();

  // Behind a quiet "Rename key" until asked for; then the name field has focus.
  await page.getByRole('button', { name: 'Rename key' }).click();
  const name = page.getByLabel('Key name');
  await expect(name).toBeFocused();
  await name.fill('laptop');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed to laptop.' })).toBeVisible();
  await checkStep(page, info, '01-key-renamed');
  const renamed = riffyn.mock.requests.find((r) => r.method === 'PATCH');
  expect(renamed).toMatchObject({ auth: 'access-token', bodyFields: ['name'], status: 200 });

  await page.getByRole('checkbox', { name: 'I have saved this key somewhere safe' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('new-user');

  await page.getByRole('button', { name: 'Extend session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session extended.' })).toBeVisible();
  expect(riffyn.mock.requests.filter((r) => r.path === '/v1/auth/access-token')).toMatchObject([
    { method: 'POST', auth: 'access-token', status: 200 },
  ]);
  await expect(page.getByTestId('token-left')).toHaveText(/^(29|30):\d\d$/);
  await checkStep(page, info, '02-session-extended');
});
