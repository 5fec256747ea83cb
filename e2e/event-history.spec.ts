// CloudTrail > Event history: a denied attempt is listed, its explanation names the deciding
// statement, and "Re-run now" after a policy change says the answer changed. Also how fast the page
// is with 10,000 events (a printed figure, not a timed assertion).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { confirmPermissionReview, jsonPolicyEditor, loadScenario, switchTo } from './iam-helpers';

const BUCKET = 'lab-reports-123456789012';
const NO_LISTING = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'DenyListing', Effect: 'Deny', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::*' },
    ],
  },
  null,
  2,
);

async function addUserInlinePolicy(page: Page, user: string, policyName: string, json: string) {
  await page.goto(`./#/iam/users/details/${user}/inline-policy`);
  await (await jsonPolicyEditor(page)).fill(json);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('Policy name', { exact: true }).fill(policyName);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await confirmPermissionReview(page, 'Save changes');
  await expect(page.getByRole('link', { name: policyName, exact: true })).toBeVisible();
}

async function chooseOption(page: Page, current: string, option: string) {
  await page.getByRole('button', { name: current }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a denied attempt, its deciding statement, and Re-run after the policy is removed', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await addUserInlinePolicy(page, 'user-1', 'NoListing', NO_LISTING);
  await switchTo(page, 'user-1');
  await page.goto(`./#/s3/buckets/${BUCKET}`);
  await expect(page.getByText('Insufficient permissions to list objects')).toBeVisible();
  // The denial banner's "Why?": the deciding statement marked in the whole policy.
  await page.getByText('Why?').click();
  const why = page.getByRole('dialog');
  await expect(why.getByRole('heading', { name: 'Why was this request denied?' })).toBeVisible();
  await expect(why.locator('mark')).toContainText('"Sid": "DenyListing"');
  await expect(why.getByTestId('policy-highlight')).toContainText('"Version": "2012-10-17"');
  await expect(why.getByText('with an explicit deny in an identity-based policy')).toBeVisible();
  await expect(why.getByRole('cell', { name: 'Group S3-Support' })).toBeVisible();
  await page.screenshot({ path: '.test-results/why-denied.png' });
  await why.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: /^Identity: / }).click();
  await page.getByRole('menuitem', { name: 'Switch back' }).click();
  await page.getByRole('link', { name: 'Event history' }).click();
  await expect(page.getByRole('heading', { name: /^Event history/, level: 1 })).toBeVisible();
  await chooseOption(page, 'All outcomes', 'Access denied');
  await chooseOption(page, 'Event name', 'User name');
  await page.getByLabel('Attribute value').fill('user-1');
  await page.getByLabel('Attribute value').press('Enter');
  const row = page.getByRole('row', { name: /ListObjectsV2/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('user-1');
  await expect(row).toContainText('s3.amazonaws.com');
  await expect(row).toContainText(BUCKET);
  await expect(row).toContainText('AccessDenied');
  await page.screenshot({ path: '.test-results/event-history.png' });

  await row.getByRole('link', { name: 'ListObjectsV2' }).click();
  await expect(page.getByRole('heading', { name: 'ListObjectsV2', level: 1 })).toBeVisible();
  const record = page.getByTestId('event-record');
  await expect(record).toContainText('"errorCode": "AccessDenied"');
  await expect(record).toContainText('"eventSource": "s3.amazonaws.com"');
  await expect(record).toContainText('"userName": "user-1"');
  await expect(record).toContainText('"eventType": "AwsApiCall"');
  await expect(page.getByRole('heading', { name: 'Why was this request denied?' })).toBeVisible();
  await expect(page.getByText('Sid "DenyListing", Effect Deny')).toBeVisible();
  await expect(
    page.getByText(/^"with an explicit deny in an identity-based policy": A Deny statement/),
  ).toBeVisible();
  await expect(page.getByTestId('statement-json').first()).toContainText('"Sid": "DenyListing"');
  const eventUrl = page.url();
  await page.getByRole('button', { name: 'Re-run now' }).click();
  await expect(page.getByText('Same answer as then')).toBeVisible();
  await page.screenshot({ path: '.test-results/event-details.png', fullPage: true });

  await page.goto('./#/iam/users/details/user-1');
  await page.getByRole('radio', { name: 'NoListing' }).check();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove policy' }).click();
  await confirmPermissionReview(page, 'Remove policy', /^user-1 gains /);
  await expect(page.getByRole('radio', { name: 'NoListing' })).toBeHidden();

  await page.goto(eventUrl);
  await page.getByRole('button', { name: 'Re-run now' }).click();
  await expect(page.getByText('The answer changed')).toBeVisible();
  await expect(page.getByText('Then: Explicit deny. Now: Allowed.')).toBeVisible();
});

test('the event history with 10,000 events (render times printed)', async ({ page }) => {
  await loadScenario(page, 'Blank lab');
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('iam-console-lab.default');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('calls', 'readwrite');
    const store = tx.objectStore('calls');
    const start = Date.now() - count * 1000;
    for (let i = 0; i < count; i++) {
      const ms = start + i * 1000;
      const user = `user-${i % 20}`;
      store.add({
        time: new Date(ms).toISOString(),
        epochMs: ms,
        principalArn: `arn:aws:iam::123456789012:user/${user}`,
        principalType: 'IAMUser',
        userName: user,
        eventSource: i % 3 ? 'iam.amazonaws.com' : 's3.amazonaws.com',
        eventName: i % 3 ? 'GetUser' : 'ListBuckets',
        action: i % 3 ? 'iam:GetUser' : 's3:ListAllMyBuckets',
        resource: i % 3 ? `arn:aws:iam::123456789012:user/${user}` : '*',
        region: 'us-east-1',
        decision: i % 7 ? 'allowed' : 'implicitDeny',
        ...(i % 7 === 0 && { errorCode: 'AccessDenied', errorMessage: 'denied' }),
        context: { 'aws:SecureTransport': true },
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, 10_000);

  const timed = async (label: string, work: () => Promise<void>) => {
    const start = Date.now();
    await work();
    console.log(`[bench] event history, ${label}: ${Date.now() - start} ms`);
  };
  const rows = page.getByRole('row', { name: /GetUser|ListBuckets/ });
  await timed('first page of 50 (of 10,000)', async () => {
    await page.goto('./#/cloudtrail/events');
    await expect(rows).toHaveCount(50);
  });
  await timed('next page', async () => {
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByRole('button', { name: 'Page 2' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(rows).toHaveCount(50);
  });
  await timed('filter by a user name (scans the log for 500 matches)', async () => {
    await chooseOption(page, 'Event name', 'User name');
    await page.getByLabel('Attribute value').fill('user-7');
    await page.getByLabel('Attribute value').press('Enter');
    await expect(rows.first()).toContainText('user-7');
    await expect(rows).toHaveCount(50);
  });
  await timed('a user name that never called (scans all 10,000)', async () => {
    await page.getByLabel('Attribute value').fill('nobody');
    await page.getByLabel('Attribute value').press('Enter');
    await expect(page.getByText('No events match the lookup attributes.')).toBeVisible();
  });
});
