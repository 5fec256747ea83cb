// Customer managed policies: Create policy, edit → new version, the 5-version prompt, Set as
// default, delete a version, delete an attached policy, a malformed policy blocked, and an AWS
// managed policy found by search and attached.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  confirmPermissionReview,
  loadScenario,
  nextStep,
  replacePolicyJson,
  switchTo,
  wrapper,
} from './iam-helpers';

const policy = (action: string) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
    },
    null,
    2,
  );

async function createPolicy(page: Page, name: string, action: string) {
  await page.goto('./#/iam/policies');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByRole('heading', { name: 'Specify permissions' })).toBeVisible();
  await replacePolicyJson(page, policy(action));
  await expect(page.getByRole('tab', { name: 'Errors: 0' })).toBeVisible();
  await nextStep(page);
  await page.getByLabel('Policy name').fill(name);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText(`Policy ${name} created.`)).toBeVisible();
}

async function openPolicy(page: Page, name: string) {
  await page.goto('./#/iam/policies');
  await page.getByRole('searchbox', { name: 'Search policies' }).fill(name);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

async function editPolicy(page: Page, action: string, review = true) {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Modify permissions in / })).toBeVisible();
  await replacePolicyJson(page, policy(action));
  await expect(page.getByRole('tab', { name: 'Errors: 0' })).toBeVisible();
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Review and save' })).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  // A new default version is reviewed first (unattached: no change); at the version limit after
  // the version to delete is chosen.
  if (review)
    await confirmPermissionReview(page, 'Save changes', 'No principal gains or loses access.');
}

const versionsPanel = (page: Page) => page.getByRole('tabpanel', { name: 'Policy versions' });

const versionRows = (page: Page) =>
  page.locator(wrapper.findTabs().findTabContent().findTable().findRows().toSelector());

test('a malformed policy is blocked; a valid one is created with a summary and tags', async ({
  page,
}) => {
  await page.goto('./#/iam/policies');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await replacePolicyJson(page, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}');
  await expect(page.getByRole('tab', { name: /^Errors: [1-9]/ })).toBeVisible();
  await nextStep(page);
  await expect(
    page.getByText('Fix the errors in the policy before you continue.', { exact: true }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/create-blocked.png', fullPage: true });
  await expect(page.getByRole('heading', { name: 'Specify permissions' })).toBeVisible();
  // The 6,144-character quota blocks too, in IAM's words.
  const big = policy('s3:*').replace('"Effect"', `"Sid": "${'A'.repeat(6100)}", "Effect"`);
  await replacePolicyJson(page, big);
  await expect(page.getByText(/^-\d+ of 6144 characters remaining$/)).toBeVisible();
  await expect(page.getByText('Cannot exceed quota for PolicySize: 6144')).toBeVisible();
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Specify permissions' })).toBeVisible();
  // An Access Analyzer finding alone (an unknown action) does not block; it links to its place.
  await replacePolicyJson(page, policy('s3:ListAllMyBucket'));
  await expect(page.getByRole('tab', { name: /^Errors: [1-9]/ })).toBeVisible();
  await page
    .getByRole('button', { name: /^Ln \d+, Col \d+$/ })
    .first()
    .click();
  await expect(page.getByLabel('Cursor position')).toHaveText(/^6:\d+ JSON$/);
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
  await page.locator(wrapper.findWizard().findPreviousButton().toSelector()).click();
  await replacePolicyJson(page, policy('s3:List*'));
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Allow \(1 of \d+ services\)/ })).toBeVisible();
  await expect(
    page.getByRole('row', { name: /S3 actions Full: List All resources None/ }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/create-review.png', fullPage: true });
  await page.getByLabel('Policy name').fill('S3 lister');
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByRole('combobox', { name: 'Key' }).fill('team');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.locator(wrapper.findFormField().findError().toSelector())).toContainText(
    "Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.",
  );
  await page.getByLabel('Policy name').fill('S3Lister');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText('Policy S3Lister created.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Policies \(\d+\)/ })).toBeVisible();

  // The same name in another case: EntityAlreadyExists, in AWS's words, beside the name.
  await createPolicyExpectingError(page, 's3lister');
  await openPolicy(page, 'S3Lister');
  await expect(page.getByText('Customer managed', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Tags' }).click();
  await expect(page.getByRole('row', { name: 'team -' })).toBeVisible();
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await page.getByRole('button', { name: 'Summary', exact: true }).click();
  await page.getByRole('button', { name: 'S3 actions' }).click();
  await expect(page.getByRole('row', { name: /ListAllMyBuckets/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/service-summary.png', fullPage: true });
});

async function createPolicyExpectingError(page: Page, name: string) {
  await page.goto('./#/iam/policies');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await replacePolicyJson(page, policy('s3:*'));
  await nextStep(page);
  await page.getByLabel('Policy name').fill(name);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(
    page.getByText(`A policy called ${name} already exists. Duplicate names are not allowed.`),
  ).toBeVisible();
}

test('edits save new versions; at 5 the console asks which to delete; set default; delete a version', async ({
  page,
}) => {
  // Nine edits and their reviews: a long path.
  test.slow();
  await createPolicy(page, 'Versioned', 's3:ListAllMyBuckets');
  await openPolicy(page, 'Versioned');
  for (const action of ['s3:Get*', 's3:Put*', 's3:List*', 's3:*']) {
    await editPolicy(page, action);
    await expect(page.getByText('Policy Versioned updated.')).toBeVisible();
  }
  await page.getByRole('tab', { name: 'Policy versions' }).click();
  await expect(versionRows(page)).toHaveCount(5);
  await expect(versionRows(page).first()).toContainText('v5 (Default)');

  await page.getByRole('tab', { name: 'Permissions' }).click();
  await editPolicy(page, 'ec2:Describe*', false);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Delete a policy version' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Version v1/ })).toBeChecked();
  await dialog.getByRole('radio', { name: /Version v2/ }).check();
  await page.screenshot({ path: 'test-results/shots/version-limit.png' });
  await dialog.getByRole('button', { name: 'Delete and save' }).click();
  // The new default version is reviewed too, at the version limit.
  await confirmPermissionReview(page, 'Delete and save', 'No principal gains or loses access.');
  await expect(page.getByText('Policy Versioned updated.')).toBeVisible();
  await expect(page.getByLabel('Policy document')).toContainText('ec2:Describe*');

  await page.getByRole('tab', { name: 'Policy versions' }).click();
  await expect(versionRows(page)).toHaveCount(5);
  await expect(versionRows(page).first()).toContainText('v6 (Default)');
  await expect(versionRows(page).filter({ hasText: 'v2' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/shots/versions.png', fullPage: true });

  // Set v1 as default: the Permissions tab then shows v1's JSON.
  await page.getByRole('checkbox', { name: 'v1', exact: true }).check();
  await page.getByRole('button', { name: 'Set as default' }).click();
  await expect(page.getByText('Version v1 set as default.')).toBeVisible();
  await expect(versionRows(page).filter({ hasText: 'v1 (Default)' })).toHaveCount(1);

  // The default cannot be deleted; another version can.
  await page.getByRole('checkbox', { name: 'v1', exact: true }).check();
  await expect(
    versionsPanel(page).getByRole('button', { name: 'Delete', exact: true }),
  ).toBeDisabled();
  await page.getByRole('checkbox', { name: 'v1', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'v6', exact: true }).check();
  await versionsPanel(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Version v6 deleted.')).toBeVisible();
  await expect(versionRows(page)).toHaveCount(4);
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await expect(page.getByLabel('Policy document')).toContainText('s3:ListAllMyBuckets');

  // Delete from the policy's own page: every version goes with it.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Deleting Versioned also deletes all of its versions.');
  await confirm.getByRole('textbox').fill('Versioned');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Policy Versioned deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Policies \(\d+\)/ })).toBeVisible();
});

test('an AWS managed policy found by search is attached; an attached customer policy is deleted', async ({
  page,
}) => {
  await page.goto('./#/iam/users/create');
  await page.getByLabel('User name').fill('dev');
  await nextStep(page);
  await page.getByText('Attach policies directly').click();
  // Beyond the lab's featured policies: the whole current catalog.
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('AmazonDynamoDBReadOnly');
  await page.getByRole('checkbox', { name: 'AmazonDynamoDBReadOnlyAccess', exact: true }).check();
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await confirmPermissionReview(page, 'Create user', /^dev gains \d+ actions/);
  await expect(page.getByText('User dev created successfully.')).toBeVisible();

  await openPolicy(page, 'AmazonDynamoDBReadOnlyAccess');
  await expect(page.getByLabel('Policy document')).toContainText('dynamodb:BatchGetItem');
  await page.getByRole('tab', { name: 'Entities attached' }).click();
  await expect(versionRows(page).first()).toContainText('dev');
  // Detach, then Attach again, from the policy's side.
  await page.getByRole('checkbox', { name: 'dev', exact: true }).check();
  await page.getByRole('button', { name: 'Detach', exact: true }).click();
  await expect(
    page.getByText('Policy AmazonDynamoDBReadOnlyAccess detached from dev.'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Attached as a permissions policy (0)' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Attach', exact: true }).click();
  const picker = page.getByRole('dialog');
  await picker.getByRole('checkbox', { name: 'dev', exact: true }).check();
  await picker.getByRole('button', { name: 'Attach policy' }).click();
  await expect(
    page.getByText('Policy AmazonDynamoDBReadOnlyAccess attached to dev.'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Attached as a permissions policy (1)' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Attached as a permissions boundary (0)' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/entities.png', fullPage: true });

  await page.goto('./#/iam/policies');
  await page.getByRole('button', { name: /Filter by Type/ }).click();
  await page.getByRole('option', { name: 'AWS managed - job function' }).click();
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('ViewOnly');
  await expect(page.getByRole('link', { name: 'ViewOnlyAccess', exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/shots/policies-list.png', fullPage: true });

  await createPolicy(page, 'Attached', 's3:ListAllMyBuckets');
  await page.goto('./#/iam/users/details/dev/add-permissions');
  await page.getByText('Attach policies directly').click();
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('Attached');
  await page.getByRole('checkbox', { name: 'Attached', exact: true }).check();
  await nextStep(page);
  await page.getByRole('button', { name: 'Add permissions', exact: true }).click();
  await confirmPermissionReview(page, 'Add permissions', 'dev gains s3:ListAllMyBuckets');
  await expect(page.getByText('1 policy added.')).toBeVisible();

  await page.goto('./#/iam/policies');
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('Attached');
  await page.getByRole('radio', { name: 'Attached', exact: true }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Attached is attached to 1 entity');
  await page.screenshot({ path: 'test-results/shots/delete.png' });
  await dialog.getByRole('textbox').fill('Attached');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Policy Attached deleted.')).toBeVisible();
  await page.goto('./#/iam/users/details/dev');
  await expect(page.getByRole('link', { name: 'AmazonDynamoDBReadOnlyAccess' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Attached', exact: true })).toHaveCount(0);
});

test('without iam:CreatePolicy, Create policy is denied in AWS words, in place', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await switchTo(page, 'user-1');
  await page.goto('./#/iam/policies/create');
  await replacePolicyJson(page, policy('s3:*'));
  await nextStep(page);
  await page.getByLabel('Policy name').fill('NotAllowed');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(
    page.getByText(
      'User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: iam:CreatePolicy on resource: arn:aws:iam::123456789012:policy/NotAllowed because no identity-based policy allows the iam:CreatePolicy action',
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
});
