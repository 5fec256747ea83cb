// Who can and the access matrix, on the "IAM users and groups" scenario.
import { benchUsers } from '../scripts/bench/bench-users';
import { expect, test } from './fixtures';
import { loadScenario, wrapper } from './iam-helpers';

test('Who can lists the allowed user, the policy and the group it comes through', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/who-can');
  const service = wrapper.findSelect('[data-testid="who-can-service"]');
  await page.locator(service.findTrigger().toSelector()).click();
  await page.locator(service.findFilteringInput().findNativeInput().toSelector()).fill('Amazon S3');
  await page.getByRole('option', { name: /^Amazon S3 s3$/ }).click();
  const action = wrapper.findSelect('[data-testid="who-can-action"]');
  await page.locator(action.findTrigger().toSelector()).click();
  await page
    .locator(action.findFilteringInput().findNativeInput().toSelector())
    .fill('s3:GetObject');
  await page.getByRole('option', { name: /^s3:GetObject Read$/ }).click();
  await page
    .getByRole('textbox', { name: 'Resource', exact: true })
    .fill('arn:aws:s3:::lab-reports-123456789012/readme.txt');
  await page.getByRole('button', { name: 'Find principals' }).click();

  const allowed = page.locator(wrapper.findTable().toSelector()).first();
  await expect(allowed.getByRole('heading', { name: /Allowed/ })).toContainText('(1)');
  const row = page.getByRole('row', { name: /user-1/ });
  await expect(row).toContainText('AmazonS3ReadOnlyAccess');
  await expect(row).toContainText('Group S3-Support');
  await row.getByRole('button', { name: /Show the statement for user-1/ }).click();
  await expect(page.locator('mark')).toContainText('"s3:Get*"');
  await expect(page.getByRole('heading', { name: /Explicitly denied/ })).toContainText('(0)');
});

test('the access matrix computes in a worker, explains a cell, and shows differences', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/access-matrix');
  await expect(page.getByText(/principals × \d+ actions computed in \d+ ms\./)).toBeVisible();
  await page.screenshot({ path: 'test-results/access-matrix.png', fullPage: true });

  await page.getByRole('searchbox', { name: 'Filter actions' }).fill('s3:GetObjectTagging');
  const canvas = page.getByTestId('access-matrix-canvas');
  // Row 1 is user-1 (S3 read only through S3-Support), column 1 s3:GetObjectTagging.
  await canvas.hover({ position: { x: 6, y: 11 } });
  await expect(page.getByTestId('matrix-cell-readout')).toHaveText(
    'user-1 · s3:GetObjectTagging · Allowed',
  );
  await canvas.click({ position: { x: 6, y: 11 } });
  await expect(page.getByRole('heading', { name: 'user-1 → s3:GetObjectTagging' })).toBeVisible();
  await expect(page.getByText('AmazonS3ReadOnlyAccess').first()).toBeVisible();
  // Row 2, user-2 (EC2 read only): an implicit deny.
  await canvas.hover({ position: { x: 6, y: 33 } });
  await expect(page.getByTestId('matrix-cell-readout')).toHaveText(
    'user-2 · s3:GetObjectTagging · Implicit deny',
  );

  // Only the differences between user-1 and user-2: the S3 read actions, none of EC2's.
  await page.getByRole('searchbox', { name: 'Filter actions' }).fill('');
  await page.getByRole('button', { name: /First principal/ }).click();
  await page.getByRole('option', { name: /^user-1/ }).click();
  await page.getByRole('button', { name: /Second principal/ }).click();
  await page.getByRole('option', { name: /^user-2/ }).click();
  const counter = page.getByRole('heading', { name: /^Matrix/ });
  await expect(counter).toContainText('(2 ×');
  await page.getByRole('searchbox', { name: 'Filter actions' }).fill('s3:Put');
  await expect(
    page.getByText('These principals have the same access to every action shown.'),
  ).toBeVisible();
});

test('the access matrix on 100 principals × every S3 and EC2 action (times printed)', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  // 95 more users (with the scenario's 3 users and 2 service-linked roles, 100 principals),
  // spread over the scenario's three groups, each with an inline policy.
  await page.evaluate(
    async (added) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('iam-console-lab.default');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['users', 'memberships', 'inlinePolicies'], 'readwrite');
      for (const user of added.users) tx.objectStore('users').add(user);
      for (const m of added.memberships) tx.objectStore('memberships').add(m);
      for (const p of added.inlinePolicies) tx.objectStore('inlinePolicies').add(p);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    benchUsers(95, new Date().toISOString()),
  );

  // The figures are User Timing marks the page sets (access-matrix:details, :job, :done and
  // :painted, the first paint of the whole grid), read from the page.
  const marks = () =>
    page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
      const nav = at('bench:navigate');
      const since = (name: string) => Math.round(at(`access-matrix:${name}`) - (nav || 0));
      return {
        details: since('details'),
        job: since('job'),
        done: since('done'),
        painted: since('painted'),
      };
    });
  const painted = () =>
    page.waitForFunction(
      () => performance.getEntriesByName('access-matrix:painted').length > 0,
      null,
      {
        timeout: 30_000,
      },
    );
  const done = page.getByText(/^100 principals × 1006 actions computed in (\d+) ms\.$/);

  // In the console: a fresh page on the dashboard, then a click on "Access matrix" in the
  // navigation (the click sets the mark the figures start from).
  await page.goto('./#/iam');
  await page.reload();
  const link = page.getByRole('link', { name: 'Access matrix', exact: true });
  await link.evaluate((a) =>
    a.addEventListener('click', () => performance.mark('bench:navigate'), { capture: true }),
  );
  await link.click();
  await painted();
  await expect(done).toBeVisible();
  const worker = /in (\d+) ms/.exec((await done.textContent()) ?? '')?.[1];
  const inApp = await marks();

  // A cold load of the page's URL: the figures start at the navigation (performance.timeOrigin).
  await page.goto('about:blank');
  await page.goto('./#/iam/access-matrix');
  await painted();
  await expect(done).toBeVisible();
  const cold = await marks();
  const line = (m: typeof cold) =>
    `account read ${m.details} ms, job sent ${m.job} ms, worker done ${m.done} ms, full grid painted ${m.painted} ms`;
  console.log(
    `[bench] access matrix, 100 principals × 1006 actions: ${worker} ms in the worker; ` +
      `from a click on "Access matrix": ${line(inApp)}`,
  );
  console.log(`[bench] access matrix, cold load of its URL: ${line(cold)}`);
  expect(inApp.painted).toBeGreaterThan(inApp.job);
});
