// The IAM policy simulator: a user's policies (one left out), results in AWS's words, "Show
// statement" highlighting, the CSV export row by row, the settings kept in the URL, and the
// Policy Sandbox with an explicit deny.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadScenario, wrapper } from './iam-helpers';

async function pickMulti(page: Page, testId: string, filter: string, option: string) {
  const multi = wrapper.findMultiselect(`[data-testid="${testId}"]`);
  await page.locator(multi.findTrigger().toSelector()).click();
  await page.locator(multi.findFilteringInput().findNativeInput().toSelector()).fill(filter);
  await page.getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

async function chooseActions(page: Page) {
  await pickMulti(page, 'simulator-services', 'Amazon S3', 'Amazon S3 s3');
  await pickMulti(page, 'simulator-actions', 's3:GetObject', 's3:GetObject');
  await pickMulti(page, 'simulator-actions', 's3:PutObject', 's3:PutObject');
}

test('simulate a user’s policies, show the statement, export CSV, share by URL', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/home');
  await page.getByRole('link', { name: 'Policy simulator' }).click();
  await expect(page.getByRole('heading', { name: 'IAM Policy Simulator' })).toBeVisible();

  const principal = wrapper.findSelect('[data-testid="simulator-principal"]');
  await page.locator(principal.findTrigger().toSelector()).click();
  await page.getByRole('option', { name: 'user-1', exact: true }).click();
  await expect(
    page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess (AWS managed, Group S3-Support)' }),
  ).toBeChecked();
  await chooseActions(page);
  // The resource, built from the catalog's ARN format for S3 objects.
  await page.getByRole('button', { name: 'Add Resource' }).click();
  await page.getByRole('button', { name: /Resource type/ }).click();
  await page.getByRole('option', { name: /^s3:object / }).click();
  await page.getByRole('textbox', { name: 'object BucketName' }).fill('lab-reports-123456789012');
  await page.getByRole('textbox', { name: 'object ObjectName' }).fill('readme.txt');
  await page.getByRole('button', { name: 'Add ARNs' }).click();
  await expect(page.getByRole('textbox', { name: 'Simulation resources' })).toHaveValue(
    'arn:aws:s3:::lab-reports-123456789012/readme.txt',
  );
  await expect(page.getByText('Not simulated')).toHaveCount(2);
  await page.getByRole('button', { name: 'Run Simulation' }).click();

  const rows = page.locator(wrapper.findTable().findRows().toSelector());
  await expect(rows.nth(0)).toContainText('GetObject');
  await expect(rows.nth(0)).toContainText('allowed');
  await expect(rows.nth(0)).toContainText('1 matching statements.');
  await expect(rows.nth(1)).toContainText('denied');
  await expect(rows.nth(1)).toContainText('Implicitly denied (no matching statements).');

  // "Show statement": the statement that allowed, highlighted in the policy's JSON.
  await rows
    .nth(0)
    .getByRole('button', { name: /^1 matching statements\. GetObject/ })
    .click();
  const mark = page.locator('mark');
  await expect(mark).toContainText('"s3:Get*"');
  await page.screenshot({ path: 'test-results/policy-simulator.png', fullPage: true });

  // The export, row by row.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('simulation-results.csv');
  const lines = (await readFile((await file.path()) ?? '', 'utf8')).trimEnd().split('\r\n');
  expect(lines).toEqual([
    'Service,Action,Resource Type,Simulation Resource,Permission,Details,Matched statements',
    'Amazon S3,GetObject,object,arn:aws:s3:::lab-reports-123456789012/readme.txt,allowed,1 matching statements.,AmazonS3ReadOnlyAccess statement 1',
    'Amazon S3,PutObject,object,arn:aws:s3:::lab-reports-123456789012/readme.txt,denied,Implicitly denied (no matching statements).,',
  ]);

  // Left out, the group's policy no longer allows; the old results are flagged first.
  await page
    .getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess (AWS managed, Group S3-Support)' })
    .uncheck();
  await expect(
    page.getByText('You have changed policies. These results are no longer valid.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Run Simulation' }).click();
  await expect(rows.nth(0)).toContainText('Implicitly denied (no matching statements).');

  // The URL holds the settings: a reload (or a shared link) restores them.
  await page.reload();
  await expect(page.locator(principal.findTrigger().toSelector())).toContainText('user-1');
  await expect(
    page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess (AWS managed, Group S3-Support)' }),
  ).not.toBeChecked();
  await expect(page.getByText('Not simulated')).toHaveCount(2);
});

test('the Policy Sandbox: an explicit deny, then a context key from Global Settings', async ({
  page,
}) => {
  await page.goto('./#/iam/policy-simulator');
  await page.getByRole('button', { name: /^Mode/ }).click();
  await page.getByRole('option', { name: 'New Policy' }).click();
  await expect(page.getByRole('heading', { name: 'Policy Sandbox' })).toBeVisible();
  await page.getByRole('button', { name: 'Create New Policy' }).click();
  const editor = page.getByRole('textbox', { name: 'Policy 1', exact: true });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        {
          Sid: 'NoPutWithoutMfa',
          Effect: 'Deny',
          Action: 's3:PutObject',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    }),
  );
  await chooseActions(page);
  await page.getByRole('button', { name: 'Run Simulation' }).click();
  const rows = page.locator(wrapper.findTable().findRows().toSelector());
  await expect(rows.nth(0)).toContainText('allowed');
  await expect(rows.nth(1)).toContainText('denied');
  await expect(rows.nth(1)).toContainText('1 matching statements.');
  await rows
    .nth(1)
    .getByRole('button', { name: /matching statements/ })
    .click();
  await expect(
    page.getByRole('heading', { name: /Deny statement "NoPutWithoutMfa"/ }),
  ).toBeVisible();
  await expect(page.locator('mark')).toContainText('NoPutWithoutMfa');

  // Global Settings: with MFA present, the deny no longer applies.
  await page.getByRole('button', { name: 'Global Settings' }).click();
  await page.getByRole('button', { name: 'Add context key' }).click();
  await page.getByRole('combobox', { name: 'Key' }).first().fill('aws:MultiFactorAuthPresent');
  await page.getByRole('button', { name: /Context key 1 type/ }).click();
  await page.getByRole('option', { name: 'boolean', exact: true }).click();
  await page.getByRole('textbox', { name: 'Context key 1 values' }).fill('true');
  await page.getByRole('button', { name: 'Run Simulation' }).click();
  await expect(rows.nth(1)).toContainText('allowed');
  await page.screenshot({ path: 'test-results/policy-simulator-sandbox.png', fullPage: true });
});

test('"Simulate" on a role’s Permissions tab opens the simulator with the role chosen', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/roles/details/AWSServiceRoleForSupport?section=permissions');
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'IAM Policy Simulator' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Principal type/ })).toContainText('Roles');
  const principal = wrapper.findSelect('[data-testid="simulator-principal"]');
  await expect(page.locator(principal.findTrigger().toSelector())).toContainText(
    'AWSServiceRoleForSupport',
  );
  await expect(page.getByRole('checkbox', { name: /AWSSupportServiceRolePolicy/ })).toBeChecked();
});
