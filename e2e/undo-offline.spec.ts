// Undo, Redo and the timeline's "Restore to here" change what a user may do; the built app
// reloads offline once its service worker is installed.
import type { Page } from '@playwright/test';
import { expect, test, wrapper } from './fixtures';
import { confirmPermissionReview, loadScenario, switchTo } from './iam-helpers';

const DENIED =
  'You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action';

async function expectUser2CanDescribe(page: Page, allowed: boolean) {
  const denial = page.getByText(DENIED);
  const running = page.getByRole('row', { name: /Running/ }).first();
  if (allowed) {
    await expect(running).toBeVisible();
    await expect(denial).toBeHidden();
  } else {
    await expect(denial).toBeVisible();
    await expect(running).toBeHidden();
  }
}

test('undo and redo of a policy change flip the decision; Restore to here goes back further', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await expect(page.getByRole('button', { name: 'Undo (nothing to undo)' })).toBeVisible();

  // EC2-Support (user-2's group) loses AmazonEC2ReadOnlyAccess.
  await page.goto('./#/iam/groups/details/EC2-Support?section=permissions');
  await page.getByRole('radio', { name: 'AmazonEC2ReadOnlyAccess' }).check();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await confirmPermissionReview(page, 'Confirm', /^user-2 loses \d+ actions on/);

  await switchTo(page, 'user-2');
  await page.goto('./#/ec2/instances');
  await expectUser2CanDescribe(page, false);

  await page.getByRole('button', { name: 'Undo DetachGroupPolicy' }).click();
  await expect(page.getByText('Undid DetachGroupPolicy.')).toBeVisible();
  await expectUser2CanDescribe(page, true);

  // Shift+Ctrl+Z redoes (focus is on the page, not in a field).
  await page.locator('body').press('Shift+Control+z');
  await expect(page.getByText('Redid DetachGroupPolicy.')).toBeVisible();
  await expectUser2CanDescribe(page, false);

  // The timeline: one row per action, newest first, each change expandable to its JSON.
  await page.goto('./#/lab/timeline');
  const rows = page.locator(wrapper.findTable().findRows().toSelector());
  await expect(rows.nth(0)).toContainText('Redo DetachGroupPolicy');
  await expect(rows.nth(1)).toContainText('Undo DetachGroupPolicy');
  await expect(rows.nth(2)).toContainText('DetachGroupPolicy');
  await expect(rows.nth(3)).toContainText('LoadScenario');
  await expect(rows).toHaveCount(4);
  await rows
    .nth(2)
    .getByRole('button', { name: 'Deleted: group/EC2-Support → policy AmazonEC2ReadOnlyAccess' })
    .click();
  await expect(rows.nth(2).getByLabel('Before')).toContainText(
    '"policyArn": "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"',
  );

  // Back to right after the scenario load: the policy is attached again.
  await rows.nth(3).getByRole('radio').check();
  await page.getByRole('button', { name: 'Restore to here' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(/^Lab restored to right after/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo Restore to here' })).toBeVisible();
  await page.goto('./#/ec2/instances');
  await expectUser2CanDescribe(page, true);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the app reloads offline once the service worker is installed', async ({
    page,
    context,
  }) => {
    await page.goto('./#/iam/home');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'IAM Dashboard' })).toBeVisible();
    // A lazy page with its own chunks: the managed policy catalog, then one policy's document.
    await page.goto('./#/iam/policies');
    await expect(page.getByRole('heading', { name: /^Policies \(\d+\)/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search policies' }).fill('AmazonS3ReadOnly');
    await page.getByRole('link', { name: 'AmazonS3ReadOnlyAccess' }).click();
    await expect(page.getByLabel('Policy document')).toContainText('"s3:Get*"');
    await context.setOffline(false);
  });
});
