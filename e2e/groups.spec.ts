// IAM user groups: Create user group with users and policies, the Users and Permissions tabs,
// inline policies in the JSON editor (malformed, then fixed, then edited), names as text, Delete.
import { expect, test } from './fixtures';
import {
  confirmPermissionReview,
  jsonPolicyEditor,
  loadScenario,
  nextStep,
  replacePolicyJson,
  wrapper,
} from './iam-helpers';

const GOOD = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }],
});

test('Create user group with a user and a managed policy, then manage it', async ({ page }) => {
  await page.goto('./#/iam/users/create');
  await page.getByLabel('User name').fill('bob');
  await nextStep(page);
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('User bob created successfully.')).toBeVisible();

  await page.goto('./#/iam/groups');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByLabel('User group name').fill('S3-Support');
  await page.getByRole('checkbox', { name: 'bob', exact: true }).check();
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('AmazonS3Read');
  await page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess', exact: true }).check();
  await page.getByRole('button', { name: 'Create user group' }).click();
  // bob gains what the new group's policy gives: reviewed first.
  await confirmPermissionReview(page, 'Create user group', /^bob gains \d+ actions/);
  await expect(page.getByText('S3-Support user group created.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'IAM user groups (1)' })).toBeVisible();

  await page.getByRole('link', { name: 'S3-Support', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Users (1)' })).toBeVisible();
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await expect(page).toHaveURL(/section=permissions/);
  await page.reload();
  const rows = page.locator(
    wrapper.findTabs().findTabContent().findTable().findRows().toSelector(),
  );
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('AmazonS3ReadOnlyAccess');

  // The same group again, in another case: AWS's uniqueness ignores case.
  await page.goto('./#/iam/groups/create');
  await page.getByLabel('User group name').fill('s3-support');
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect(page.locator(wrapper.findFormField().findError().toSelector())).toHaveText(
    'Group with name s3-support already exists.',
  );
});

test('a malformed inline policy is refused in place, and the text is kept', async ({ page }) => {
  await page.goto('./#/iam/groups/create');
  await page.getByLabel('User group name').fill('EC2-Admin');
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect(page.getByText('EC2-Admin user group created.')).toBeVisible();
  await page.goto('./#/iam/groups/details/EC2-Admin?section=permissions');
  await page.getByRole('button', { name: 'Add permissions' }).click();
  await page.getByRole('menuitem', { name: 'Create inline policy' }).click();

  const broken = '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", ';
  await replacePolicyJson(page, broken);
  await expect(page.getByRole('tab', { name: /^Errors: [1-9]/ })).toBeVisible();
  await expect(page.getByText(/of 6144 characters remaining/)).toBeVisible();
  // A finding's place moves the cursor there.
  await page
    .getByRole('button', { name: /^Ln 1, Col \d+$/ })
    .first()
    .click();
  await expect(page.getByLabel('Cursor position')).toHaveText(/^1:\d+ JSON$/);
  await nextStep(page);
  await page.getByLabel('Policy name').fill('EC2-Start-Stop');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText('MalformedPolicyDocument: Syntax errors in policy.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Policy editor' })).toHaveText(broken.trim());

  await replacePolicyJson(page, GOOD);
  await expect(page.getByRole('tab', { name: 'Errors: 0' })).toBeVisible();
  await nextStep(page);
  await expect(page.getByLabel('Policy name')).toHaveValue('EC2-Start-Stop');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await confirmPermissionReview(page, 'Save changes');
  await expect(page.getByText('Policy EC2-Start-Stop created.')).toBeVisible();
  const link = page.getByRole('link', { name: 'EC2-Start-Stop', exact: true });
  await expect(link).toBeVisible();
  await expect(page.getByText('Customer inline')).toBeVisible();

  // Edit: the saved JSON comes back into the editor.
  await link.click();
  await expect(await jsonPolicyEditor(page)).toContainText('ec2:Describe*');
});

test('policy text holding markup is shown as text, never as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const hostile = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/"><img src=x onerror=alert(1)><script>alert(2)</script>',
      },
    ],
  });
  await page.goto('./#/iam/groups/create');
  await page.getByLabel('User group name').fill('Markup');
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect(page.getByText('Markup user group created.')).toBeVisible();
  await page.goto('./#/iam/groups/details/Markup/inline-policy');
  await replacePolicyJson(page, hostile);
  await nextStep(page);
  await page.getByLabel('Policy name').fill('Hostile');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await confirmPermissionReview(page, 'Save changes');
  await page.getByRole('link', { name: 'Hostile', exact: true }).click();
  await expect(page.getByText('<script>alert(2)</script>', { exact: false })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);

  // A name with markup never reaches storage: the console refuses it in place.
  await page.goto('./#/iam/users/create');
  await page.getByLabel('User name').fill('"><img src=x onerror=alert(3)>');
  await nextStep(page);
  await expect(page.locator(wrapper.findFormField().findError().toSelector())).toContainText(
    'Valid characters',
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a group gains and loses users and policies from its tabs', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/groups/details/S3-Support');
  await expect(page.getByRole('tab', { name: 'Users (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Add users' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'user-2', exact: true }).check();
  await dialog.getByRole('button', { name: 'Add users' }).click();
  await confirmPermissionReview(page, 'Add users', /^user-2 gains \d+ actions on/);
  await expect(page.getByRole('tab', { name: 'Users (2)' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'user-2', exact: true }).check();
  await page.getByRole('button', { name: 'Remove users' }).click();
  await confirmPermissionReview(page, 'Remove users');
  await expect(page.getByRole('tab', { name: 'Users (1)' })).toBeVisible();

  await page.getByRole('tab', { name: 'Permissions' }).click();
  await page.getByRole('button', { name: 'Add permissions' }).click();
  await page.getByRole('menuitem', { name: 'Attach policies' }).click();
  await dialog.getByRole('searchbox', { name: 'Search policies' }).fill('IAMReadOnly');
  await dialog.getByRole('checkbox', { name: 'IAMReadOnlyAccess', exact: true }).check();
  await dialog.getByRole('button', { name: 'Attach policies' }).click();
  await confirmPermissionReview(page, 'Confirm', /^user-1 gains \d+ actions on/);
  const rows = page.locator(
    wrapper.findTabs().findTabContent().findTable().findRows().toSelector(),
  );
  await expect(rows).toHaveCount(2);
  await page.getByRole('radio', { name: 'IAMReadOnlyAccess' }).check();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await confirmPermissionReview(page, 'Confirm', /^user-1 loses \d+ actions on/);
  await expect(rows).toHaveCount(1);

  // The console's Delete removes members and policies first.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await dialog.getByRole('textbox').fill('S3-Support');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  // Its members lose what it gave: reviewed first.
  await confirmPermissionReview(page, 'Delete', /^user-1 loses \d+ actions on/);
  await expect(page.getByText('User group S3-Support deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'IAM user groups (2)' })).toBeVisible();
});
