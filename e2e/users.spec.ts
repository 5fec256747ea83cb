// IAM users: the Create user wizard (password shown once, CSV), name errors in AWS's words,
// details tabs, typed Delete, and the iam:ListUsers denial for a user without IAM permissions.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import {
  confirmPermissionReview,
  loadScenario,
  nextStep,
  replacePolicyJson,
  startCreateUser,
  switchTo,
  wrapper,
} from './iam-helpers';

test('Create user with console access shows the password once, with a CSV', async ({ page }) => {
  await page.goto('./#/iam/users/create');
  await page.getByLabel('User name').fill('alice');
  await page.getByLabel(/Provide user access to the AWS Management Console/).check();
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Set permissions', exact: true })).toBeVisible();
  await page.getByText('Attach policies directly').click();
  // The whole AWS managed catalog is listed: search, as in the console.
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('AmazonS3ReadOnly');
  await page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess', exact: true }).check();
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
  const summary = page.locator(wrapper.findTable().findRows().toSelector());
  await expect(summary).toHaveCount(2); // the chosen policy and IAMUserChangePassword
  await page.getByRole('button', { name: 'Create user' }).click();
  // What the new user gains is reviewed first.
  await confirmPermissionReview(page, 'Create user', /^alice gains \d+ actions/);

  await expect(page.getByRole('heading', { name: 'Retrieve password' })).toBeVisible();
  await page.getByRole('button', { name: 'Show' }).click();
  const password = (await page.getByTestId('console-password').textContent()) ?? '';
  expect(password).toMatch(/^\S{12,}$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .csv file' }).click();
  const csv = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(csv).toContain('User name,Password,Console sign-in URL');
  expect(csv).toContain(`alice,${password},https://123456789012.signin.aws.amazon.com/console`);

  await page.getByRole('button', { name: 'Return to users list' }).click();
  await expect(page.getByRole('heading', { name: 'IAM users (1)' })).toBeVisible();
  await page.getByRole('link', { name: 'alice', exact: true }).click();
  await expect(page.getByText('Enabled without MFA')).toBeVisible();
  const rows = page.locator(
    wrapper.findTabs().findTabContent().findTable().findRows().toSelector(),
  );
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'AmazonS3ReadOnlyAccess' })).toContainText('Directly');

  // The password is gone for good: a reload of the wizard does not bring it back.
  await page.goto('./#/iam/users/create');
  await expect(page.getByRole('heading', { name: 'Specify user details' })).toBeVisible();
});

test('name errors come back in AWS words, on the name field, with nothing half-saved', async ({
  page,
}) => {
  await startCreateUser(page, 'User-1');
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('User User-1 created successfully.')).toBeVisible();

  await startCreateUser(page, 'user-1');
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  const nameField = page.locator(wrapper.findFormField().findError().toSelector());
  await expect(nameField).toHaveText('User with name user-1 already exists.');
  await expect(page.getByLabel('User name')).toHaveValue('user-1');

  await page.getByLabel('User name').fill('bad name!');
  await nextStep(page);
  await expect(nameField).toContainText('Valid characters: A-Z, a-z, 0-9, and + = , . @ _ -');
  await expect(page.getByRole('heading', { name: 'Specify user details' })).toBeVisible();

  await page.goto('./#/iam/users');
  await expect(page.getByRole('heading', { name: 'IAM users (1)' })).toBeVisible();
});

test('Delete asks for the user name, then removes the user and its memberships', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/users');
  await page.getByRole('checkbox', { name: 'user-3', exact: true }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Delete user-3?' })).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Delete user' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox').fill('user-3');
  await confirm.click();
  // What user-3 loses with its groups is reviewed first.
  await confirmPermissionReview(page, 'Delete user', /^user-3 loses \d+ actions/);
  await expect(page.getByText('User user-3 deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'IAM users (2)' })).toBeVisible();
  await page.goto('./#/iam/groups/details/EC2-Admin');
  await expect(page.getByRole('tab', { name: 'Users (0)' })).toBeVisible();
});

test('switched to user-2, the IAM users page shows the iam:ListUsers denial', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  await switchTo(page, 'user-2');
  await page.goto('./#/iam/users');
  await expect(page.getByText("You don't have permission to iam:ListUsers.")).toBeVisible();
  await expect(page.getByTestId('api-message')).toHaveText(
    'User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action',
  );
  // The identity is per tab and survives a reload.
  await page.reload();
  await expect(
    page.getByRole('button', { name: 'Identity: user-2, account 1234-5678-9012' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Identity: / }).click();
  await page.getByRole('menuitem', { name: 'Switch back' }).click();
  await expect(page.getByRole('heading', { name: 'IAM users (3)' })).toBeVisible();
});

test('Copy permissions gives the new user the groups of an existing one', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  await startCreateUser(page, 'user-4');
  await page.getByText('Copy permissions', { exact: true }).click();
  await page.getByRole('radio', { name: 'user-1', exact: true }).check();
  await nextStep(page);
  const summary = page.locator(wrapper.findTable().findRows().toSelector());
  await expect(summary.filter({ hasText: 'S3-Support' })).toContainText('Permissions group');
  await page.getByRole('button', { name: 'Create user' }).click();
  await confirmPermissionReview(page, 'Create user', /^user-4 gains \d+ actions/);
  await expect(page.getByText('User user-4 created successfully.')).toBeVisible();
  const rows = page.locator(
    wrapper.findTabs().findTabContent().findTable().findRows().toSelector(),
  );
  await expect(rows.filter({ hasText: 'AmazonS3ReadOnlyAccess' })).toContainText(
    'Group S3-Support',
  );
});

test("an inline policy past the user's 2,048 characters is refused, text kept", async ({
  page,
}) => {
  await startCreateUser(page, 'carol');
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('User carol created successfully.')).toBeVisible();
  await page.getByRole('button', { name: 'More ways to add permissions' }).click();
  await page.getByRole('menuitem', { name: 'Create inline policy' }).click();
  const actions = Array.from({ length: 160 }, (_, i) => `s3:GetObject${i % 2 ? 'Acl' : ''}`);
  const big = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  });
  await replacePolicyJson(page, big);
  await nextStep(page);
  await page.getByLabel('Policy name').fill('TooBig');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await confirmPermissionReview(page, 'Save changes');
  await expect(page.getByText(/^LimitExceeded: .*2048/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Policy editor' })).toHaveText(big);
});

test('Enable console access later shows the password once; Disable removes it', async ({
  page,
}) => {
  await startCreateUser(page, 'dave');
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('User dave created successfully.')).toBeVisible();
  await page.getByRole('tab', { name: 'Security credentials' }).click();
  await expect(page.getByText('Not enabled')).toBeVisible();
  await page.getByRole('button', { name: 'Enable console access' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Enable console access' }).click();
  await expect(dialog.getByRole('heading', { name: 'Console password' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Show' }).click();
  await expect(dialog.getByTestId('console-password')).toHaveText(/^\S{12,}$/);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByText(/^Updated /)).toBeVisible();
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await expect(page.getByRole('link', { name: 'IAMUserChangePassword' })).toBeVisible();
  await page.getByRole('tab', { name: 'Security credentials' }).click();
  await page.getByRole('button', { name: 'Manage console access' }).click();
  await dialog.getByText('Disable', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Console access disabled.')).toBeVisible();
  await expect(page.getByText('Not enabled')).toBeVisible();
});

test('tags: saved as text; markup in a tag gets AWS ValidationError, shown as text', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await startCreateUser(page, 'erin');
  await nextStep(page);
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByPlaceholder('Enter key').fill('team');
  await page.getByPlaceholder('Enter value').fill('<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(
    page.getByText(/Value '<script>alert\(1\)<\/script>' at 'tags.1.member.value'/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();

  await page.getByPlaceholder('Enter value').fill('ops-1');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('User erin created successfully.')).toBeVisible();
  await page.getByRole('tab', { name: 'Tags' }).click();
  const rows = page.locator(
    wrapper.findTabs().findTabContent().findTable().findRows().toSelector(),
  );
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('ops-1');
  expect(dialogs).toBe(0);
});

test('Add permissions attaches directly; removing a group policy leaves the group', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/users/details/user-1');
  await page.getByRole('button', { name: 'Add permissions', exact: true }).click();
  await page.getByText('Attach policies directly').click();
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('IAMReadOnly');
  await page.getByRole('checkbox', { name: 'IAMReadOnlyAccess', exact: true }).check();
  await nextStep(page);
  await expect(
    page.getByText('The following policies will be attached to this user.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add permissions', exact: true }).click();
  await confirmPermissionReview(page, 'Add permissions', /^user-1 gains \d+ actions/);
  await expect(page.getByText('1 policy added.')).toBeVisible();
  const rows = page.locator(
    wrapper.findTabs().findTabContent().findTable().findRows().toSelector(),
  );
  await expect(rows.filter({ hasText: 'IAMReadOnlyAccess' })).toContainText('Directly');

  await page.getByRole('radio', { name: 'AmazonS3ReadOnlyAccess' }).check();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('removes user-1 from the group S3-Support');
  await page.getByRole('button', { name: 'Remove policy' }).click();
  await confirmPermissionReview(page, 'Remove policy', /^user-1 loses \d+ actions/);
  await expect(page.getByText('User removed from group S3-Support.')).toBeVisible();
  await page.getByRole('tab', { name: 'Groups' }).click();
  await expect(page.getByRole('heading', { name: 'User groups membership (0)' })).toBeVisible();
});
