/**
 * Visual regression: every step of `<AuthFlow>` in light and dark, at 1280 and 375 px wide,
 * compared with the committed baselines in ./baselines (small tolerance, see playwright.config.ts).
 * Deterministic by construction: a fixed clock (timers still run, so the page works; countdowns
 * stand still), the mock Riffyn inside the page, DejaVu fonts, no animation, no caret, the pointer
 * parked in a corner. After a deliberate change of the look: `npm run test:visual -- --update-snapshots`,
 * look at every changed PNG, commit them. `GALLERY=1` also writes the README's gallery (the card
 * of a few steps, light and dark) to docs/gallery.
 */
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AuthMessages } from '../../src/i18n/messages.js';
import { ar } from '../../src/locales/ar.js';
import { he } from '../../src/locales/he.js';
import { pseudo } from '../../src/locales/pseudo.js';
import { DEMO_PASSWORD } from '../../src/testing/index.js';

const T0 = Date.parse('2030-01-15T09:00:00Z');
const gallery = process.env.GALLERY ? resolve(import.meta.dirname, '../../docs/gallery') : null;
const gallerySteps = ['sign-in', 'sign-in-error', 'mfa-several-factors', 'key-shown', 'key-saved', 'rate-limited'];

async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Each step, reached as a user would, from a fresh page. */
const steps: Record<string, (page: Page) => Promise<void>> = {
  'sign-in': async (page) => {
    await expect(page.getByLabel('Username')).toBeFocused();
  },
  'sign-in-error': async (page) => {
    await signIn(page, 'mfa-user', 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('do not match');
    await expect(page.getByLabel('Username')).toBeFocused();
  },
  mfa: async (page) => {
    await signIn(page, 'mfa-user');
    await expect(page.getByLabel('6-digit code')).toBeFocused();
    await expect(page.getByRole('timer')).toHaveText('Time left to enter the code: 5 minutes');
  },
  'mfa-near-expiry': async (page) => {
    await signIn(page, 'mfa-user');
    await expect(page.getByLabel('6-digit code')).toBeFocused();
    await page.clock.setFixedTime(T0 + 255_000);
    await expect(page.getByRole('timer')).toHaveText('Time left to enter the code: 45 seconds');
    await expect(page.getByRole('status').filter({ hasText: 'left to enter your code' })).toBeVisible();
  },
  'mfa-expired': async (page) => {
    await signIn(page, 'mfa-user');
    await expect(page.getByLabel('6-digit code')).toBeFocused();
    await page.clock.setFixedTime(T0 + 300_001);
    await expect(page.getByRole('heading', { name: 'Verification timed out' })).toBeFocused();
  },
  'mfa-several-factors': async (page) => {
    await signIn(page, 'multi-factor-user');
    // The only factor that takes a code is named; the others wait under one collapsed line.
    await expect(page.getByText('Other methods aren’t available here')).toBeVisible();
    await expect(page.getByLabel('6-digit code')).toBeFocused();
  },
  'key-shown': async (page) => {
    await signIn(page, 'new-user');
    await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeFocused();
  },
  'key-saved': async (page) => {
    await signIn(page, 'new-user');
    await page.getByRole('checkbox', { name: /I have saved this key/ }).check();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('heading', { name: 'API key saved' })).toBeFocused();
  },
  'no-new-key': async (page) => {
    await signIn(page, 'key-holder');
    await expect(page.getByRole('heading', { name: 'You already have an API key' })).toBeFocused();
  },
  'rate-limited': async (page) => {
    await signIn(page, 'rate-limited', 'anything');
    await expect(page.getByRole('alert')).toHaveText('Too many attempts. Riffyn asked for a pause of 30 seconds.');
    await expect(page.getByRole('timer')).toHaveText('Try again in 30 seconds.');
  },
};

// One test per step: reached once, then shot in both schemes and at both widths (the state stays).
test.use({ reducedMotion: 'reduce' });
for (const [step, reach] of Object.entries(steps)) {
  test(step, async ({ page }) => {
    await page.clock.setFixedTime(T0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await reach(page);
    await page.mouse.move(0, 0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [width, height] of [[1280, 800], [375, 700]] as const) {
        await page.setViewportSize({ width, height });
        await expect(page).toHaveScreenshot(`${step}-${scheme}-${width}.png`, { fullPage: true });
        if (gallery && width === 1280 && gallerySteps.includes(step)) {
          // The card and a margin of page around it (its shadow included).
          const box = (await page.locator('.rlk').boundingBox())!;
          const clip = { x: box.x - 24, y: box.y - 24, width: box.width + 48, height: box.height + 48 };
          await page.screenshot({ path: `${gallery}/${step}-${scheme}.png`, clip, fullPage: true, animations: 'disabled', caret: 'hide' });
        }
      }
    }
  });
}

/**
 * The right-to-left languages with real Arabic and Hebrew text (the card mirrored: icons, the eye
 * toggle and the countdown bar on the other side, the code boxes and the key still left to right),
 * and the pseudo-locale (every string accented and 40% longer: a cut-off or a hard-coded English
 * string shows). The key steps at both widths in light; one in dark.
 */
const locales: Record<string, AuthMessages> = { ar, he, pseudo };
const localeSteps: Record<string, (page: Page, m: AuthMessages) => Promise<void>> = {
  'sign-in': async (page, m) => {
    await expect(page.getByLabel(m.loginForm.usernameLabel, { exact: true })).toBeFocused();
  },
  mfa: async (page, m) => {
    await localizedSignIn(page, m, 'mfa-user');
    await expect(page.getByLabel(m.mfa.codeLabel, { exact: true })).toBeFocused();
    await expect(page.getByRole('timer')).toHaveText(m.mfa.expiresIn(300));
  },
  'key-shown': async (page, m) => {
    await localizedSignIn(page, m, 'new-user');
    await expect(page.getByRole('heading', { name: m.apiKey.shown.heading, exact: true })).toBeFocused();
  },
};

async function localizedSignIn(page: Page, m: AuthMessages, username: string) {
  await page.getByLabel(m.loginForm.usernameLabel, { exact: true }).fill(username);
  await page.getByLabel(m.loginForm.passwordLabel, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: m.loginForm.submit, exact: true }).click();
}

for (const [lang, m] of Object.entries(locales)) {
  for (const [step, reach] of Object.entries(localeSteps)) {
    test(`${lang}: ${step}`, async ({ page }) => {
      await page.clock.setFixedTime(T0);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/?lang=${lang}`);
      await reach(page, m);
      const root = page.locator('[data-slot="root"]');
      await (m.loginForm.dir ? expect(root).toHaveAttribute('dir', m.loginForm.dir) : expect(root).not.toHaveAttribute('dir'));
      await page.mouse.move(0, 0);
      for (const scheme of step === 'mfa' ? (['light', 'dark'] as const) : (['light'] as const)) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const [width, height] of [[1280, 800], [375, 700]] as const) {
          await page.setViewportSize({ width, height });
          await expect(page).toHaveScreenshot(`${lang}-${step}-${scheme}-${width}.png`, { fullPage: true });
        }
      }
    });
  }
}
