// Organizations and boundaries: an SCP that denies S3 on the account (root and users denied with
// the SCP wording, detach restores), the SCP grammar in the editor, editing and deleting an SCP,
// and a user's permissions boundary limiting AdministratorAccess (set on the Permissions tab and
// in Create user), with the policy's Entities attached and the user's Last Accessed tab.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { confirmPermissionReview, loadScenario, nextStep, switchTo, wrapper } from './iam-helpers';

const SHOTS = process.env.ORGS_SHOTS;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const DENY_S3 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyS3', Effect: 'Deny', Action: 's3:*', Resource: '*' }],
});

async function nav(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Side navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

async function replaceEditorText(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Policy editor' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(text);
}

async function switchBack(page: Page) {
  await page.getByRole('button', { name: /^Identity: / }).click();
  await page.getByRole('menuitem', { name: 'Switch back' }).click();
  await expect(page.getByText('Switched back to the root user.')).toBeVisible();
}

const scpDenial = (principal: string) =>
  new RegExp(
    `^User: arn:aws:iam::123456789012:${principal} is not authorized to perform: s3:ListAllMyBuckets with an explicit deny in a service control policy: arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-[0-9a-z]{8}$`,
  );

test('an SCP denying s3:* on the account denies root and users until it is detached', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await nav(page, 'Service control policies');
  await expect(
    page.getByRole('heading', { name: /^Service control policies \(1\)/ }),
  ).toBeVisible();
  const rows = page.locator(wrapper.findTable().findRows().toSelector());
  await expect(rows.filter({ hasText: 'FullAWSAccess' })).toContainText('Root, Lab, Lab account');
  await shot(page, '01-scps');

  await page.getByRole('button', { name: 'Create policy' }).click();
  await page.getByLabel('Policy name').fill('DenyS3');
  // The SCP grammar: a Principal is not allowed in an SCP, and it blocks saving.
  await replaceEditorText(
    page,
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }],
    }),
  );
  await expect(
    page.getByText(
      'SCPs do not support specifying principals. Remove the Principal or NotPrincipal element.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(
    page.getByRole('heading', { name: 'Create new service control policy' }),
  ).toBeVisible();
  await replaceEditorText(page, DENY_S3);
  await expect(page.getByText(/of 5120 characters remaining/)).toBeVisible();
  await shot(page, '02-create-scp');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText('Policy DenyS3 created.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'DenyS3', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Policy document')).toContainText('"s3:*"');

  await page.getByRole('tab', { name: 'Targets' }).click();
  await page.getByRole('radio', { name: 'Lab account' }).check();
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  // The review first: the S3 readers lose S3 (the service-linked roles keep it: SCPs skip them).
  await confirmPermissionReview(
    page,
    'Attach policy',
    /^user-1 loses \d+ actions on \d+ resources$/,
  );
  await expect(page.getByText('Policy DenyS3 attached to Lab account.')).toBeVisible();
  await shot(page, '03-targets');

  await page.goto('./#/s3/buckets');
  await expect(page.getByText(scpDenial('root'))).toBeVisible();
  await shot(page, '04-root-denied');
  // The engine's explanation names the SCP statement that denied.
  await page.getByText('Why?').click();
  const why = page.getByRole('dialog');
  await expect(why).toContainText('DenyS3');
  await shot(page, '04b-why');
  await why.getByRole('button', { name: 'Close', exact: true }).click();
  await switchTo(page, 'user-1');
  await page.goto('./#/s3/buckets');
  await expect(page.getByText(scpDenial('user/user-1'))).toBeVisible();
  // user-1 has no Organizations permissions: the engine refuses the SCP list.
  await page.goto('./#/iam/organization/scps');
  await expect(
    page.getByText(
      'User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: organizations:ListPolicies because no identity-based policy allows the organizations:ListPolicies action',
    ),
  ).toBeVisible();

  await switchBack(page);
  await page.goto('./#/iam/organization/scps');
  await page.getByRole('link', { name: 'DenyS3' }).click();
  await page.getByRole('tab', { name: 'Targets' }).click();
  await page.getByRole('radio', { name: 'Lab account' }).check();
  await page.getByRole('button', { name: 'Detach', exact: true }).click();
  await confirmPermissionReview(
    page,
    'Detach policy',
    /^user-1 gains \d+ actions on \d+ resources$/,
  );
  await expect(page.getByText('Policy DenyS3 detached from Lab account.')).toBeVisible();
  await page.goto('./#/s3/buckets');
  await expect(page.getByRole('link', { name: 'lab-reports-123456789012' })).toBeVisible();
  await switchTo(page, 'user-1');
  await page.goto('./#/s3/buckets');
  await expect(page.getByRole('link', { name: 'lab-reports-123456789012' })).toBeVisible();
});

test('FullAWSAccess cannot leave a target with no SCP', async ({ page }) => {
  await page.goto('./#/iam/organization/scps');
  await page.getByRole('link', { name: 'FullAWSAccess' }).click();
  await expect(page.getByRole('button', { name: 'Edit policy' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Targets' }).click();
  await page.getByRole('radio', { name: 'Root' }).check();
  await page.getByRole('button', { name: 'Detach', exact: true }).click();
  await confirmPermissionReview(page, 'Detach policy');
  await expect(
    page.getByText('You cannot detach the last service control policy from a target.'),
  ).toBeVisible();
});

test('a permissions boundary limits a user with AdministratorAccess', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/users/details/user-2');
  await page.getByRole('button', { name: 'Add permissions', exact: true }).click();
  await page.getByText('Attach policies directly').click();
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('AdministratorAccess');
  await page.getByRole('checkbox', { name: 'AdministratorAccess', exact: true }).check();
  await nextStep(page);
  await page.getByRole('button', { name: 'Add permissions', exact: true }).click();
  await confirmPermissionReview(page, 'Add permissions');
  await expect(page.getByText('1 policy added.')).toBeVisible();

  await expect(page.getByRole('heading', { name: 'Permissions boundary (not set)' })).toBeVisible();
  await page.getByRole('button', { name: 'Set permissions boundary' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: 'Search policies' }).fill('AmazonS3ReadOnlyAccess');
  await dialog.getByRole('radio', { name: 'AmazonS3ReadOnlyAccess', exact: true }).check();
  await dialog.getByRole('button', { name: 'Set boundary' }).click();
  await confirmPermissionReview(page, 'Confirm', /loses \d+ actions/);
  await expect(page.getByText('Permissions boundary set for user-2.')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Permissions boundary', exact: true }),
  ).toBeVisible();
  await shot(page, '05-user-boundary');

  await switchTo(page, 'user-2');
  await page.goto('./#/s3/buckets');
  await expect(page.getByRole('link', { name: 'lab-reports-123456789012' })).toBeVisible();
  await page.goto('./#/iam/users');
  await expect(
    page.getByText(
      'User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no permissions boundary allows the iam:ListUsers action',
    ),
  ).toBeVisible();

  await switchBack(page);
  await page.goto('./#/iam/users/details/user-2?section=access_advisor');
  const services = page.locator(
    wrapper.findTabs().findTabContent().findTable().findRows().toSelector(),
  );
  await expect(services.first()).toContainText('Amazon S3');
  await expect(services.first()).not.toContainText('Not accessed in the tracking period');
  await shot(page, '06-user-last-accessed');

  // The policy's Entities attached lists the boundary use.
  await page.goto(
    `./#/iam/policies/details/${encodeURIComponent('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')}?section=entities`,
  );
  await expect(
    page.getByRole('heading', { name: 'Attached as a permissions boundary (1)' }),
  ).toBeVisible();
  await page.goto('./#/iam/users/details/user-2');
  await page.getByRole('button', { name: 'Remove boundary' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove boundary' }).click();
  await confirmPermissionReview(page, 'Confirm', /gains \d+ actions/);
  await expect(page.getByText('Permissions boundary removed from user-2.')).toBeVisible();
  await switchTo(page, 'user-2');
  await page.goto('./#/iam/users');
  await expect(page.getByRole('link', { name: 'user-1', exact: true })).toBeVisible();
});

test('Create user with a permissions boundary', async ({ page }) => {
  await page.goto('./#/iam/users/create');
  await page.getByLabel('User name').fill('bounded');
  await nextStep(page);
  await page.getByText('Set permissions boundary - optional').click();
  await page
    .getByRole('radio', {
      name: 'Use a permissions boundary to control the maximum user permissions',
    })
    .check();
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('AmazonS3ReadOnlyAccess');
  await page.getByRole('radio', { name: 'AmazonS3ReadOnlyAccess', exact: true }).check();
  await shot(page, '07-create-user-boundary');
  await nextStep(page);
  const details = page.locator(wrapper.findKeyValuePairs().toSelector()).first();
  await expect(details).toContainText('Permissions boundary');
  await expect(details).toContainText('AmazonS3ReadOnlyAccess');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('User bounded created successfully.')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Permissions boundary', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'AmazonS3ReadOnlyAccess' })).toBeVisible();
});

test('an SCP is edited, refused deletion while attached, then deleted', async ({ page }) => {
  await page.goto('./#/iam/organization/scps/create');
  await page.getByLabel('Policy name').fill('DenyEC2');
  await replaceEditorText(
    page,
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }],
    }),
  );
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText('Policy DenyEC2 created.')).toBeVisible();

  await page.getByRole('button', { name: 'Edit policy' }).click();
  await expect(page.getByRole('heading', { name: 'Edit DenyEC2' })).toBeVisible();
  await page.getByLabel('Policy description - optional').fill('No EC2 in the lab account');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Policy DenyEC2 updated.')).toBeVisible();
  await expect(page.getByText('No EC2 in the lab account')).toBeVisible();

  await page.getByRole('tab', { name: 'Targets' }).click();
  await page.getByRole('radio', { name: 'Lab', exact: true }).check();
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Attach policy' }).click();
  await expect(page.getByText('Policy DenyEC2 attached to Lab.')).toBeVisible();

  await page.goto('./#/iam/organization/scps');
  const rows = page.locator(wrapper.findTable().findRows().toSelector());
  await expect(rows.filter({ hasText: 'DenyEC2' })).toContainText('Customer managed');
  await page.getByRole('radio', { name: 'DenyEC2' }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Delete policy' }).click();
  await expect(dialog).toContainText(
    'The policy is attached to one or more entities. You must detach it from all roots, OUs, and accounts before performing this operation.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'DenyEC2' }).click();
  await page.getByRole('tab', { name: 'Targets' }).click();
  await page.getByRole('radio', { name: 'Lab', exact: true }).check();
  await page.getByRole('button', { name: 'Detach', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Detach policy' }).click();
  await expect(page.getByText('Policy DenyEC2 detached from Lab.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete policy' }).click();
  await expect(page.getByText('Policy DenyEC2 deleted.')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: /^Service control policies \(1\)/ }),
  ).toBeVisible();
});
