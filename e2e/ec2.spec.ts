// The EC2 console: launch, the Instance state menu with its transitions, and EC2's denials.
import selectorsModule from '@cloudscape-design/components/test-utils/selectors';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

type CreateWrapper = typeof selectorsModule;
const createWrapper: CreateWrapper =
  (selectorsModule as unknown as { default?: CreateWrapper }).default ?? selectorsModule;
const dropdownTrigger = createWrapper().findButtonDropdown().findNativeButton().toSelector();

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

/** Selects a row (it stays selected), opens "Instance state", picks an item; confirms if asked. */
async function instanceState(page: Page, row: Locator, item: string, confirm?: string) {
  await row.getByRole('checkbox').check();
  await page.locator(dropdownTrigger, { hasText: 'Instance state' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  if (confirm)
    await page.getByRole('dialog').getByRole('button', { name: confirm, exact: true }).click();
}

test('launch an instance and move it through its states', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await nav(page, 'Instances');
  await expect(page.getByRole('heading', { name: /Instances \(0\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Launch instances' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('app-server');
  await page.getByRole('button', { name: 't2.micro' }).click();
  await page.getByRole('option', { name: /t3\.small/ }).click();
  await page.getByRole('button', { name: 'Launch instance', exact: true }).click();
  await expect(
    page.getByText(/^Successfully initiated launch of instance \(i-[0-9a-f]{17}\)$/),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /app-server/ });
  await expect(row.getByText('t3.small')).toBeVisible();
  await expect(row.getByText('Pending')).toBeVisible();
  await expect(row.getByText('Running')).toBeVisible();
  const id = (await row.getByRole('link', { name: /^i-/ }).textContent()) ?? '';

  await instanceState(page, row, 'Stop instance', 'Stop');
  await expect(page.getByText(`Successfully initiated stopping of ${id}`)).toBeVisible();
  await expect(row.getByText('Stopping')).toBeVisible();
  await expect(row.getByText('Stopped')).toBeVisible();

  await instanceState(page, row, 'Start instance');
  await expect(page.getByText(`Successfully initiated starting of ${id}`)).toBeVisible();
  await expect(row.getByText('Running')).toBeVisible();

  await instanceState(page, row, 'Reboot instance', 'Reboot');
  await expect(page.getByText(`Successfully initiated rebooting of ${id}`)).toBeVisible();

  await instanceState(page, row, 'Terminate (delete) instance', 'Terminate (delete)');
  await expect(page.getByText(`Successfully terminated ${id}`)).toBeVisible();
  await expect(row.getByText('Shutting-down')).toBeVisible();
  await expect(row.getByText('Terminated')).toBeVisible();

  await row.getByRole('link', { name: id }).click();
  await expect(
    page.getByRole('heading', { name: `Instance summary for ${id} (app-server)` }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByText('Terminated')).toBeVisible();
});

test('EC2 denials: describe, stop and launch', async ({ page }) => {
  await loadScenario(page);
  await switchTo(page, 'user-1');
  await nav(page, 'Instances');
  await expect(
    page.getByText(
      'You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
    ),
  ).toBeVisible();

  await switchTo(page, 'user-2');
  const row = page.getByRole('row', { name: /Running/ }).first();
  await expect(row).toBeVisible();
  const id = (await row.getByRole('link', { name: /^i-/ }).textContent()) ?? '';
  await instanceState(page, row, 'Stop instance', 'Stop');
  await expect(page.getByText(`Failed to stop the instance ${id}`)).toBeVisible();
  const message = (await page.getByTestId('api-message').first().textContent()) ?? '';
  expect(message).toMatch(
    new RegExp(
      `^You are not authorized to perform this operation\\. User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/${id} because no identity-based policy allows the ec2:StopInstances action\\. Encoded authorization failure message: \\S+$`,
    ),
  );
  await expect(row.getByText('Running')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss message' }).first().click();

  await page.getByRole('button', { name: 'Launch instances' }).click();
  await page.getByRole('button', { name: 'Launch instance', exact: true }).click();
  await expect(page.getByText('Instance launch failed')).toBeVisible();
  await expect(
    page.getByText(/user\/user-2 is not authorized to perform: ec2:RunInstances/).first(),
  ).toBeVisible();
  await page.getByText('Why?').last().click();
  await expect(page.getByRole('dialog').getByText('ec2:RunInstances').first()).toBeVisible();
});
