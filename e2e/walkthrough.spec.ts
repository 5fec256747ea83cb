// Issue 3's walkthrough, by hand through the UI from the blank lab, as a newcomer would do it:
// root creates a bucket, an instance, three users and three groups; then user-2, user-3 and user-1
// meet AWS's denials and permissions; a reload keeps everything.
import selectorsModule from '@cloudscape-design/components/test-utils/selectors';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { confirmPermissionReview, jsonPolicyEditor } from './iam-helpers';

type CreateWrapper = typeof selectorsModule;
const createWrapper: CreateWrapper =
  (selectorsModule as unknown as { default?: CreateWrapper }).default ?? selectorsModule;
const dropdownTrigger = createWrapper().findButtonDropdown().findNativeButton().toSelector();

const ACCOUNT = '123456789012';
const BUCKET = 'walkthrough-bucket-1';
const PASSWORD = 'Lab-Passw0rd!2026';

async function nav(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Side navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

async function switchTo(page: Page, userName: string) {
  await page.getByRole('button', { name: /^Identity: / }).click();
  await page.getByRole('menuitem', { name: 'Switch to user' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'IAM user' }).click();
  await dialog.getByRole('option', { name: userName, exact: true }).click();
  await dialog.getByRole('button', { name: 'Switch', exact: true }).click();
  await expect(
    page.getByRole('button', { name: `Identity: ${userName}, account 1234-5678-9012` }),
  ).toBeVisible();
}

async function createUser(page: Page, userName: string) {
  await nav(page, 'IAM users');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  await page.getByLabel('User name', { exact: true }).fill(userName);
  await page
    .getByRole('checkbox', { name: /Provide user access to the AWS Management Console/ })
    .check();
  await page.getByRole('radio', { name: /Custom password/ }).check();
  await page.getByLabel('Enter a custom password').fill(PASSWORD);
  await page.getByRole('checkbox', { name: /Users must create a new password/ }).uncheck();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Set permissions' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Review and create' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('User created successfully')).toBeVisible();
}

async function createGroup(page: Page, groupName: string, member: string, policy?: string) {
  await nav(page, 'IAM user groups');
  await page.getByRole('button', { name: 'Create group' }).first().click();
  await page.getByLabel('User group name', { exact: true }).fill(groupName);
  await page.getByRole('checkbox', { name: member, exact: true }).check();
  if (policy) {
    await page.getByRole('searchbox', { name: 'Search policies' }).fill(policy);
    await page.getByRole('checkbox', { name: policy, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Create user group' }).click();
  // The member gains what the policy gives: reviewed first.
  if (policy)
    await confirmPermissionReview(page, 'Create user group', new RegExp(`^${member} gains`));
  await expect(page.getByText(`${groupName} user group created.`)).toBeVisible();
}

async function addGroupInlinePolicy(page: Page, group: string, policyName: string, json: string) {
  await nav(page, 'IAM user groups');
  await page.getByRole('link', { name: group, exact: true }).click();
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await page.getByRole('button', { name: 'Add permissions' }).click();
  await page.getByRole('menuitem', { name: 'Create inline policy' }).click();
  await (await jsonPolicyEditor(page)).fill(json);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('Policy name', { exact: true }).fill(policyName);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await confirmPermissionReview(page, 'Save changes');
  await expect(page.getByRole('link', { name: policyName, exact: true })).toBeVisible();
}

async function stopInstance(page: Page, name: string) {
  await nav(page, 'Instances');
  await page
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('checkbox')
    .check();
  await page.locator(dropdownTrigger, { hasText: 'Instance state' }).click();
  await page.getByRole('menuitem', { name: 'Stop instance' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Stop', exact: true }).click();
}

test('a newcomer builds users and groups and meets S3 and EC2 permissions', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./');

  // As root: one bucket with one object, one instance.
  await nav(page, 'General purpose buckets');
  await expect(page.getByRole('heading', { name: /General purpose buckets \(0\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Create bucket' }).first().click();
  await page.getByLabel('Bucket name').fill(BUCKET);
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByText(`Successfully created bucket "${BUCKET}"`)).toBeVisible();
  await page.getByRole('link', { name: BUCKET }).click();
  await page.getByRole('button', { name: 'Upload' }).first().click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'report.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('quarterly numbers: 42\n'),
  });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('Upload succeeded')).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('link', { name: 'report.txt' })).toBeVisible();

  await nav(page, 'Instances');
  await page.getByRole('button', { name: 'Launch instances' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('web-server-1');
  await page.getByRole('button', { name: 'Launch instance', exact: true }).click();
  await expect(page.getByText(/Successfully initiated launch of instance \(i-/)).toBeVisible();
  const row = page.getByRole('row', { name: /web-server-1/ });
  await expect(row.getByText('Running')).toBeVisible();
  const instanceId = (await row.getByRole('link', { name: /^i-/ }).textContent()) ?? '';
  expect(instanceId).toMatch(/^i-[0-9a-f]{17}$/);

  // Steps 1 and 2: users and groups.
  for (const user of ['user-1', 'user-2', 'user-3']) await createUser(page, user);
  await nav(page, 'IAM users');
  await expect(page.getByRole('heading', { name: /IAM users \(3\)/ })).toBeVisible();
  await createGroup(page, 'S3-Support', 'user-1', 'AmazonS3ReadOnlyAccess');
  await createGroup(page, 'EC2-Support', 'user-2', 'AmazonEC2ReadOnlyAccess');
  await createGroup(page, 'EC2-Admin', 'user-3');
  await addGroupInlinePolicy(
    page,
    'EC2-Admin',
    'EC2-Start-Stop',
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ec2:Describe*', 'ec2:StartInstances', 'ec2:StopInstances'],
          Resource: '*',
        },
      ],
    }),
  );

  // Step 3: user-2.
  await switchTo(page, 'user-2');
  await nav(page, 'General purpose buckets');
  await expect(page.getByText("You don't have permissions to list buckets")).toBeVisible();
  await expect(
    page.getByText(
      `User: arn:aws:iam::${ACCOUNT}:user/user-2 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action`,
    ),
  ).toBeVisible();
  await page.getByText('Why?').click();
  await expect(
    page.getByRole('dialog').getByText(/No statement allows the action\. No identity-based policy/),
  ).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();

  await nav(page, 'Instances');
  await expect(page.getByRole('row', { name: /web-server-1/ })).toBeVisible();
  await stopInstance(page, 'web-server-1');
  await expect(page.getByText(`Failed to stop the instance ${instanceId}`)).toBeVisible();
  const denial = await page.getByTestId('api-message').first().textContent();
  const expected = `You are not authorized to perform this operation. User: arn:aws:iam::${ACCOUNT}:user/user-2 is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:${ACCOUNT}:instance/${instanceId} because no identity-based policy allows the ec2:StopInstances action`;
  expect(denial?.slice(0, expected.length)).toBe(expected);
  expect(denial).toContain('. Encoded authorization failure message: ');

  // Step 4: user-3 stops it.
  await switchTo(page, 'user-3');
  await stopInstance(page, 'web-server-1');
  await expect(page.getByText(`Successfully initiated stopping of ${instanceId}`)).toBeVisible();
  await expect(row.getByText('Stopping')).toBeVisible();
  await expect(row.getByText('Stopped')).toBeVisible();

  // Step 5: user-1 reads S3 but cannot upload.
  await switchTo(page, 'user-1');
  await nav(page, 'General purpose buckets');
  await page.getByRole('link', { name: BUCKET }).click();
  await expect(page.getByRole('heading', { name: /Objects \(1\)/ })).toBeVisible();
  await page.getByRole('link', { name: 'report.txt' }).click();
  await expect(page.getByLabel('Object content')).toHaveText('quarterly numbers: 42\n');
  await page.getByRole('link', { name: BUCKET }).click();
  await page.getByRole('button', { name: 'Upload' }).first().click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'not-allowed.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('nope'),
  });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('Upload failed')).toBeVisible();
  await expect(
    page.getByText("You don't have permissions to upload files and folders"),
  ).toBeVisible();
  await expect(
    page.getByText(/user\/user-1 is not authorized to perform: s3:PutObject/),
  ).toBeVisible();

  // Step 6: a reload keeps the identity and the lab.
  await page.reload();
  await expect(
    page.getByRole('button', { name: 'Identity: user-1, account 1234-5678-9012' }),
  ).toBeVisible();
  await nav(page, 'General purpose buckets');
  await expect(page.getByRole('link', { name: BUCKET })).toBeVisible();
  await page.getByRole('button', { name: /^Identity: / }).click();
  await page.getByRole('menuitem', { name: 'Switch back' }).click();
  await nav(page, 'Instances');
  await expect(page.getByRole('row', { name: /web-server-1/ }).getByText('Stopped')).toBeVisible();
  await nav(page, 'IAM users');
  await expect(page.getByRole('heading', { name: /IAM users \(3\)/ })).toBeVisible();
  await nav(page, 'IAM user groups');
  await expect(page.getByRole('heading', { name: /IAM user groups \(3\)/ })).toBeVisible();
});
