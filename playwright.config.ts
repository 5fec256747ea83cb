import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

// E2E_PORT lets two checkouts run their e2e tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4321);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '.test-results/e2e.json' }]]
    : [['list'], ['json', { outputFile: '.test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/lab/`,
    viewport: { width: 1366, height: 900 },
    // A failed test keeps a trace of DOM snapshots and a final screenshot. The trace's screencast
    // is left out: encoding a frame per paint took more CPU than the tests (e2e ran 2.3× longer).
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: false },
    screenshot: 'only-on-failure',
    // The built app registers a service worker that precaches every chunk; only the offline spec
    // needs it (test.use({ serviceWorkers: 'allow' })), so the others skip that download.
    serviceWorkers: 'block',
    // No transitions: axe never measures a colour mid-fade, and clicks need no settling time.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --base /lab/`,
    url: `http://127.0.0.1:${PORT}/lab/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
