// Names, tags, keys and contents that hold markup are shown as text: nothing runs, no dialog opens.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';

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
  expect(await page.evaluate(() => document.querySelectorAll('body script').length)).toBe(0);
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
