// Lab > Request context: an MFA condition flips when the panel changes what requests send, and the
// panel shows which keys each request sent.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { confirmPermissionReview, jsonPolicyEditor, loadScenario, switchTo } from './iam-helpers';

const MFA_ONLY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ListUsersWithMfa',
        Effect: 'Allow',
        Action: 'iam:ListUsers',
        Resource: '*',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
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

test('an MFA condition flips when the request context changes', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  await addUserInlinePolicy(page, 'user-1', 'ListUsersWithMfa', MFA_ONLY);
  await switchTo(page, 'user-1');

  await page.goto('./#/iam/users');
  await expect(page.getByText("You don't have permission to iam:ListUsers.")).toBeVisible();
  await expect(
    page.getByText(
      'User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action',
    ),
  ).toBeVisible();
  // "Why?": the statement that came closest, its condition, and the key the request lacked.
  await page.getByText('Why?').click();
  const why = page.getByRole('dialog');
  await expect(why.getByRole('heading', { name: /^Closest statements/ })).toBeVisible();
  await expect(why.getByText('Sid "ListUsersWithMfa", Effect Allow').first()).toBeVisible();
  await expect(why.getByText('A condition is false')).toBeVisible();
  const condition = why.getByRole('row', { name: /aws:MultiFactorAuthPresent/ }).first();
  await expect(condition).toContainText('Bool');
  await expect(condition).toContainText('Missing from the request');
  await why.getByRole('heading', { name: /^Closest statements/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.test-results/why-closest.png' });
  await why.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('link', { name: 'Request context' }).first().click();
  await expect(page.getByRole('heading', { name: 'Request context', level: 1 })).toBeVisible();
  await page.getByLabel('Source IP').fill('10.0.0.300');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByText('Enter a single IPv4 or IPv6 address, such as 203.0.113.10.'),
  ).toBeVisible();
  await page.getByLabel('Source IP').fill('203.0.113.10');
  await page.getByRole('radio', { name: /^MFA present/ }).check();
  await page.getByLabel('MFA age (seconds)').fill('120');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Request context saved.')).toBeVisible();

  await page.goto('./#/iam/users');
  await expect(page.getByRole('link', { name: 'user-2', exact: true })).toBeVisible();
  await expect(page.getByText("You don't have permission to iam:ListUsers.")).toBeHidden();

  await page.goto('./#/lab/request-context');
  const latest = page.getByRole('row', { name: /ListUsers/ }).first();
  await expect(latest).toContainText('aws:MultiFactorAuthPresent=true');
  await expect(latest).toContainText('aws:MultiFactorAuthAge=120');
  await expect(latest).toContainText('aws:SourceIp=203.0.113.10');
  await page.screenshot({ path: '.test-results/request-context.png', fullPage: true });

  await page.getByRole('radio', { name: /^MFA not present/ }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Request context saved.')).toBeVisible();
  await page.goto('./#/iam/users');
  await expect(page.getByText("You don't have permission to iam:ListUsers.")).toBeVisible();
});
