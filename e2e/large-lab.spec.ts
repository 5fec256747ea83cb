// Large labs: a tenth of AWS's per-account maximums (500 users, 50 groups, 500 policies, 100 roles,
// 5,000 objects, 100 instances; the full size is `npm run bench`'s), imported through the Labs
// page. The lists page as the console's do, filtering finds across every page, the access matrix
// computes a page of principals at a time, and Account settings shows the raised quotas.
import type { Page } from '@playwright/test';
import { largeLabFileText, scaledSizes } from '../src/storage/large-lab';
import { expect, test, wrapper } from './fixtures';

const sizes = scaledSizes(0.1);

function previewValue(page: Page, label: string) {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::*[1]');
}

test('a 500-user lab imports, pages, filters and keeps its raised quotas', async ({ page }) => {
  await page.goto('./#/lab/labs');
  await page.locator('input[type=file]').setInputFiles({
    name: 'large.lab.json',
    mimeType: 'application/json',
    buffer: Buffer.from(largeLabFileText({ sizes })),
  });
  await expect(previewValue(page, 'Users')).toHaveText(String(sizes.users));
  await expect(previewValue(page, 'User groups')).toHaveText(String(sizes.groups));
  await expect(previewValue(page, 'Roles')).toHaveText(String(sizes.roles));
  await expect(previewValue(page, 'Customer managed policies')).toHaveText(String(sizes.policies));
  await expect(previewValue(page, 'Objects')).toHaveText(String(sizes.objects));
  await expect(previewValue(page, 'Instances')).toHaveText(String(sizes.instances));
  await page.getByRole('button', { name: 'Replace current lab' }).click();
  await expect(page.getByText('The current lab now holds "Large lab".')).toBeVisible({
    timeout: 30_000,
  });

  // Users: 25 a page, 20 pages; a filter searches all 500, not just the page shown.
  await page.goto('./#/iam/users');
  await expect(page.getByRole('heading', { name: 'Users (500)' })).toBeVisible();
  const rows = page.locator(wrapper.findTable().findRows().toSelector());
  await expect(rows).toHaveCount(25);
  const pagination = wrapper.findPagination();
  await expect(page.getByRole('button', { name: 'Page 20 of all pages' })).toBeVisible();
  await page.locator(pagination.findNextPageButton().toSelector()).click();
  await expect(rows.first()).toContainText('engineering.user-');
  // finance.user-103, -109, …, -199: every sixth user is in finance.
  await page.getByRole('searchbox', { name: 'Search users' }).fill('finance.user-1');
  await expect(page.getByText('17 matches').first()).toBeVisible();
  await expect(rows).toHaveCount(17);
  await expect(rows.first()).toContainText('finance.user-103');
  await expect(rows.last()).toContainText('finance.user-199');

  // The objects of one bucket page too (S3 lists 2,250 keys at its top level in the full lab).
  await page.goto('./#/s3/buckets/lab-engineering-123456789012');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThanOrEqual(50);

  // The access matrix computes a page of 100 principals at a time, of the lab's 600.
  await page.goto('./#/iam/access-matrix');
  await expect(page.getByText('Principals 1–100 of 600')).toBeVisible();
  await expect(page.getByText(/^100 principals × \d+ actions computed in/)).toBeVisible();
  await page.getByRole('button', { name: 'Principals page 6' }).click();
  await expect(page.getByText('Principals 501–600 of 600')).toBeVisible();
  await expect(page.getByText(/^100 principals × \d+ actions computed in/)).toBeVisible();

  // The quotas the account was granted, as Service Quotas shows them, and CreateGroup honours.
  await page.goto('./#/iam/account_settings');
  const quota = (name: string) =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(quota('Groups per account')).toContainText('500');
  await expect(quota('Groups per account')).toContainText('300');
  await expect(quota('Roles per account')).toContainText('5,000');
  await expect(quota('Customer managed policies per account')).toContainText('5,000');
  await expect(quota('Users per account')).toContainText('500 (10%)');
});
