import { createMockRiffyn, DEMO_PASSWORD } from '../../src/testing/index.js';
import { startMockRiffynServer } from '../../src/testing/server.js';
import { calmProblems, recordAnnouncements, takeCalm, type Announcement } from './announcements.js';
import { expect, expectNoAxeViolations, test } from './fixtures.js';

/**
 * One whole AuthFlow run, heard through the announcement log: a wrong password, MFA with a wrong
 * code, the time warning, "Get more time", the key step. Every step change, error and warning is
 * said exactly once, and nothing is said every second. The page's clock and the mock's move
 * together, so the time warning comes without waiting four minutes.
 */
test('a whole sign-in is announced once per change, never every second', async ({ page }) => {
  // Six axe runs and a whole sign-in: more than the default minute on a busy 2-core machine.
  test.setTimeout(180_000);
  let offset = 0;
  const mock = createMockRiffyn({ now: () => Date.now() + offset });
  const server = await startMockRiffynServer({ mock, log: false });
  const skip = async (ms: number) => {
    offset += ms;
    await page.clock.fastForward(ms);
  };
  // Everything heard, for the noise check at the end (said twice, every second, focus lost).
  const heard: Announcement[] = [];
  const take = () => takeCalm(page, heard);
  try {
    await page.clock.install();
    await recordAnnouncements(page);
    await page.goto(`/?api=${encodeURIComponent(server.url)}`);
    const username = page.getByLabel('Username');
    const password = page.getByLabel('Password', { exact: true });
    const code = page.getByLabel('6-digit code');
    await expect(username).toBeFocused();
    await expectNoAxeViolations(page);
    expect(await take()).toEqual(['focus: input:text "Username"']);

    // Enter in the empty password field: focus cannot move there, so the form says it.
    await username.pressSequentially('mfa-user');
    await page.keyboard.press('Enter');
    await expect(password).toBeFocused();
    expect(await take()).toEqual(['focus: input:password "Password"', 'description: Enter your password.']);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-slot="status"]')).toHaveText('Enter your password.');
    // Said there, so not also the focused field's new description (that would say it twice).
    await expect(password).toHaveAccessibleDescription('');
    expect(await take()).toEqual(['live: Enter your password.']);

    // A wrong password: the alert once; the field keeps focus, marked invalid, not described by the alert.
    await password.pressSequentially('not-it');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('do not match');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).not.toHaveAccessibleDescription(/do not match/);
    await expectNoAxeViolations(page);
    const refused = await take();
    expect(refused).toEqual([expect.stringMatching(/^live: That username and password do not match/)]);

    // The right password: the MFA step opens with focus in the code field, never "pending".
    await password.fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(code).toBeFocused();
    await expectNoAxeViolations(page);
    expect(await take()).toEqual(['focus: input:text "6-digit code"']);

    // A wrong code: "checking" once, the error once; focus stays in the emptied field.
    const right = await mock.currentCode('mfa-user');
    await code.pressSequentially(String((Number(right) + 500_000) % 1_000_000).padStart(6, '0'));
    await expect(page.getByRole('alert')).toContainText('That code did not work');
    await expect(code).toHaveValue('');
    await expectNoAxeViolations(page);
    const wrongCode = await take();
    expect(wrongCode).toEqual(['live: Checking your code…', expect.stringMatching(/^live: That code did not work/)]);

    // Four minutes later: the warning, once, saying what to do; then seconds pass in silence.
    await skip(4 * 60_000 + 5_000);
    await expect(page.getByRole('button', { name: 'Get more time' })).toBeVisible();
    await page.clock.runFor(3_000);
    await expectNoAxeViolations(page);
    expect(await take()).toEqual([
      'live: Less than a minute left to enter your code. Choose “Get more time” if you need longer: what you typed stays.',
    ]);

    // Get more time: the digits typed stay, the new time is said once, focus is back in the field.
    await code.pressSequentially('12');
    await page.getByRole('button', { name: 'Get more time' }).click();
    await expect(page.getByText('More time given')).toBeVisible();
    await expect(code).toBeFocused();
    await expect(code).toHaveValue('12');
    await page.clock.runFor(3_000);
    await expectNoAxeViolations(page);
    expect(await take()).toEqual([
      'focus: button "Get more time"',
      'name: Getting more time…',
      'focus: input:text "6-digit code"',
      'live: More time given: you now have 5 minutes to enter the code.',
    ]);
    expect(mock.requests.filter((r) => r.path === '/v1/auth').map((r) => r.passwordOk)).toEqual([false, true, true]);

    // The key step: "checking" once, then focus on its heading.
    await code.fill('');
    await code.pressSequentially(await mock.currentCode('mfa-user'));
    await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeFocused();
    await expectNoAxeViolations(page);
    expect(await take()).toEqual(['live: Checking your code…', 'focus: h2 "Save your API key"']);
    // Across the whole run: nothing said every second (a countdown spread over several steps).
    expect(calmProblems(heard, { twice: false })).toEqual([]);
  } finally {
    await server.close();
  }
});
