// Policies: the list with "Filter by Type", and a policy's JSON and Entities attached.
import { expect, test } from './fixtures';
import { loadScenario, wrapper } from './iam-helpers';

test('Filter by Type narrows the list; a policy shows its JSON and entities', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/policies');
  await expect(page.getByRole('heading', { name: /^Policies \(\d+\)/ })).toBeVisible();
  const rows = page.locator(wrapper.findTable().findRows().toSelector());
  // The whole AWS managed catalog, sorted by name: AdministratorAccess-Amplify and others follow.
  await expect(
    rows.filter({ has: page.getByRole('link', { name: 'AdministratorAccess', exact: true }) }),
  ).toHaveCount(1);

  await page.getByRole('button', { name: /Filter by Type/ }).click();
  await page.getByRole('option', { name: 'AWS managed - job function' }).click();
  await expect(rows.filter({ hasText: 'AmazonS3ReadOnlyAccess' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'ReadOnlyAccess' }).first()).toContainText(
    'AWS managed - job function',
  );

  await page.getByRole('button', { name: /Filter by Type/ }).click();
  await page.getByRole('option', { name: 'AWS managed', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('AmazonS3ReadOnly');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Permissions policy (1)');
  await page.getByRole('link', { name: 'AmazonS3ReadOnlyAccess' }).click();

  await expect(page.getByRole('heading', { name: 'AmazonS3ReadOnlyAccess' })).toBeVisible();
  await expect(page.getByLabel('Policy document')).toContainText('"s3:Get*"');
  await page.getByRole('tab', { name: 'Entities attached' }).click();
  const entities = page.locator(
    wrapper.findTabs().findTabContent().findTable().findRows().toSelector(),
  );
  await expect(entities).toHaveCount(1);
  await expect(entities.first()).toContainText('S3-Support');
  await expect(entities.first()).toContainText('Group');

  // A deep link to the tab survives a reload.
  await page.reload();
  await expect(entities.first()).toContainText('S3-Support');
});
