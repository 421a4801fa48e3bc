import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, NO_WEBGL_ARGS, findChromium } from './scripts/lib/chromium';

// E2E_PORT and DIST let several builds be tested side by side (e.g. `DIST=/tmp/dist-a E2E_PORT=4331`).
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const DIST = process.env['DIST'] ?? 'dist';
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env['PW_OUTPUT'] ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  // One retry in CI: a test that passes only on retry is still reported as flaky in the output.
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list'], ['./tests/reporters/file-times.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    // Serves the production build; `npm test` builds it first.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT} --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /no-webgl\.spec\.ts/,
      use: { launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
    {
      name: 'chromium-no-webgl',
      testMatch: /no-webgl\.spec\.ts/,
      use: { launchOptions: { executablePath, args: [...CHROMIUM_ARGS, ...NO_WEBGL_ARGS] } },
    },
  ],
});
