import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';
import { startMockRiffynServer } from '../../src/testing/server.js';
import { checkStep, expect, test } from './fixtures.js';

// The demo with a Riffyn whose accessTokens live 2 min 5 s: the warning is due 5 s after sign-in.
test('the session warning: focus inside, a real Escape extends, focus comes back; Sign out signs out', async ({ page }, info) => {
  const riffyn = await startMockRiffynServer({ mock: createMockRiffyn({ accessTokenTtlMs: 125_000 }), log: false });
  try {
    await page.goto(`/?api=${encodeURIComponent(riffyn.url)}`);
    await page.getByLabel('Username').fill('key-holder');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    const extend = page.getByRole('button', { name: 'Extend session' });
    await extend.focus();

    const dialog = page.getByRole('dialog', { name: 'Your session is about to end' });
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    await expect(dialog.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
    await checkStep(page, info, 'session-warning');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(extend).toBeFocused();
    await expect(page.getByTestId('token-left')).toHaveText(/^2:0\d$/);

    // Repeatable: the new token is as short, so the warning comes back.
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
    await expect(dialog).toHaveCount(0);
  } finally {
    await riffyn.close();
  }
});
