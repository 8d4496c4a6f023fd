import { createRequire } from 'node:module';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { createMockRiffyn, type MockRiffyn } from '../../src/testing/index.js';
import { startMockRiffynServer, type MockRiffynServer } from '../../src/testing/server.js';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
}
type AxeWindow = Window & { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } };

/** Runs axe-core (WCAG 2.0–2.2 A/AA rules) on the page and fails on any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  // Colours mid-transition (a button leaving its busy look, 0.14 s) are neither the old nor the
  // new one: axe measured such a blend once and called the primary button's contrast too low.
  // (A spinner's endless animation is not waited for.)
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const violations = await page.evaluate(
    () =>
      (window as unknown as AxeWindow).axe
        .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
        .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target) }))),
  );
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/** Saves a full-page screenshot as a test artifact (test-results/<test>/<name>.png). */
export async function snap(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}

/** Every step gets both: no axe violation and a screenshot. */
export async function checkStep(page: Page, info: TestInfo, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await snap(page, info, name);
}

interface Fixtures {
  /** A fresh mock Riffyn on its own port, so tests neither share keys nor request logs. */
  riffyn: MockRiffynServer & { mock: MockRiffyn };
  /** Opens the demo pointed at this test's mock. */
  openDemo: (query?: string) => Promise<void>;
  /** Everything the page wrote to the console. */
  consoleLines: string[];
}

export const test = base.extend<Fixtures>({
  riffyn: async ({}, use) => {
    const server = await startMockRiffynServer({ mock: createMockRiffyn(), log: false });
    await use(server);
    await server.close();
  },
  consoleLines: async ({ page }, use) => {
    const lines: string[] = [];
    page.on('console', (message) => lines.push(message.text()));
    page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`));
    await use(lines);
  },
  openDemo: async ({ page, riffyn }, use) => {
    await use(async (query = '') => {
      await page.goto(`/?api=${encodeURIComponent(riffyn.url)}${query}`);
      await expect(page.getByRole('heading', { name: 'Sign in to Riffyn' })).toBeVisible();
    });
  },
});

export { expect };

/** What a page keeps anywhere a secret must never be: storage, cookies, IndexedDB, URL, history. */
export async function persistedEverywhere(page: Page): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const dump = (storage: Storage) => JSON.stringify(Object.entries(storage));
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return [
      dump(localStorage),
      dump(sessionStorage),
      document.cookie,
      JSON.stringify(databases),
      location.href,
      JSON.stringify(history.state),
    ].join('\n');
  });
  const cookies = JSON.stringify(await page.context().cookies());
  return `${inPage}\n${cookies}`;
}
