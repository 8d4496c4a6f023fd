import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../src/testing/index.js';
import { darkTheme, lightTheme } from '../../src/theme/theme.js';
import { checkStep, expect, test } from './fixtures.js';

/** The look in a real browser, on the demo: what needs layout, media queries or the network. */

async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const card = (page: Page) => page.locator('.rlk').first();

test('follows the OS: dark when it prefers dark, light otherwise, with nothing set by the app', async ({ page, openDemo }, info) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDemo(); // the demo starts on "System": no theme prop, no variables of its own
  await expect(card(page)).toHaveCSS('background-color', rgb(darkTheme.colorSurface));
  await expect(card(page)).toHaveCSS('color', rgb(darkTheme.colorText));
  await expect(page.locator('.demo')).toHaveCSS('background-color', rgb(darkTheme.colorBackground));
  await checkStep(page, info, '01-dark-by-os');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(card(page)).toHaveCSS('background-color', rgb(lightTheme.colorSurface));
  // An explicit theme wins over the OS.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(card(page)).toHaveCSS('background-color', rgb(lightTheme.colorSurface));
});

test('the signed-in card is the login card’s width, and fits a 375 px phone', async ({ page, openDemo }) => {
  await openDemo();
  const loginWidth = (await card(page).boundingBox())!.width;
  await signIn(page, 'new-user');
  await page.getByRole('checkbox', { name: /I have saved this key/ }).check();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Signed in' })).toBeFocused();
  expect((await card(page).boundingBox())!.width).toBe(loginWidth);
  await page.setViewportSize({ width: 375, height: 700 });
  const box = (await card(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('the key step, with an error showing, fits a 1280 × 800 screen', async ({ page, openDemo }, info) => {
  await openDemo();
  await signIn(page, 'new-user');
  await page.getByRole('button', { name: 'Rename key' }).click();
  await page.getByRole('button', { name: 'Rename', exact: true }).click(); // the name is unchanged: a field error
  await expect(page.getByText('That is already the key’s name.')).toBeVisible();
  // Not ticked yet: Done (aria-disabled, so Playwright will not click it) turns the hint into an error.
  await page.getByRole('button', { name: 'Done' }).press('Enter');
  const checkbox = page.getByRole('checkbox', { name: /I have saved this key/ });
  await expect(checkbox).toBeFocused();
  // Invalid and focused: the focus ring keeps the focus colour; the red is a rim on the box.
  await expect(checkbox).toHaveCSS('outline-color', rgb(lightTheme.colorFocus));
  expect((await card(page).boundingBox())!.height).toBeLessThan(800);
  await checkStep(page, info, '01-key-step-errors');
});

test('at 375 px the key step is no taller than the sign-in step plus 60 %, and the card drops its chrome', async ({ page, openDemo }, info) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await openDemo();
  const signInHeight = (await card(page).boundingBox())!.height;
  // A phone: no border, shadow or surface of its own; the step has the page's width.
  await expect(card(page)).toHaveCSS('border-top-width', '0px');
  await expect(card(page)).toHaveCSS('box-shadow', 'none');
  await signIn(page, 'new-user');
  await expect(page.getByRole('heading', { name: 'Save your API key' })).toBeFocused();
  const keyHeight = (await card(page).boundingBox())!.height;
  expect(keyHeight, `key step ${keyHeight} px, sign-in step ${signInHeight} px`).toBeLessThanOrEqual(signInHeight * 1.6);
  await checkStep(page, info, '01-key-step-375');
  // Wide again: the card is back.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(card(page)).toHaveCSS('border-top-width', '1px');
});

test('the MFA code: six boxes over one field; the box the next digit goes to is ringed while the field has focus', async ({ page, openDemo }) => {
  await openDemo();
  await signIn(page, 'mfa-user');
  const field = page.getByLabel('6-digit code');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('autocomplete', 'one-time-code');
  const cells = page.locator('[data-slot="code-cells"] > span');
  await expect(cells).toHaveCount(6);
  await expect(cells.nth(0)).toHaveCSS('outline-style', 'solid');
  await page.keyboard.type('12');
  await expect(cells.nth(1)).toHaveText('2');
  await expect(cells.nth(2)).toHaveAttribute('data-state', 'active');
  await expect(cells.nth(2)).toHaveCSS('outline-style', 'solid');
  await expect(cells.nth(0)).toHaveCSS('outline-style', 'none');
  // The field itself draws nothing over the boxes: its digits are transparent, and it has the boxes' size.
  await expect(field).toHaveCSS('color', 'rgba(0, 0, 0, 0)');
  const [box, input] = [await page.locator('[data-slot="code-cells"]').boundingBox(), await field.boundingBox()];
  expect(input).toEqual(box);
  // Away from the field, no box is ringed.
  await page.getByRole('button', { name: 'Verify' }).focus();
  await expect(cells.nth(2)).toHaveCSS('outline-style', 'none');
});

test('the demo page: no failed request (favicon included), the theme label in line with its radios', async ({ page, openDemo }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await openDemo();
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  const middle = async (selector: string) => {
    const box = (await page.locator(selector).first().boundingBox())!;
    return box.y + box.height / 2;
  };
  expect(Math.abs((await middle('.demo-themes legend')) - (await middle('.demo-themes label')))).toBeLessThanOrEqual(1);
});

test('the brand theme’s focus ring is its purple, not the error red', async ({ page, openDemo }) => {
  await openDemo();
  await page.getByRole('radio', { name: 'Brand' }).check();
  await page.getByLabel('Username').focus();
  await page.keyboard.press('Tab');
  const outline = await page.getByLabel('Password', { exact: true }).evaluate((el) => getComputedStyle(el).outlineColor);
  expect(outline).toBe('rgb(107, 47, 179)');
});
