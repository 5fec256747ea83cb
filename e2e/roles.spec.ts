// Roles: the Create role wizard for each trusted entity type, an invalid trust policy, the role's
// tabs and typed Delete, and Switch role: allowed, denied by the trust policy, acting as the role
// (S3 allowed, EC2 denied with the assumed-role ARN), role history and Switch back.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  confirmPermissionReview,
  jsonPolicyEditor,
  loadScenario,
  nextStep,
  replacePolicyJson,
  switchTo,
  wrapper,
} from './iam-helpers';

const SHOTS = process.env.ROLES_SHOTS;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function startCreateRole(page: Page) {
  await page.goto('./#/iam/roles');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByRole('heading', { name: 'Select trusted entity' })).toBeVisible();
}

/** `review`: the new role gives access (its policies, or who may assume it), reviewed first. */
async function nameAndCreate(page: Page, roleName: string, review?: RegExp) {
  await expect(page.getByRole('heading', { name: 'Name, review, and create' })).toBeVisible();
  await page.getByLabel('Role name').fill(roleName);
  await page.getByRole('button', { name: 'Create role' }).click();
  if (review) await confirmPermissionReview(page, 'Create role', review);
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
  await confirmPermissionReview(page, 'Create role', /^EC2-S3-Reader gains \d+ actions/);
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
  // The role loses what its policy gave: reviewed first.
  await confirmPermissionReview(page, 'Delete', /^EC2-S3-Reader loses \d+ actions/);
  await expect(page.getByText('Role EC2-S3-Reader deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Roles (2)' })).toBeVisible();
});

const TRUST_USER_2 = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::123456789012:user/user-2' },
        Action: 'sts:AssumeRole',
      },
    ],
  },
  null,
  2,
);

async function fillTrustPolicy(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Custom trust policy' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(text);
}

async function openIdentityMenu(page: Page) {
  await page.getByRole('button', { name: /^Identity: / }).click();
}

async function switchRole(page: Page, roleName: string, displayName?: string) {
  await openIdentityMenu(page);
  await page.getByRole('menuitem', { name: 'Switch role' }).click();
  await expect(page.getByRole('heading', { name: 'Switch Role', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Account ID' }).fill('123456789012');
  await page.getByRole('textbox', { name: 'IAM role name' }).fill(roleName);
  if (displayName) await page.getByRole('textbox', { name: 'Display name' }).fill(displayName);
  await page.getByRole('radio', { name: 'Green' }).check();
  await page.getByRole('button', { name: 'Switch Role' }).click();
}

test('Switch role: allowed by the trust policy, acting as the role, history, Switch back; denied for others', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  // A custom trust policy that names user-2; the role may read S3 (user-2 itself may not).
  await startCreateRole(page);
  await page.getByText('Custom trust policy', { exact: true }).click();
  await fillTrustPolicy(page, TRUST_USER_2);
  await nextStep(page);
  await page.getByLabel('Search policies').fill('AmazonS3ReadOnly');
  await page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess', exact: true }).check();
  await nextStep(page);
  await nameAndCreate(
    page,
    'S3Reader',
    /^user-2 gains sts:AssumeRole on arn:aws:iam::123456789012:role\/S3Reader; S3Reader gains \d+ actions/,
  );

  // Root cannot switch roles.
  await page.goto('./#/switchrole?account=123456789012&roleName=S3Reader');
  await page.getByRole('button', { name: 'Switch Role' }).click();
  await expect(page.getByText('Roles may not be assumed by root accounts.')).toBeVisible();

  // user-3 is not in the trust policy: AWS's message names the role trust policy.
  await switchTo(page, 'user-3');
  await switchRole(page, 'S3Reader');
  await expect(page.getByText('Invalid information in one or more fields').first()).toBeVisible();
  await expect(page.getByTestId('api-message')).toHaveText(
    'User: arn:aws:iam::123456789012:user/user-3 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/S3Reader because no role trust policy allows the sts:AssumeRole action',
  );
  await shot(page, '06-switch-denied');

  // user-2 may switch; then the role's permissions, and only those, apply.
  await switchTo(page, 'user-2');
  await switchRole(page, 'S3Reader', 'Reader');
  await expect(page.getByText('You are now using the role S3Reader as Reader.')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Identity: Reader, account 1234-5678-9012' }),
  ).toBeVisible();
  await openIdentityMenu(page);
  await expect(page.getByRole('menuitem', { name: 'Currently active as S3Reader' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Signed in as user-2' })).toBeVisible();
  await shot(page, '07-identity-menu-in-role');
  await page.keyboard.press('Escape');

  await page.goto('./#/s3/buckets');
  await expect(page.getByRole('heading', { name: /General purpose buckets \(1\)/ })).toBeVisible();
  await page.goto('./#/ec2/instances');
  await expect(
    page.getByText(
      'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/S3Reader/user-2 is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
    ),
  ).toBeVisible();
  await shot(page, '08-ec2-denied-as-role');

  // The session survives a reload (per tab), and its use shows as Last activity.
  await page.reload();
  await expect(
    page.getByRole('button', { name: 'Identity: Reader, account 1234-5678-9012' }),
  ).toBeVisible();

  await openIdentityMenu(page);
  await page.getByRole('menuitem', { name: 'Switch back' }).click();
  await expect(page.getByText('Switched back to the IAM user user-2.')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Identity: user-2, account 1234-5678-9012' }),
  ).toBeVisible();
  await page.goto('./#/ec2/instances');
  await expect(page.getByRole('row', { name: /Running/ }).first()).toBeVisible();
  await openIdentityMenu(page);
  await expect(
    page.getByRole('group', { name: 'Role history' }).getByRole('menuitem', { name: 'Reader' }),
  ).toBeVisible();
  // The history switches at once, with a new AssumeRole as user-2.
  await page
    .getByRole('group', { name: 'Role history' })
    .getByRole('menuitem', { name: 'Reader' })
    .click();
  await expect(
    page.getByText('You are now using the role S3Reader as Reader.').first(),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Identity: Reader, account 1234-5678-9012' }),
  ).toBeVisible();
  await openIdentityMenu(page);
  await page.getByRole('menuitem', { name: 'Switch back' }).click();
  await expect(
    page.getByRole('button', { name: 'Identity: user-2, account 1234-5678-9012' }),
  ).toBeVisible();

  // Back as root: the role's Last Accessed tab shows S3, read from the call records.
  await openIdentityMenu(page);
  await page.getByRole('menuitem', { name: 'Switch back' }).click();
  await page.goto('./#/iam/roles/details/S3Reader?section=access_advisor');
  const s3Row = page.getByRole('row', { name: /^Amazon S3 AmazonS3ReadOnlyAccess/ });
  await expect(s3Row).toContainText('AmazonS3ReadOnlyAccess');
  await expect(s3Row).toContainText('Now');
  await shot(page, '09-last-accessed');
});

test('Create role for this account with MFA, and an invalid custom trust policy', async ({
  page,
}) => {
  await startCreateRole(page);
  await page.getByText('AWS account', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'This account (123456789012)' })).toBeChecked();
  await page.getByRole('checkbox', { name: /Require MFA/ }).check();
  await nextStep(page);
  await nextStep(page);
  const trust = page.getByLabel('Trust policy');
  await expect(trust).toContainText('"AWS": "arn:aws:iam::123456789012:root"');
  await expect(trust).toContainText('"aws:MultiFactorAuthPresent": "true"');
  await nameAndCreate(page, 'AdminWithMfa');
  await expect(page.getByRole('row', { name: /AdminWithMfa/ })).toContainText(
    'Account: 123456789012',
  );

  // IAM's grammar: a trust policy may not have a Resource; Next stays on step 1.
  await startCreateRole(page);
  await page.getByText('Custom trust policy', { exact: true }).click();
  await fillTrustPolicy(
    page,
    TRUST_USER_2.replace(
      '"Action": "sts:AssumeRole"',
      '"Action": "sts:AssumeRole", "Resource": "*"',
    ),
  );
  await expect(page.getByText(/Has prohibited field Resource/).first()).toBeVisible();
  await nextStep(page);
  await expect(
    page.getByText('Fix the errors in the trust policy before you continue.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Select trusted entity' })).toBeVisible();
  await shot(page, '10-invalid-trust-policy');

  // A user IAM cannot find passes the editor, and CreateRole refuses it: back on step 1.
  await fillTrustPolicy(page, TRUST_USER_2.replace('user/user-2', 'user/ghost'));
  await nextStep(page);
  await nextStep(page);
  await page.getByLabel('Role name').fill('GhostRole');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(
    page.getByText(
      'MalformedPolicyDocument: Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:user/ghost"',
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Select trusted entity' })).toBeVisible();
  await page.goto('./#/iam/roles');
  await expect(page.getByRole('heading', { name: 'Roles (3)' })).toBeVisible();
});

test('A role’s policies, boundary, tags, trust policy edit and Revoke sessions', async ({
  page,
}) => {
  // A long path, each save reviewed first: give it room on a loaded machine.
  test.slow();
  await loadScenario(page, 'IAM users and groups');
  await startCreateRole(page);
  await page.getByText('Custom trust policy', { exact: true }).click();
  await fillTrustPolicy(page, TRUST_USER_2);
  await nextStep(page);
  await nextStep(page);
  await nameAndCreate(
    page,
    'Ops',
    /^user-2 gains sts:AssumeRole on arn:aws:iam::123456789012:role\/Ops$/,
  );
  await page.goto('./#/iam/roles/details/Ops');

  // Add permissions ▾ → Attach policies.
  await page.getByRole('button', { name: 'Add permissions' }).click();
  await page.getByRole('menuitem', { name: 'Attach policies' }).click();
  await expect(page.getByRole('heading', { name: 'Attach policy to Ops' })).toBeVisible();
  await page.getByLabel('Search policies').fill('IAMReadOnly');
  await page.getByRole('checkbox', { name: 'IAMReadOnlyAccess', exact: true }).check();
  await shot(page, '12-attach-policies');
  await page.getByRole('button', { name: 'Add permissions' }).click();
  await confirmPermissionReview(page, 'Add permissions', /^Ops gains \d+ actions/);
  await expect(page.getByText('Policy was successfully attached to role.')).toBeVisible();
  await expect(page.getByRole('row', { name: /IAMReadOnlyAccess/ })).toContainText('AWS managed');

  // Add permissions ▾ → Create inline policy: the role's inline policy, then its link edits it.
  await page.getByRole('button', { name: 'Add permissions' }).click();
  await page.getByRole('menuitem', { name: 'Create inline policy' }).click();
  await replacePolicyJson(
    page,
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
    }),
  );
  await expect(page.getByRole('tab', { name: 'Errors: 0' })).toBeVisible();
  await nextStep(page);
  await page.getByLabel('Policy name').fill('ListBuckets');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await confirmPermissionReview(page, 'Save changes');
  await expect(page.getByText('Policy ListBuckets created.')).toBeVisible();
  await expect(page.getByRole('row', { name: /ListBuckets/ })).toContainText('Customer inline');
  await page.getByRole('link', { name: 'ListBuckets', exact: true }).click();
  await expect(await jsonPolicyEditor(page)).toContainText('s3:ListAllMyBuckets');
  await page.goto('./#/iam/roles/details/Ops');
  await page.getByRole('radio', { name: 'ListBuckets' }).check();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove policy' }).click();
  await confirmPermissionReview(page, 'Remove policy');
  await expect(page.getByText('1 inline policy removed')).toBeVisible();
  await expect(page.getByRole('row', { name: /ListBuckets/ })).toHaveCount(0);

  // Permissions boundary: set, then remove.
  await page.getByRole('button', { name: 'Set permissions boundary' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Search policies').fill('AmazonEC2ReadOnly');
  await dialog.getByRole('radio', { name: 'AmazonEC2ReadOnlyAccess', exact: true }).check();
  await dialog.getByRole('button', { name: 'Set boundary' }).click();
  await confirmPermissionReview(page, 'Confirm', /loses \d+ actions/);
  await expect(page.getByText('Permissions boundary set for Ops.')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Permissions boundary', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'AmazonEC2ReadOnlyAccess' })).toBeVisible();
  await shot(page, '11-boundary');
  await page.getByRole('button', { name: 'Remove boundary' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove boundary' }).click();
  await confirmPermissionReview(page, 'Confirm', /gains \d+ actions/);
  await expect(page.getByRole('heading', { name: 'Permissions boundary (not set)' })).toBeVisible();

  // Tags: added through "Add new tag", saved with TagRole, shown as text.
  await page.getByRole('tab', { name: 'Tags' }).click();
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByRole('combobox', { name: /Key/ }).fill('team');
  await page.getByRole('combobox', { name: /Value/ }).fill('<b>ops</b>');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByText(/Value '<b>ops<\/b>' at 'tags.1.member.value' failed to satisfy constraint/),
  ).toBeVisible();
  await page.getByRole('combobox', { name: /Value/ }).fill('ops-team');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Tags updated for Ops.')).toBeVisible();
  await expect(page.getByRole('row', { name: 'team ops-team' })).toBeVisible();

  // The trust policy's editor refuses what IAM refuses, and saves what it accepts.
  await page.getByRole('tab', { name: 'Trust relationships' }).click();
  await page.getByRole('button', { name: 'Edit trust policy' }).click();
  const editor = page.getByRole('textbox', { name: 'Trust policy editor' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(TRUST_USER_2.replace('user/user-2', 'user/user-3'));
  await shot(page, '13-edit-trust-policy');
  await page.getByRole('button', { name: 'Update policy' }).click();
  // Who may assume the role changes: the review names both users first.
  await confirmPermissionReview(
    page,
    'Update policy',
    /^user-2 loses sts:AssumeRole on arn:aws:iam::123456789012:role\/(.*\/)?Ops; user-3 gains sts:AssumeRole on arn:aws:iam::123456789012:role\/(.*\/)?Ops$/,
  );
  await expect(page.getByText('Trust policy updated for Ops.')).toBeVisible();
  await expect(page.getByLabel('Trust policy', { exact: true })).toContainText('user/user-3');

  // Revoke sessions writes the inline policy AWSRevokeOlderSessions.
  await page.getByRole('tab', { name: 'Revoke sessions' }).click();
  await page.getByRole('button', { name: 'Revoke active sessions' }).click();
  const revoke = page.getByRole('dialog');
  await expect(revoke.getByRole('button', { name: 'Revoke active sessions' })).toBeDisabled();
  await revoke
    .getByRole('checkbox', {
      name: 'I acknowledge that I am revoking all active sessions for this role.',
    })
    .check();
  await revoke.getByRole('button', { name: 'Revoke active sessions' }).click();
  await expect(page.getByText('Active sessions for Ops revoked.')).toBeVisible();
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await expect(page.getByRole('row', { name: /AWSRevokeOlderSessions/ })).toContainText(
    'Customer inline',
  );
});
