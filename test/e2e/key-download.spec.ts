import { readFile } from 'node:fs/promises';
import { DEMO_PASSWORD } from '../../src/testing/index.js';
import { expect, persistedEverywhere, test } from './fixtures.js';

// The key step's file download and leave guard in a real Chromium, as AuthFlow ships them (on).
test('the new key downloads as a .env line, and leaving asks first until it is saved', async ({ page, openDemo, consoleLines }) => {
  await openDemo();
  await page.getByLabel('Username').fill('new-user');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeFocused();

  // Not saved yet: closing the tab asks first; the user stays.
  const prompts: string[] = [];
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => prompts).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await page.getByRole('button', { name: 'Show key' }).click();
  const apiKey = await page.getByRole('textbox', { name: 'API key' }).inputValue();
  await page.getByRole('button', { name: 'Show key' }).click();

  // The object URL is revoked in the same click: the download must still carry the whole key.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as .env' }).click()]);
  expect(download.suggestedFilename()).toBe('riffyn-api-key.env');
  expect(await readFile(await download.path(), 'utf8')).toBe(`RIFFYN_API_KEY=${apiKey}\n`);
  await expect(page.getByRole('status').filter({ hasText: 'Sent' })).toHaveText(
    'Sent riffyn-api-key.env to your downloads. Check that it is there, then keep it somewhere safe.',
  );
  // No object URL left alive, nothing kept, nothing logged.
  expect(await page.evaluate(() => document.querySelectorAll('a[href^="blob:"]').length)).toBe(0);
  expect(await persistedEverywhere(page)).not.toContain(apiKey);
  expect(consoleLines.join('\n')).not.toContain(apiKey);

  // The page cannot tell a finished download from a cancelled one: leaving still asks first...
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => prompts).toEqual(['beforeunload', 'beforeunload']);
  expect(page.isClosed()).toBe(false);
  // ...until the user says the key is saved: then the tab closes without a prompt.
  await page.getByRole('checkbox', { name: /I have saved this key/ }).check();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(prompts).toEqual(['beforeunload', 'beforeunload']);
});
