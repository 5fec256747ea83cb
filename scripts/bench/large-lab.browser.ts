// The large-lab figures of issue 8, measured in Chromium driven by Playwright against the built site
// (dist/, served under a sub-path as a static host would): a lab at AWS's per-account maximums is
// imported through the Labs page, then each list page, a filter keystroke, a user's Permissions
// tab and the access matrix are timed with performance marks inside the page. Each figure is the
// median of a few runs; nothing is asserted, the numbers are for people to read.
//
// Usage (after `vite build`): node <bundled file> [--port 4498] [--scale 1]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  ADMIN_USER,
  LARGE_LAB_SIZES,
  largeLabFileText,
  scaledSizes,
} from '../../src/storage/large-lab';
import { launchChromium, median, serveDist } from './browser-support';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const PORT = Number(opt('port', '4498'));
const SCALE = Number(opt('scale', '1'));
const RUNS = 5;
const BASE = `http://127.0.0.1:${PORT}/lab/`;

const ms = (value: number) => `${Math.round(value)} ms`;

/**
 * Marks 'start', runs `act` in the page (a route change), then waits there until `selector`
 * matches and the frame after it is painted; returns the measure between the two marks.
 */
async function timeInPage(page: Page, route: string, selector: string): Promise<number> {
  return page.evaluate(
    async ({ route, selector }) => {
      performance.clearMarks();
      performance.clearMeasures();
      performance.mark('start');
      location.hash = route;
      await new Promise<void>((resolve, reject) => {
        const deadline = performance.now() + 30_000;
        const check = () => {
          if (document.querySelector(selector)) resolve();
          else if (performance.now() > deadline) reject(new Error(`No ${selector} on ${route}`));
          else requestAnimationFrame(check);
        };
        check();
      });
      // The frame that shows it: after the next paint.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      performance.mark('shown');
      return performance.measure('first render', 'start', 'shown').duration;
    },
    { route, selector },
  );
}

/**
 * Reloads the app on an unrelated page, so the next page renders from nothing: its code loaded but
 * none of its data cached, as on a learner's first visit to it.
 */
async function reset(page: Page): Promise<void> {
  await page.goto(`${BASE}#/iam/account_settings`);
  await page.reload();
  await page.getByRole('heading', { name: 'Account settings', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'IAM quotas' }).waitFor();
}

async function main(): Promise<void> {
  const sizes = SCALE === 1 ? LARGE_LAB_SIZES : scaledSizes(SCALE);
  let t = performance.now();
  const text = largeLabFileText({ sizes });
  const generated = performance.now() - t;
  console.log(
    `large lab: ${sizes.users} users, ${sizes.groups} groups, ${sizes.policies} policies, ` +
      `${sizes.roles} roles, ${sizes.objects} objects, ${sizes.instances} instances; ` +
      `file ${(text.length / 2 ** 20).toFixed(1)} MB, generated in ${ms(generated)} ` +
      `(load average ${loadavg()[0]?.toFixed(1)})`,
  );
  // Chosen from disk, as a learner picks a file (handing Playwright 20 MB to send would time that).
  const dir = mkdtempSync(path.join(tmpdir(), 'large-lab-'));
  const file = path.join(dir, 'large.lab.json');
  writeFileSync(file, text);
  const site = await serveDist(PORT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(120_000);
    await page.goto(`${BASE}#/lab/labs`);
    await page.getByRole('heading', { name: 'Import lab' }).waitFor();

    // Import: choosing the file to its preview, then "Replace current lab" to done.
    t = performance.now();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    const preview = performance.now() - t;
    t = performance.now();
    await page.getByRole('button', { name: 'Replace current lab' }).click();
    await page.getByText('The current lab now holds "Large lab".').waitFor();
    const write = performance.now() - t;
    console.log(`import: preview ${ms(preview)}, write ${ms(write)}`);

    const firstLink = 'main table tbody tr a';
    const lists: Array<[string, string, string]> = [
      ['Users', '#/iam/users', firstLink],
      ['User groups', '#/iam/groups', firstLink],
      ['Roles', '#/iam/roles', firstLink],
      ['Policies', '#/iam/policies', firstLink],
      ['S3 objects (2,250 in a bucket)', `#/s3/buckets/lab-engineering-123456789012`, firstLink],
      ['EC2 instances', '#/ec2/instances', firstLink],
    ];
    for (const [name, route, selector] of lists) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await reset(page);
        times.push(await timeInPage(page, route, selector));
      }
      console.log(
        `first render ${name}: median ${ms(median(times))} (runs ${times.map(ms).join(', ')})`,
      );
    }

    // A filter keystroke: from keydown to the frame painted after it, on the users list.
    await reset(page);
    await timeInPage(page, '#/iam/users', firstLink);
    const search = page.getByRole('searchbox', { name: 'Search users' });
    await search.click();
    const keystrokes: number[] = [];
    for (const key of 'finance.user-1') {
      await page.evaluate(() => {
        const w = window as unknown as { keyTimes?: number[] };
        w.keyTimes ??= [];
        document.addEventListener(
          'keydown',
          () => {
            const start = performance.now();
            requestAnimationFrame(() =>
              setTimeout(() => w.keyTimes?.push(performance.now() - start), 0),
            );
          },
          { capture: true, once: true },
        );
      });
      await page.keyboard.press(key);
      await page.waitForFunction(
        (n) => ((window as unknown as { keyTimes?: number[] }).keyTimes?.length ?? 0) >= n,
        keystrokes.length + 1,
      );
      keystrokes.push(
        await page.evaluate(
          () => (window as unknown as { keyTimes: number[] }).keyTimes.at(-1) as number,
        ),
      );
    }
    console.log(
      `filter keystroke (users): median ${ms(median(keystrokes))}, max ${ms(Math.max(...keystrokes))}`,
    );

    // A user's Permissions tab, from the users list.
    const tabTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await reset(page);
      const user = `engineering.user-${String(6 * (run + 1)).padStart(String(sizes.users).length, '0')}`;
      tabTimes.push(
        await timeInPage(
          page,
          `#/iam/users/details/${user}?section=permissions`,
          'main table tbody tr a',
        ),
      );
    }
    console.log(`user Permissions tab: median ${ms(median(tabTimes))}`);

    // The access matrix: its first page of 100 principals (of 6,000) × every S3 and EC2 action,
    // from the route change to the grid painted (the page's own 'access-matrix:painted' mark).
    const matrixTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await reset(page);
      matrixTimes.push(
        await page.evaluate(async () => {
          performance.clearMarks();
          performance.mark('start');
          location.hash = '#/iam/access-matrix';
          const deadline = performance.now() + 60_000;
          while (performance.getEntriesByName('access-matrix:painted').length === 0) {
            if (performance.now() > deadline) throw new Error('The matrix was not painted');
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          return performance.measure('matrix', 'start', 'access-matrix:painted').duration;
        }),
      );
    }
    const shown = await page.getByText(/^Principals 1–100 of \d+$/).textContent();
    console.log(
      `access matrix, ${shown} × every S3 and EC2 action: median ${ms(median(matrixTimes))} (runs ${matrixTimes.map(ms).join(', ')})`,
    );

    // The lists again as an IAM user: every row's columns are then authorized by the engine
    // (four calls a user, 20,000 decisions on the users list).
    await page.getByRole('button', { name: /^Identity: / }).click();
    await page.getByRole('menuitem', { name: 'Switch to user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'IAM user' }).click();
    await dialog.getByRole('combobox', { name: 'Find a user' }).fill(ADMIN_USER);
    await dialog.getByRole('option', { name: ADMIN_USER, exact: true }).click();
    await dialog.getByRole('button', { name: 'Switch', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`^Identity: ${ADMIN_USER},`) }).waitFor();
    for (const [name, route, selector] of lists.slice(0, 2)) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await reset(page);
        times.push(await timeInPage(page, route, selector));
      }
      console.log(
        `first render ${name} as ${ADMIN_USER}: median ${ms(median(times))} (runs ${times.map(ms).join(', ')})`,
      );
    }
  } finally {
    await browser.close();
    site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
