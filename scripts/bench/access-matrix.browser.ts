// The access matrix in the browser (issue 6): a lab of 100 principals × every S3 and EC2 action,
// timed from (a) a click on "Access matrix" in the side navigation (straight away, and (a') after
// the pointer has rested on the link for 200 ms, as a person's does) and (b) a cold load of the
// page's URL, to the whole grid painted. Each is run RUNS times; the medians are printed.
//
// Runs against the production build: it serves dist/ (or BENCH_DIST) with scripts/serve.mjs on
// a port of its own (BENCH_PORT, else 4399). scripts/bench.mjs bundles and runs it after its
// `vite build`; by hand (the bundle must sit inside the project, for Playwright to resolve):
//   npx vite build && npx esbuild scripts/bench/access-matrix.browser.ts --bundle --platform=node \
//     --format=esm --packages=external --outfile=node_modules/.cache/am.mjs
//   node node_modules/.cache/am.mjs
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { launchChromium, median, serveDist } from './browser-support';
import { benchUsers } from './bench-users';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const BASE = `http://127.0.0.1:${PORT}/lab/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EXTRA_USERS = 95;

interface Marks {
  details: number;
  job: number;
  done: number;
  painted: number;
  /** The longest main-thread task between the start and the paint (Long Tasks API). */
  longestTask: number;
}

/** The scenario "IAM users and groups" plus 95 users, spread over its three groups. */
function benchScenario(exported: string): string {
  const file = JSON.parse(exported) as {
    name: string;
    lab: { stores: Record<string, unknown[]> };
  };
  const stores = file.lab.stores;
  const added = benchUsers(EXTRA_USERS, '2026-01-01T00:00:00.000Z');
  stores.users?.push(...added.users);
  stores.memberships?.push(...added.memberships);
  stores.inlinePolicies?.push(...added.inlinePolicies);
  return JSON.stringify({ ...file, name: 'Access matrix bench' });
}

/** Builds the lab the console's own way: load a scenario, export it, import the grown file. */
async function buildLab(page: Page) {
  await page.goto(`${BASE}#/lab/scenarios`);
  await page.getByRole('button', { name: 'Load IAM users and groups' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Load scenario' }).click();
  await page.getByText('Scenario "IAM users and groups" loaded.').waitFor();
  await page.goto(`${BASE}#/lab/labs`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as scenario' }).click(),
  ]);
  const text = benchScenario(readFileSync(await download.path(), 'utf8'));
  await page.locator('input[type=file]').setInputFiles({
    name: 'access-matrix-bench.scenario.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('button', { name: 'Replace current lab' }).click();
  await page.getByText(/^The current lab now holds/).waitFor();
}

/** The page's User Timing marks, in ms since `bench:navigate` (or since the navigation began). */
async function readMarks(page: Page): Promise<Marks> {
  await page.waitForFunction(
    () => performance.getEntriesByName('access-matrix:painted').length > 0,
    null,
    { timeout: 60_000 },
  );
  await page.getByText(/^100 principals × \d+ actions computed in \d+ ms\.$/).waitFor();
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    const start = at('bench:navigate') || 0;
    const since = (step: string) => at(`access-matrix:${step}`) - start;
    const painted = since('painted');
    const tasks = (window as unknown as { benchLongTasks?: PerformanceEntry[] }).benchLongTasks;
    const longestTask = Math.max(
      0,
      ...(tasks ?? [])
        .filter((t) => t.startTime >= start && t.startTime <= start + painted)
        .map((t) => t.duration),
    );
    return {
      details: since('details'),
      job: since('job'),
      done: since('done'),
      painted,
      longestTask,
    };
  });
}

/** From the dashboard; `restMs` is how long the pointer rests on the link before the click. */
async function fromNavigation(page: Page, restMs = 0): Promise<Marks> {
  await page.goto(`${BASE}#/iam`);
  await page.reload();
  const link = page.getByRole('link', { name: 'Access matrix', exact: true });
  await link.waitFor();
  // Let the dashboard settle, as a learner reads it before clicking.
  await page.waitForTimeout(500);
  await link.evaluate((a) =>
    a.addEventListener('click', () => performance.mark('bench:navigate'), { capture: true }),
  );
  if (restMs > 0) {
    await link.hover();
    await page.waitForTimeout(restMs);
  }
  await link.click();
  return readMarks(page);
}

async function coldLoad(page: Page): Promise<Marks> {
  await page.goto('about:blank');
  await page.goto(`${BASE}#/iam/access-matrix`);
  return readMarks(page);
}

function summary(label: string, runs: Marks[]): string {
  const m = (key: keyof Marks) => Math.round(median(runs.map((r) => r[key])));
  const all = runs.map((r) => Math.round(r.painted)).join(', ');
  return (
    `${label}: full grid painted, median ${m('painted')} ms (runs: ${all}); ` +
    `medians: account read ${m('details')} ms, job sent ${m('job')} ms, ` +
    `worker done ${m('done')} ms; longest main-thread task ${m('longestTask')} ms`
  );
}

const site = await serveDist(PORT, process.env.BENCH_DIST ?? 'dist');
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
  });
  await context.addInitScript(() => {
    const tasks: PerformanceEntry[] = [];
    (window as unknown as { benchLongTasks: PerformanceEntry[] }).benchLongTasks = tasks;
    new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const page = await context.newPage();
  await buildLab(page);
  const inApp: Marks[] = [];
  const rested: Marks[] = [];
  const cold: Marks[] = [];
  for (let i = 0; i < RUNS; i++) {
    inApp.push(await fromNavigation(page));
    rested.push(await fromNavigation(page, 200));
    cold.push(await coldLoad(page));
  }
  console.log(
    `access matrix in the browser, 100 principals × every S3 and EC2 action, ${RUNS} runs each:`,
  );
  console.log(`  ${summary('(a) click on "Access matrix"', inApp)}`);
  console.log(`  ${summary("(a') the same, the pointer on the link 200 ms first", rested)}`);
  console.log(`  ${summary('(b) cold load of its URL', cold)}`);
  console.log(`  load average ${loadavg()[0]?.toFixed(1)}`);
} finally {
  await browser.close();
  site.stop();
}
