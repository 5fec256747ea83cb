// Names, tags, keys and contents that hold markup are shown as text: nothing runs, no dialog opens.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadScenario, nextStep, replacePolicyJson } from './iam-helpers';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
// Payloads that would set window.__xss if anything rendered them as HTML or followed them.
const ONERROR = '<img src=x onerror=window.__xss=1>';
const ONLOAD = '"><svg onload=window.__xss=1>';
const JS_LINK = 'javascript:window.__xss=1';

declare global {
  interface Window {
    __xss?: number;
  }
}

async function nav(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Side navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

test.afterEach(async ({ page }) => {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('svg[onload], [onerror], a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('body script').length)).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});

test('object keys and contents with markup are text', async ({ page }) => {
  await page.goto('./');
  await nav(page, 'General purpose buckets');
  await page.getByRole('button', { name: 'Create bucket' }).first().click();
  await page.getByLabel('Bucket name').fill(SCRIPT);
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(
    page
      .getByText('Bucket name must not contain uppercase characters.')
      .or(
        page.getByText(
          'Bucket name can contain only lowercase letters, numbers, periods (.), and hyphens (-).',
        ),
      ),
  ).toBeVisible();
  await page.getByLabel('Bucket name').fill('xss-bucket');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await page.getByRole('link', { name: 'xss-bucket' }).click();
  await page.getByRole('button', { name: 'Upload' }).first().click();
  await page.locator('input[type=file]').setInputFiles([
    { name: `${IMG}.txt`, mimeType: 'text/plain', buffer: Buffer.from(SCRIPT) },
    { name: `${IMG}.html`, mimeType: 'text/html', buffer: Buffer.from(IMG) },
  ]);
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('Upload succeeded')).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('link', { name: `${IMG}.txt` })).toBeVisible();
  await page.getByRole('link', { name: `${IMG}.txt` }).click();
  await expect(page.getByRole('heading', { name: `${IMG}.txt` })).toBeVisible();
  await expect(page.getByLabel('Object content')).toHaveText(SCRIPT);
  await page.getByRole('link', { name: 'xss-bucket' }).click();
  await page.getByRole('link', { name: `${IMG}.html` }).click();
  await expect(page.getByLabel('Object content')).toHaveText(IMG);
});

test('an instance name with markup is text', async ({ page }) => {
  await page.goto('./');
  await nav(page, 'Instances');
  await page.getByRole('button', { name: 'Launch instances' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill(`${SCRIPT}${IMG}`);
  await page.getByRole('button', { name: 'Launch instance', exact: true }).click();
  await expect(page.getByRole('cell', { name: `${SCRIPT}${IMG}` })).toBeVisible();
  await page.getByRole('row', { name: /alert/ }).getByRole('link', { name: /^i-/ }).click();
  await expect(page.getByRole('heading', { name: /Instance summary for i-/ })).toContainText(
    SCRIPT,
  );
});

test("a user name with markup gets AWS's name error, shown as text", async ({ page }) => {
  await page.goto('./');
  await nav(page, 'IAM users');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  await page.getByLabel('User name', { exact: true }).fill(IMG);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByLabel('User name', { exact: true })).toHaveValue(IMG);
  await expect(page.getByText(/Valid characters|must/).first()).toBeVisible();
});

test('policy and group names, a policy description and policy JSON with markup are text', async ({
  page,
}) => {
  const document = JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'MarkupInACondition',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalTag/team': ONERROR } },
        },
      ],
    },
    null,
    2,
  );
  await page.goto('./#/iam/policies/create');
  await replacePolicyJson(page, document);
  await expect(page.getByRole('tab', { name: 'Errors: 0' })).toBeVisible();
  await page.getByRole('button', { name: 'Visual', exact: true }).click();
  await expect(page.getByText(ONERROR).first()).toBeVisible();
  await nextStep(page);
  await page.getByLabel('Policy name').fill(ONLOAD);
  await page.getByLabel('Description').fill(`${ONERROR} ${JS_LINK}`);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByLabel('Policy name')).toHaveValue(ONLOAD);
  await expect(page.getByText(/Use alphanumeric|must|Valid characters/).first()).toBeVisible();
  await page.getByLabel('Policy name').fill('MarkupPolicy');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText('Policy MarkupPolicy created.')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search policies' }).fill('MarkupPolicy');
  await expect(page.getByText(`${ONERROR} ${JS_LINK}`).first()).toBeVisible();
  await page.getByRole('link', { name: 'MarkupPolicy', exact: true }).click();
  await expect(page.getByText(`${ONERROR} ${JS_LINK}`).first()).toBeVisible();
  await expect(page.getByText(ONERROR, { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Visual', exact: true }).click();
  await expect(page.getByText(ONERROR).first()).toBeVisible();

  await page.goto('./#/iam/groups/create');
  await page.getByLabel('User group name').fill(ONERROR);
  await page.getByRole('button', { name: 'Create user group' }).click();
  await expect(page.getByLabel('User group name')).toHaveValue(ONERROR);
});

test('a lab name, hostile lab files, a share link and CloudShell output with markup are text', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/lab/labs');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Lab name').fill(ONERROR);
  await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('cell', { name: ONERROR })).toBeVisible();

  const input = page.locator('input[type=file]');
  await input.setInputFiles({
    name: `${ONLOAD}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: ONERROR, version: ONLOAD, [JS_LINK]: 1 })),
  });
  await expect(page.getByText('This file cannot be imported')).toBeVisible();
  await input.setInputFiles({
    name: 'markup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(`${ONERROR}${ONLOAD}`),
  });
  await expect(page.getByText('This file cannot be imported')).toBeVisible();

  await page.goto(`./#/scenarios/open?s=${encodeURIComponent(ONLOAD + ONERROR)}`);
  await expect(page.getByText('This link cannot be opened')).toBeVisible();

  await page.goto('./#/iam/home');
  await page.getByRole('button', { name: 'CloudShell', exact: true }).click();
  const command = page.getByLabel('CloudShell command');
  await command.fill(`echo '${ONERROR}${ONLOAD}'`);
  await command.press('Enter');
  await expect(page.getByTestId('cloudshell-output').last()).toContainText(`${ONERROR}${ONLOAD}`);
  await command.fill(`aws s3 cp 's3://lab-reports-123456789012/${ONERROR}' copy.txt`);
  await command.press('Enter');
  await expect(page.getByTestId('cloudshell-output').last()).toContainText(ONERROR);
});

test('a role name, description and tags with markup are refused or shown as text', async ({
  page,
}) => {
  await page.goto('./#/iam/roles');
  await page.getByRole('button', { name: 'Create role' }).click();
  await page.getByRole('button', { name: 'Service or use case' }).click();
  await page.getByRole('option', { name: /\bEC2$/ }).click();
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Add permissions' })).toBeVisible();
  await nextStep(page);
  await page.getByLabel('Role name').fill(ONLOAD);
  await page.getByLabel('Description').fill(`${ONERROR} ${JS_LINK}`);
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByRole('combobox', { name: /Key/ }).fill(ONERROR);
  await page.getByRole('combobox', { name: /Value/ }).fill(JS_LINK);
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByLabel('Role name')).toHaveValue(ONLOAD);
  await page.getByLabel('Role name').fill('MarkupRole');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByText(/failed to satisfy constraint/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByText('Role MarkupRole created.')).toBeVisible();
  await page.goto('./#/iam/roles/details/MarkupRole');
  await expect(page.getByText(`${ONERROR} ${JS_LINK}`).first()).toBeVisible();
});
