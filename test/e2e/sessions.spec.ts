import type { Page } from '@playwright/test';
import { createMockRiffyn, DEMO_PASSWORD, type MockRiffynOptions } from '../../src/testing/index.js';
import { startMockRiffynServer, type MockRiffynServer, type MockRiffynServerOptions } from '../../src/testing/server.js';
import { checkStep, expect, test } from './fixtures.js';

// Issue 12 in the browser: every answer belongs to the session that asked for it, and once the
// server has sent the one-time key only the user's "Done" removes it.

async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function saveKey(page: Page) {
  await page.getByRole('checkbox', { name: 'I have saved this key somewhere safe' }).check();
  await page.getByRole('button', { name: 'Done' }).click();
}

/** A mock Riffyn of this test's own, configured; closed when the test ends. */
async function ownMock(
  use: (server: MockRiffynServer) => Promise<void>,
  mockOptions: MockRiffynOptions,
  serverOptions: MockRiffynServerOptions = {},
) {
  const server = await startMockRiffynServer({ mock: createMockRiffyn(mockOptions), log: false, ...serverOptions });
  try {
    await use(server);
  } finally {
    await server.close();
  }
}

const openWith = async (page: Page, server: MockRiffynServer) => {
  await page.goto(`/?api=${encodeURIComponent(server.url)}`);
  await expect(page.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
};

const codeField = (page: Page) => page.getByLabel('6-digit code');

test('a late "extend session" of a signed-out user never lands in the next user’s session', async ({ page, riffyn, openDemo }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    `${riffyn.url}/v1/auth/access-token`,
    async (route) => {
      await held;
      await route.continue().catch(() => {}); // aborted by the sign-out
    },
    { times: 1 },
  );
  await openDemo();
  await signIn(page, 'key-holder');
  await page.getByRole('button', { name: 'Continue' }).click(); // past "You already have an API key"
  // The extension's end: aborted by the sign-out, or (were it not) answered once released.
  const extension = (request: { url(): string }) => request.url().endsWith('/v1/auth/access-token');
  const ended = Promise.race([page.waitForEvent('requestfailed', extension), page.waitForEvent('requestfinished', extension)]);
  await page.getByRole('button', { name: 'Extend session' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, 'new-user');
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  release();
  await ended; // the first user's answer, had it been sent, is back now
  await saveKey(page);
  await expect(page.getByTestId('signed-in-user')).toHaveText('new-user');

  // The session still holds new-user's own token: the next call is made as new-user.
  await page.getByRole('button', { name: 'Extend session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session extended.' })).toBeVisible();
  const extensions = riffyn.mock.requests.filter((r) => r.path === '/v1/auth/access-token');
  expect(extensions.map((r) => r.username)).toEqual(['new-user']);
});

test('the code’s local deadline passing during the check does not lose the key the server sent', async ({ page }, info) => {
  await ownMock(
    async (server) => {
      await page.route(`${server.url}/v1/auth/factor/**`, async (route) => {
        const accepted = await route.fetch(); // the server says yes at once...
        await page.clock.runFor(5_000); // ...but its answer arrives after the local deadline
        await route.fulfill({ response: accepted }).catch(() => {});
      });
      await page.clock.install();
      await openWith(page, server);
      await signIn(page, 'mfa-user');
      await codeField(page).fill(await server.mock.currentCode('mfa-user'));
      await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
      await page.getByRole('button', { name: 'Show key' }).click();
      await expect(page.getByRole('textbox', { name: 'API key' })).toHaveValue(/^mockkey_/);
      await checkStep(page, info, '01-key-after-late-answer');
    },
    { stateTokenTtlMs: 4_000 },
  );
});

test('"Start again" while the code is checked: an accepted code still shows its key', async ({ page, riffyn, openDemo }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${riffyn.url}/v1/auth/factor/**`, async (route) => {
    const accepted = await route.fetch();
    await held;
    await route.fulfill({ response: accepted }).catch(() => {});
  });
  await openDemo();
  await signIn(page, 'mfa-user');
  await codeField(page).fill(await riffyn.mock.currentCode('mfa-user'));
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByLabel('Username')).toHaveValue('mfa-user');
  release();
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
});

test('the key stays on screen past the accessToken’s life; "Done" then says the session ended', async ({ page }, info) => {
  await ownMock(
    async (server) => {
      await page.clock.install();
      await openWith(page, server);
      await signIn(page, 'new-user');
      await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
      await page.clock.runFor(4_000); // the accessToken lived 3 s
      await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
      await page.getByRole('button', { name: 'Show key' }).click();
      await expect(page.getByRole('textbox', { name: 'API key' })).toHaveValue(/^mockkey_/);
      await checkStep(page, info, '01-key-kept-after-token-end');
      await saveKey(page);
      await expect(page.getByRole('alert')).toContainText('Your session has ended');
      await expect(page.getByLabel('Username')).toHaveValue('new-user');
    },
    { accessTokenTtlMs: 3_000 },
  );
});

test('an accessToken expiry already past on this clock ("2020-01-01") does not take the key', async ({ page, riffyn, openDemo }) => {
  await page.route(`${riffyn.url}/v1/auth`, async (route) => {
    const response = await route.fetch();
    const body = { ...(await response.json()), accessTokenExpiresAt: '2020-01-01' };
    await route.fulfill({ response, json: body });
  });
  await page.clock.install();
  await openDemo();
  await signIn(page, 'new-user');
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();
  await page.clock.runFor(1_000); // a deadline taken as already past would fire by now
  await saveKey(page);
  await expect(page.getByTestId('token-left')).toHaveText(/^(29|30):\d\d$/);
});

test('cross-origin without Access-Control-Expose-Headers: a fast device clock ends no step, a 429 still says to wait', async ({
  page,
}, info) => {
  await ownMock(
    async (server) => {
      await page.clock.install();
      await openWith(page, server);
      await signIn(page, 'mfa-user');
      // The server's clock is 10 minutes behind this device, and the browser hides its Date header.
      await expect(codeField(page)).toBeVisible();
      await page.clock.runFor(1_000);
      await expect(page.getByRole('heading', { name: 'Verification timed out' })).toHaveCount(0);
      await checkStep(page, info, '01-mfa-without-date-header');
      await codeField(page).fill(await server.mock.currentCode('mfa-user'));
      await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeVisible();

      await page.goto(page.url()); // a fresh page: the flow starts over
      await signIn(page, 'rate-limited', 'anything');
      await expect(page.getByRole('alert')).toContainText('Too many attempts. Wait a minute before you try again.');
      await checkStep(page, info, '02-429-without-retry-after');
    },
    { now: () => Date.now() - 10 * 60_000 },
    { exposeHeaders: false },
  );
});

test('offline, with the app’s own QueryClient: says so at once, and sends nothing when the network returns', async ({
  page,
  riffyn,
  openDemo,
  context,
}, info) => {
  await openDemo(); // the demo wraps the kit in its own QueryClientProvider, as most apps do
  await context.setOffline(true);
  await signIn(page, 'new-user');
  await expect(page.getByRole('alert')).toContainText('Could not reach the Riffyn server');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue(DEMO_PASSWORD);
  await checkStep(page, info, '01-offline');
  await context.setOffline(false);
  await page.waitForTimeout(1_500);
  expect(riffyn.mock.requests).toEqual([]);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('the clipboard loses the key when the user saves it', async ({ page, openDemo, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDemo();
  await signIn(page, 'new-user');
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied to clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^mockkey_/);
  await saveKey(page);
  await expect(page.getByTestId('signed-in-user')).toHaveText('new-user');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');
});
