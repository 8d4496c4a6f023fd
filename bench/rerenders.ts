import type { Browser, Page } from 'playwright-core';
import { within } from './browser.js';

export interface TypingResult {
  /** Characters typed (20 username + 20 password); the Tab between the fields is not counted. */
  keystrokes: number;
  /** LoginForm commits from the first keystroke to the last, Tab included. */
  commits: number;
  usernameCommits: number;
  tabCommits: number;
  passwordCommits: number;
  /** Fails when commits ≥ keystrokes. */
  ok: boolean;
}

export interface MfaStepResult {
  /** Commits from the click on "Sign in" up to and including the one that shows the MFA step. */
  commitsUntilShown: number;
  /** Further commits in the 500 ms after the step showed (focus, timers), for information. */
  commitsAfterShownWithin500ms: number;
  /** ms from the click to the commit that showed the step (fetch stub answers at once). */
  msUntilShown: number;
}

export interface RerenderResult {
  typing: TypingResult;
  mfa: MfaStepResult;
}

const USERNAME = 'ada.lovelace.bench01';
const PASSWORD = 'Tr0ub4dor&3-horse!xy';

const commitCount = (page: Page) => page.evaluate(() => window.__commits!.length);
/** Two animation frames: anything scheduled by the last event has committed. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

async function openPage(browser: Browser, url: string, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('input', { state: 'visible' });
    await page.waitForFunction(() => (window.__commits?.length ?? 0) > 0);
    await run(page);
  } catch (error) {
    if (errors.length) throw new Error(`${(error as Error).message}\n  page errors: ${errors.join(' | ')}`);
    throw error;
  } finally {
    await context.close();
  }
}

/** Real keyboard input into <LoginForm>: username, Tab, password. */
async function measureTyping(browser: Browser, url: string): Promise<TypingResult> {
  let result: TypingResult | undefined;
  await openPage(browser, url, async (page) => {
    const username = page.locator('input[autocomplete="username"]');
    const password = page.locator('input[autocomplete="current-password"]');
    await username.click();
    await settle(page);
    const start = await commitCount(page);
    await page.keyboard.type(USERNAME, { delay: 15 });
    await settle(page);
    const afterUsername = await commitCount(page);
    await page.keyboard.press('Tab');
    await settle(page);
    const afterTab = await commitCount(page);
    const focused = await password.evaluate((el) => el === document.activeElement);
    if (!focused) throw new Error('Tab from the username field did not reach the password field');
    await page.keyboard.type(PASSWORD, { delay: 15 });
    await page.waitForTimeout(100);
    await settle(page);
    const end = await commitCount(page);
    const typed = [await username.inputValue(), await password.inputValue()];
    if (typed[0] !== USERNAME || typed[1] !== PASSWORD) throw new Error(`typing did not land: ${JSON.stringify(typed)}`);
    const keystrokes = USERNAME.length + PASSWORD.length;
    result = {
      keystrokes,
      commits: end - start,
      usernameCommits: afterUsername - start,
      tabCommits: afterTab - afterUsername,
      passwordCommits: end - afterTab,
      ok: end - start < keystrokes,
    };
  });
  return result!;
}

/** AuthFlow with an MFA_REQUIRED fetch stub: commits from "Sign in" to the MFA step. */
async function measureMfaStep(browser: Browser, url: string): Promise<MfaStepResult> {
  let result: MfaStepResult | undefined;
  await openPage(browser, url, async (page) => {
    await page.locator('input[autocomplete="username"]').fill(USERNAME);
    await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
    await settle(page);
    const start = await commitCount(page);
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction((from) => window.__commits!.slice(from).some((c) => c.mfaShown), start);
    const shownIndex = await page.evaluate((from) => window.__commits!.findIndex((c, i) => i >= from && c.mfaShown), start);
    const shownAt = await page.evaluate((i) => window.__commits![i]!.at, shownIndex);
    await page.waitForTimeout(500);
    const afterWindow = await page.evaluate(
      ({ i, at }) => window.__commits!.filter((c, j) => j > i && c.at <= at + 500).length,
      { i: shownIndex, at: shownAt },
    );
    result = {
      commitsUntilShown: shownIndex - start + 1,
      commitsAfterShownWithin500ms: afterWindow,
      msUntilShown: Math.round((shownAt - clickedAt) * 10) / 10,
    };
  });
  return result!;
}

/** (4) Commits counted with React's <Profiler> in react-dom's profiling build. */
export async function measureRerenders(
  browser: Browser,
  baseUrl: string,
  log: (line: string) => void,
): Promise<RerenderResult> {
  const typing = await within(30_000, 're-renders while typing', measureTyping(browser, `${baseUrl}/login-profiler.html`));
  log(`  typing: ${typing.commits} LoginForm commits for ${typing.keystrokes} keystrokes`);
  const mfa = await within(30_000, 're-renders to the MFA step', measureMfaStep(browser, `${baseUrl}/flow-profiler.html`));
  log(`  sign in → MFA step: ${mfa.commitsUntilShown} commits`);
  return { typing, mfa };
}
