// The S3 console in depth: Regions, folders, upload and download, BucketNotEmpty, bucket policies
// that grant and deny, Block Public Access and an anonymous request.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { confirmPermissionReview, loadScenario, switchTo } from './iam-helpers';

const BUCKET = 'lab-reports-123456789012';
const ACCOUNT = 'arn:aws:iam::123456789012';

async function switchBack(page: Page) {
  await page.getByRole('button', { name: /^Identity: / }).click();
  await page.getByRole('menuitem', { name: 'Switch back' }).click();
  await expect(page.getByText('Switched back to the root user.')).toBeVisible();
}

async function createBucket(page: Page, name: string, region?: string) {
  await page.goto('./#/s3/bucket/create');
  if (region) {
    await page.getByRole('button', { name: 'AWS Region' }).click();
    await page.getByRole('option', { name: region }).click();
  }
  await page.getByLabel('Bucket name').fill(name);
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByText(`Successfully created bucket "${name}"`)).toBeVisible();
}

async function upload(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Upload' }).first().click();
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from(text),
  });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('Upload succeeded')).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
}

async function editBucketPolicy(
  page: Page,
  bucket: string,
  policy: object,
  summary?: string | RegExp,
) {
  await page.goto(`./#/s3/buckets/${bucket}?tab=permissions`);
  await page.getByRole('button', { name: 'Edit bucket policy' }).click();
  const editor = page.getByRole('textbox', { name: 'Policy editor' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(JSON.stringify(policy, null, 2));
  await page.getByRole('button', { name: 'Save changes' }).click();
  // Who gains or loses access is shown first; the save runs on confirm.
  await confirmPermissionReview(page, 'Save changes', summary);
}

async function setBlockPublicAccess(page: Page, bucket: string, restrictOnly: boolean) {
  await page.goto(`./#/s3/buckets/${bucket}?tab=permissions`);
  await page.getByRole('button', { name: 'Edit Block public access (bucket settings)' }).click();
  const all = page.getByRole('checkbox', { name: 'Block all public access' });
  if (await all.isChecked()) await all.uncheck();
  if (restrictOnly) {
    await page
      .getByRole('checkbox', { name: /^Block public and cross-account access to buckets/ })
      .check();
  }
  await page.getByRole('button', { name: 'Save changes' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('confirm');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(
    page.getByText('Successfully edited Block Public Access settings for this bucket.'),
  ).toBeVisible();
}

test('a bucket policy grants another user access, and its explicit deny beats an identity allow', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await switchTo(page, 'user-2');
  await page.goto(`./#/s3/buckets/${BUCKET}`);
  await expect(page.getByText('Insufficient permissions to list objects')).toBeVisible();
  await switchBack(page);

  await editBucketPolicy(
    page,
    BUCKET,
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'SupportReads',
          Effect: 'Allow',
          Principal: { AWS: `${ACCOUNT}:user/user-2` },
          Action: ['s3:ListBucket', 's3:GetObject'],
          Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
        },
        {
          Sid: 'NoReadmeForUser1',
          Effect: 'Deny',
          Principal: { AWS: `${ACCOUNT}:user/user-1` },
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::${BUCKET}/readme.txt`,
        },
      ],
    },
    new RegExp(
      `^user-1 loses s3:GetObject on arn:aws:s3:::${BUCKET}/readme\\.txt; user-2 gains 2 actions on \\d+ resources$`,
    ),
  );
  await expect(page.getByText('Successfully edited bucket policy.')).toBeVisible();
  await expect(page.getByLabel('Bucket policy', { exact: true })).toContainText('SupportReads');

  // user-2 has no S3 permission of its own: the bucket policy alone lets it in.
  await switchTo(page, 'user-2');
  await page.goto(`./#/s3/buckets/${BUCKET}`);
  await expect(page.getByRole('heading', { name: /Objects \(3\)/ })).toBeVisible();
  await page.getByRole('link', { name: 'readme.txt' }).click();
  await expect(page.getByLabel('Object content')).toHaveText(
    'Quarterly reports for the support team.\n',
  );

  // user-1 reads S3 through AmazonS3ReadOnlyAccess, but the bucket policy denies readme.txt.
  await switchTo(page, 'user-1');
  await page.goto(`./#/s3/object/${BUCKET}?prefix=readme.txt`);
  await expect(page.getByText('Insufficient permissions to get the object')).toBeVisible();
  await expect(
    page.getByText(
      `User: ${ACCOUNT}:user/user-1 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::${BUCKET}/readme.txt" with an explicit deny in a resource-based policy`,
    ),
  ).toBeVisible();
  await page.getByText('Why?').click();
  const why = page.getByRole('dialog');
  await expect(why.getByText('Sid "NoReadmeForUser1"').first()).toBeVisible();
  await expect(why.getByText('Bucket policy').first()).toBeVisible();
  await why.getByRole('button', { name: 'Close', exact: true }).click();
  await page.goto(`./#/s3/object/${BUCKET}?prefix=report-2026-q1.csv`);
  await expect(page.getByLabel('Object content')).toContainText('month,sales');

  // Deleting the policy is reviewed first: user-2 loses what it granted, user-1 regains readme.txt.
  await switchBack(page);
  await page.goto(`./#/s3/buckets/${BUCKET}?tab=permissions`);
  await page.getByRole('button', { name: 'Delete bucket policy' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await confirmPermissionReview(
    page,
    'Delete',
    new RegExp(
      `^user-1 gains s3:GetObject on arn:aws:s3:::${BUCKET}/readme\\.txt; user-2 loses 2 actions on \\d+ resources$`,
    ),
  );
  await expect(page.getByText('Successfully deleted bucket policy.')).toBeVisible();
  await expect(page.getByText('No policy to display.')).toBeVisible();
});

test('a bucket with objects is refused (BucketNotEmpty) until emptied', async ({ page }) => {
  await page.goto('./');
  await createBucket(page, 'full-bucket');
  await page.getByRole('link', { name: 'full-bucket' }).click();
  await upload(page, 'a.txt', 'a');
  await page.goto('./#/s3/buckets');
  await page.getByRole('radio', { name: 'full-bucket' }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('This bucket is not empty')).toBeVisible();
  await page.getByLabel('Bucket name to confirm').fill('full-bucket');
  await page.getByRole('button', { name: 'Delete bucket' }).click();
  await expect(page.getByText('The bucket you tried to delete is not empty')).toBeVisible();

  await page.getByRole('button', { name: 'Empty bucket' }).click();
  await expect(page.getByRole('button', { name: 'Empty', exact: true })).toBeDisabled();
  await page.getByLabel('Confirm permanently delete').fill('permanently delete');
  await page.getByRole('button', { name: 'Empty', exact: true }).click();
  await expect(page.getByText('Successfully emptied bucket "full-bucket"')).toBeVisible();

  await page.getByRole('radio', { name: 'full-bucket' }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('This bucket is not empty')).toBeHidden();
  await page.getByLabel('Bucket name to confirm').fill('full-bucket');
  await page.getByRole('button', { name: 'Delete bucket' }).click();
  await expect(page.getByText('Successfully deleted bucket "full-bucket"')).toBeVisible();
  await expect(page.getByRole('heading', { name: /General purpose buckets \(0\)/ })).toBeVisible();
});

test('Block Public Access: a public policy is refused, then an anonymous request flips with RestrictPublicBuckets', async ({
  page,
}) => {
  await page.goto('./');
  await createBucket(page, 'public-site');
  await page.getByRole('link', { name: 'public-site' }).click();
  await upload(page, 'index.txt', 'hello, world');
  const publicRead = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PublicRead',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::public-site/*',
      },
    ],
  };
  await editBucketPolicy(page, 'public-site', publicRead);
  await expect(page.getByText('Failed to edit bucket policy')).toBeVisible();
  await expect(
    page.getByText(
      'User: arn:aws:iam::123456789012:root is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::public-site" because public policies are blocked by the BlockPublicPolicy block public access setting.',
    ),
  ).toBeVisible();

  await setBlockPublicAccess(page, 'public-site', false);
  await editBucketPolicy(page, 'public-site', publicRead);
  await expect(page.getByText('Successfully edited bucket policy.')).toBeVisible();

  await page.goto('./#/s3/object/public-site?prefix=index.txt');
  await page.getByRole('button', { name: 'Open object URL as anonymous' }).click();
  const dialog = page.getByRole('dialog');
  await expect(
    dialog.getByText('GET https://public-site.s3.us-east-1.amazonaws.com/index.txt'),
  ).toBeVisible();
  await expect(dialog.getByText('200 OK')).toBeVisible();
  await expect(dialog.getByLabel('Object content')).toHaveText('hello, world');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await setBlockPublicAccess(page, 'public-site', true);
  await page.goto('./#/s3/object/public-site?prefix=index.txt');
  await page.getByRole('button', { name: 'Open object URL as anonymous' }).click();
  await expect(page.getByRole('dialog').getByText('403 Forbidden')).toBeVisible();
  await expect(page.getByRole('dialog').getByLabel('Response body')).toContainText(
    '<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();

  // Create bucket can turn Block Public Access off, after an acknowledgement.
  await page.goto('./#/s3/bucket/create');
  await page.getByLabel('Bucket name').fill('open-bucket');
  await page.getByRole('checkbox', { name: 'Block all public access' }).uncheck();
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(
    page.getByText('You must acknowledge that the current settings might result'),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: /^I acknowledge/ }).check();
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(page.getByText('Successfully created bucket "open-bucket"')).toBeVisible();
  await page.goto('./#/s3/buckets/open-bucket?tab=permissions');
  await expect(page.getByText('Off', { exact: true }).first()).toBeVisible();
  await editBucketPolicy(page, 'open-bucket', {
    ...publicRead,
    Statement: [{ ...publicRead.Statement[0], Resource: 'arn:aws:s3:::open-bucket/*' }],
  });
  await expect(page.getByText('Successfully edited bucket policy.')).toBeVisible();
});

test('folders, upload into a folder under the size cap, download, tags, copy, folder delete; a Region per bucket', async ({
  page,
}) => {
  await page.goto('./');
  await createBucket(page, 'eu-data', 'Europe (Ireland) eu-west-1');
  await expect(page.getByRole('cell', { name: 'Europe (Ireland) eu-west-1' })).toBeVisible();
  await page.getByRole('link', { name: 'eu-data' }).click();
  await page.getByRole('tab', { name: 'Properties' }).click();
  await expect(page.getByText('Europe (Ireland) eu-west-1')).toBeVisible();
  await page.getByRole('tab', { name: 'Objects' }).click();

  await page.getByRole('button', { name: 'Create folder' }).click();
  await page.getByLabel('Folder name').fill('reports');
  await page.getByRole('button', { name: 'Create folder' }).click();
  await expect(page.getByText('Successfully created folder "reports".')).toBeVisible();
  await page.getByRole('link', { name: 'reports/' }).click();
  await expect(page.getByRole('heading', { name: 'reports/', exact: true })).toBeVisible();
  await expect(page.getByText("You don't have any objects in this folder.")).toBeVisible();

  const csv = 'q,total\nq1,42\n';
  await page.getByRole('button', { name: 'Upload' }).first().click();
  await expect(page.getByText(/each file can be at most 10\.0 MB/)).toBeVisible();
  await page.locator('input[type=file]').setInputFiles({
    name: 'too-big.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.alloc(11 * 1024 * 1024),
  });
  await expect(page.getByText('File is too large.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upload', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Remove file 1' }).click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'q1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('1 file uploaded to s3://eu-data/reports/.')).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Objects \(1\)/ })).toBeVisible();
  await page.getByRole('link', { name: 'q1.csv' }).click();
  await expect(page.getByText('s3://eu-data/reports/q1.csv')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(csv);

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByLabel('Tag key 1').fill('team');
  await page.getByLabel('Tag value 1').fill('finance');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Successfully edited tags.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'finance' })).toBeVisible();

  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await page.getByLabel('Destination').fill('s3://eu-data/archive/');
  await page.getByRole('dialog').getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(
    page.getByText('Successfully copied "q1.csv" to s3://eu-data/archive/q1.csv'),
  ).toBeVisible();
  await page.goto('./#/s3/buckets/eu-data');
  await expect(page.getByRole('link', { name: 'archive/' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'reports/' })).toBeVisible();

  // Deleting a folder deletes every object under its prefix.
  await page.getByRole('checkbox', { name: 'archive/' }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('permanently delete');
  await dialog.getByRole('button', { name: 'Delete objects' }).click();
  await expect(page.getByText('1 object deleted from s3://eu-data/.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'archive/' })).toBeHidden();
  await expect(page.getByRole('heading', { name: /Objects \(1\)/ })).toBeVisible();
});

test('a large upload shows its progress, then the upload status', async ({ page }) => {
  await page.goto('./');
  await createBucket(page, 'big-files');
  await page.goto('./#/s3/upload/big-files');
  await page.locator('input[type=file]').setInputFiles(
    [1, 2, 3].map((i) => ({
      name: `part-${i}.bin`,
      mimeType: 'application/octet-stream',
      buffer: Buffer.alloc(8 * 1024 * 1024, i),
    })),
  );
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('Uploading', { exact: true })).toBeVisible();
  await expect(page.getByText(/^[0-3] of 3 files uploaded$/)).toBeVisible();
  await expect(page.getByText('Upload succeeded')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('3 files, 24.0 MB').first()).toBeVisible();
});
