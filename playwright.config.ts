import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

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
    trace: 'retain-on-failure',
    // The built app registers a service worker that precaches every chunk; only the offline spec
    // needs it (test.use({ serviceWorkers: 'allow' })), so the others skip that download.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --base /lab/`,
    url: `http://127.0.0.1:${PORT}/lab/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
