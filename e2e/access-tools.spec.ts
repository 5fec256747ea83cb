// Who can and the access matrix, on the "IAM users and groups" scenario.
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
