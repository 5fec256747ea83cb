// The S3 console: bucket names, upload from disk, open and download, and the S3 denials.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function nav(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Side navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

async function loadScenario(page: Page) {
  await page.goto('./#/lab/scenarios');
  await page.getByRole('button', { name: 'Load IAM users and groups' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Load scenario' }).click();
  await expect(page.getByText('Scenario "IAM users and groups" loaded.')).toBeVisible();
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

test('bucket names follow S3 rules; a duplicate gets S3 error', async ({ page }) => {
  await page.goto('./');
  await nav(page, 'General purpose buckets');
  await expect(page.getByRole('heading', { name: /General purpose buckets \(0\)/ })).toBeVisible();
  await expect(page.getByText("You don't have any buckets.")).toBeVisible();
  await page.getByRole('button', { name: 'Create bucket' }).first().click();
  for (const [name, error] of [
    ['ab', 'Bucket name must be at least 3 and no more than 63 characters long.'],
    ['My-Bucket', 'Bucket name must not contain uppercase characters.'],
    ['lab..bucket', 'Bucket name must not contain two adjacent periods.'],
    [
      '192.168.5.4',
      'Bucket name must not be formatted as an IP address (for example, 192.168.5.4).',
    ],
  ] as const) {
    await page.getByLabel('Bucket name').fill(name);
    await page.getByRole('button', { name: 'Create bucket' }).click();
    await expect(page.getByText(error, { exact: true })).toBeVisible();
  }
  await page.getByLabel('Bucket name').fill('lab-bucket-dup');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByText('Successfully created bucket "lab-bucket-dup"')).toBeVisible();
  await page.getByRole('button', { name: 'Create bucket' }).first().click();
  await page.getByLabel('Bucket name').fill('lab-bucket-dup');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByText(/already/i).first()).toBeVisible();
  await nav(page, 'General purpose buckets');
  await expect(page.getByRole('heading', { name: /General purpose buckets \(1\)/ })).toBeVisible();
});

test('upload a file from disk, open it as text and download the same bytes', async ({ page }) => {
  const csv = 'month,total\njan,42\nfeb,51\n';
  await page.goto('./');
  await nav(page, 'General purpose buckets');
  await page.getByRole('button', { name: 'Create bucket' }).first().click();
  await page.getByLabel('Bucket name').fill('reports-bucket');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await page.getByRole('link', { name: 'reports-bucket' }).click();
  await expect(page.getByText("You don't have any objects in this bucket.")).toBeVisible();
  await page.getByRole('button', { name: 'Upload' }).first().click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'report.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(page.getByRole('heading', { name: /Files and folders \(1 Total/ })).toBeVisible();
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('Upload succeeded')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Succeeded' })).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Objects \(1\)/ })).toBeVisible();
  await page.getByRole('link', { name: 'report.csv' }).click();
  await expect(page.getByLabel('Object content')).toHaveText(csv);
  await expect(page.getByText('s3://reports-bucket/report.csv')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('report.csv');
  expect(readFileSync(await download.path(), 'utf8')).toBe(csv);
  await page.reload();
  await expect(page.getByLabel('Object content')).toHaveText(csv);
});

test('S3 denials: list buckets, list objects, upload', async ({ page }) => {
  await loadScenario(page);
  await nav(page, 'General purpose buckets');
  const bucket = (await page.getByRole('table').getByRole('link').first().textContent()) ?? '';
  expect(bucket).not.toBe('');

  await switchTo(page, 'user-2');
  await nav(page, 'General purpose buckets');
  await expect(page.getByText("You don't have permissions to list buckets")).toBeVisible();
  await expect(page.getByRole('heading', { name: /General purpose buckets \(0\)/ })).toBeVisible();
  await expect(
    page.getByText(
      'User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
    ),
  ).toBeVisible();
  await page.goto(`./#/s3/buckets/${bucket}`);
  await expect(page.getByText('Insufficient permissions to list objects')).toBeVisible();
  await expect(
    page.getByText(
      `User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::${bucket}" because no identity-based policy allows the s3:ListBucket action`,
    ),
  ).toBeVisible();
  await page.getByText('Why?').click();
  await expect(
    page.getByRole('dialog').getByText(/No statement allows the action\. No identity-based policy/),
  ).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();

  await switchTo(page, 'user-1');
  await page.getByRole('button', { name: 'Upload' }).first().click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'denied.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('no'),
  });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('Upload failed')).toBeVisible();
  await expect(
    page.getByText("You don't have permissions to upload files and folders"),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Access Denied' })).toBeVisible();
  await expect(
    page.getByText(
      /user\/user-1 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::/,
    ),
  ).toBeVisible();
  await nav(page, 'General purpose buckets');
  await page.getByRole('button', { name: 'Create bucket' }).first().click();
  await page.getByLabel('Bucket name').fill('user-1-bucket');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByText('Failed to create bucket')).toBeVisible();
  await expect(
    page.getByText(
      /user\/user-1 is not authorized to perform: s3:CreateBucket on resource: "arn:aws:s3:::user-1-bucket"/,
    ),
  ).toBeVisible();
});
