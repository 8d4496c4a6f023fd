import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/setup/chromium.js';

// Overridable so two checkouts on one machine can run their e2e suites at once.
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 5199);
const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4199);

export default defineConfig({
  testDir: './test/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2, // 2-core machine
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'debian-chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
    },
  ],
  // The README's main job itself: the demo with its embedded mock Riffyn. Tests that need a fresh
  // mock (its state, its request log) start their own and point the demo at it with ?api=.
  webServer: {
    command: 'npx tsx scripts/start.ts',
    env: { DEMO_PORT: String(DEMO_PORT), MOCK_PORT: String(MOCK_PORT) },
    url: `http://127.0.0.1:${DEMO_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
