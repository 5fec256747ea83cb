// Roles: the Create role wizard for each trusted entity type, an invalid trust policy, the role's
// tabs and typed Delete, and Switch role: allowed, denied by the trust policy, acting as the role
// (S3 allowed, EC2 denied with the assumed-role ARN), role history and Switch back.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadScenario, nextStep, switchTo, wrapper } from './iam-helpers';

const SHOTS = process.env.ROLES_SHOTS;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function startCreateRole(page: Page) {
  await page.goto('./#/iam/roles');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByRole('heading', { name: 'Select trusted entity' })).toBeVisible();
}

async function nameAndCreate(page: Page, roleName: string) {
  await expect(page.getByRole('heading', { name: 'Name, review, and create' })).toBeVisible();
  await page.getByLabel('Role name').fill(roleName);
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByText(`Role ${roleName} created.`)).toBeVisible();
}

test('Create role for EC2: the trust policy, a policy, and an instance profile of the same name', async ({
  page,
}) => {
  await startCreateRole(page);
  await shot(page, '01-trusted-entity');
  await page.getByRole('button', { name: 'Service or use case' }).click();
  await page.getByRole('option', { name: /\bEC2$/ }).click();
  await expect(
    page.getByText('Allows EC2 instances to call AWS services on your behalf.'),
  ).toBeVisible();
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Add permissions' })).toBeVisible();
  await page.getByLabel('Search policies').fill('AmazonS3ReadOnly');
  await page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess', exact: true }).check();
  await shot(page, '02-add-permissions');
  await nextStep(page);
  await expect(page.getByLabel('Trust policy')).toContainText('"ec2.amazonaws.com"');
  await page.getByLabel('Role name').fill('EC2-S3-Reader');
  await shot(page, '03-review');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByText('Role EC2-S3-Reader created.')).toBeVisible();
  const row = page
    .locator(wrapper.findTable().findRows().toSelector())
    .filter({ hasText: 'EC2-S3-Reader' });
  await expect(row).toContainText('AWS Service: ec2');
  await expect(row).toContainText('None');
  await shot(page, '04-roles-list');

  await row.getByRole('link', { name: 'EC2-S3-Reader' }).click();
  await expect(page.getByRole('heading', { name: 'EC2-S3-Reader', level: 1 })).toBeVisible();
  await expect(
    page.getByText('arn:aws:iam::123456789012:instance-profile/EC2-S3-Reader'),
  ).toBeVisible();
  await expect(page.getByText('1 hour', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: 'https://signin.aws.amazon.com/switchrole?roleName=EC2-S3-Reader&account=123456789012',
    }),
  ).toBeVisible();
  const policies = page.locator(
    wrapper.findTabs().findTabContent().findTable().findRows().toSelector(),
  );
  await expect(policies).toHaveCount(1);
  await expect(policies).toContainText('AmazonS3ReadOnlyAccess');
  await expect(page.getByRole('heading', { name: 'Permissions boundary (not set)' })).toBeVisible();
  await shot(page, '05-role-details');

  // Maximum session duration: 1 to 12 hours.
  await page.getByRole('button', { name: 'Edit role summary' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Maximum session duration' }).click();
  await page.getByRole('option', { name: '4 hours' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Role EC2-S3-Reader updated.')).toBeVisible();
  await expect(page.getByText('4 hours', { exact: true })).toBeVisible();

  // Delete asks for the name, and removes the policy and instance profile with the role.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await dialog.getByRole('textbox').fill('EC2-S3-Reader');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Role EC2-S3-Reader deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Roles (2)' })).toBeVisible();
});
