// The console shell: sub-path hosting, navigation, deep links, breadcrumbs, help panel, identity.
import { expect, test } from './fixtures';
import { wrapper } from './iam-helpers';

test('the built site loads under a sub-path', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveURL(/\/lab\/#\/iam\/home$/);
  await expect(page.getByRole('heading', { name: 'IAM Dashboard' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lab — not affiliated with AWS' })).toBeVisible();
});

test('side navigation has IAM in the 2026 order, then S3 and EC2', async ({ page }) => {
  await page.goto('./');
  const nav = page.locator(wrapper.findSideNavigation().toSelector());
  await expect(
    nav.getByRole('link', { name: 'Identity and Access Management (IAM)' }),
  ).toBeVisible();
  const links = await nav.getByRole('link').allTextContents();
  expect(links.slice(0, 6)).toEqual([
    'Identity and Access Management (IAM)',
    'Dashboard',
    'Roles',
    'Policies',
    'IAM users',
    'IAM user groups',
  ]);
  await expect(nav.getByText('Amazon S3')).toBeVisible();
  await expect(nav.getByText('EC2', { exact: true })).toBeVisible();
});

test('every page is a deep link that survives a reload, with breadcrumbs', async ({ page }) => {
  await page.goto('./#/iam/roles');
  await expect(page.getByRole('heading', { name: 'Roles (2)' })).toBeVisible();
  await expect(page.getByText('AWS Service: support (Service-Linked Role)')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Roles (2)' })).toBeVisible();
  const crumbs = page.locator(wrapper.findBreadcrumbGroup().findBreadcrumbLinks().toSelector());
  await expect(crumbs).toHaveText(['IAM', 'Roles']);
  await crumbs.first().click();
  await expect(page.getByRole('heading', { name: 'IAM Dashboard' })).toBeVisible();
});

test('the help panel states the lab simplification; toggles have names', async ({ page }) => {
  await page.goto('./#/iam/users');
  await page.getByRole('button', { name: /^Info/ }).first().click();
  const tools = page.locator(wrapper.findAppLayout().findTools().toSelector());
  await expect(tools).toContainText(
    "A wizard's calls are all checked before anything is written, and written in one transaction.",
  );
  await expect(page.getByRole('button', { name: /close side navigation/i })).toBeVisible();
});

test('the identity menu shows the account and the lab shortcut', async ({ page }) => {
  await page.goto('./');
  const identity = page.getByRole('button', { name: 'Identity: root, account 1234-5678-9012' });
  await identity.click();
  await expect(page.getByRole('menuitem', { name: 'Account ID: 1234-5678-9012' })).toBeVisible();
  await expect(page.getByText('Lab shortcut (no password)')).toBeVisible();
  await page.getByRole('menuitem', { name: 'Switch to user' }).click();
  await expect(
    page.getByRole('dialog').getByText('No IAM users in this lab.').first(),
  ).toBeHidden();
  await expect(
    page.getByRole('dialog').getByRole('heading', { name: 'Switch to user' }),
  ).toBeVisible();
});

test('a tab acting as a user that no longer exists goes back to root', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'IAM Dashboard' })).toBeVisible();
  await page.evaluate(() =>
    window.sessionStorage.setItem(
      'iam-console-lab.acting-identity',
      JSON.stringify({ kind: 'user', userName: 'ghost' }),
    ),
  );
  await page.reload();
  await expect(page.getByText('The IAM user ghost no longer exists in this lab.')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Identity: root, account 1234-5678-9012' }),
  ).toBeVisible();
});
