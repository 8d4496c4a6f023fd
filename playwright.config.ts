import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/setup/chromium.js';

// Overridable so two checkouts on one machine can run their e2e suites at once.
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 5199);
const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4199);
const VISUAL_PORT = Number(process.env.E2E_VISUAL_PORT ?? 5198);

const chromium = { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } };

export default defineConfig({
  testDir: './test/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2, // 2-core machine
  // One retry on CI only, where a loaded 2-core machine has timed out a server-rendered page once
  // in several runs; Playwright still reports such a test as flaky, so it stays seen.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    trace: 'retain-on-failure',
  },
  // Screenshot baselines sit beside the visual test, one name per step, scheme and width.
  snapshotPathTemplate: '{testDir}/baselines/{arg}{ext}',
  expect: {
    // Small tolerance: anti-aliasing may differ in a few pixels; a moved or recoloured part does not pass.
    toHaveScreenshot: { maxDiffPixelRatio: 0.001, threshold: 0.2 },
  },
  projects: [
    { name: 'debian-chromium', use: chromium },
    {
      name: 'visual',
      testDir: './test/visual',
      use: { ...chromium, baseURL: `http://127.0.0.1:${VISUAL_PORT}`, deviceScaleFactor: 1 },
    },
  ],
  webServer: [
    // The README's main job itself: the demo with its embedded mock Riffyn. Tests that need a fresh
    // mock (its state, its request log) start their own and point the demo at it with ?api=.
    {
      command: 'npx tsx scripts/start.ts',
      env: { DEMO_PORT: String(DEMO_PORT), MOCK_PORT: String(MOCK_PORT) },
      url: `http://127.0.0.1:${DEMO_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
    },
    // The screenshot page: AuthFlow with the mock inside the page (test/visual/harness.tsx).
    {
      command: `npx vite --config test/visual/vite.config.ts --host 127.0.0.1 --port ${VISUAL_PORT} --strictPort`,
      url: `http://127.0.0.1:${VISUAL_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
    },
  ],
});
