// Lab > Labs: export, reset and import give back the same lab; a share link opens the scenario in
// a fresh browser; two labs side by side, switched between (and remembered across a reload).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadScenario, switchTo } from './iam-helpers';

async function openLabs(page: Page) {
  await page.goto('./#/lab/labs');
  await expect(page.getByRole('heading', { name: 'Labs', level: 1 })).toBeVisible();
}

async function expectUsers(page: Page, names: string[]) {
  await page.goto('./#/iam/users');
  await expect(page.getByRole('heading', { name: `IAM users (${names.length})` })).toBeVisible();
  for (const name of names)
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
}

/** A value of the preview's key-value pairs (a dl: each term, then its definition). */
function previewValue(page: Page, label: string) {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::*[1]');
}

test('export, reset and import give back the same lab; a bad file changes nothing', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await openLabs(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export lab', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('my-lab.lab.json');
  const text = readFileSync(await download.path(), 'utf8');

  await loadScenario(page, 'Blank lab');
  await expectUsers(page, []);

  await openLabs(page);
  const input = page.locator('input[type=file]');
  await input.setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, 200)),
  });
  await expect(page.getByText('This file cannot be imported')).toBeVisible();
  await expect(page.getByText(/The file is not valid JSON \(is it cut short\?\)/)).toBeVisible();

  await input.setInputFiles({
    name: 'my-lab.lab.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible();
  await expect(previewValue(page, 'Format')).toHaveText('Lab export (iam-console-lab, version 1)');
  await expect(previewValue(page, 'Users')).toHaveText('3');
  await expect(previewValue(page, 'User groups')).toHaveText('3');
  await expect(previewValue(page, 'Objects')).toHaveText('3');
  await expect(previewValue(page, 'Instances')).toHaveText('2');
  await page.getByRole('button', { name: 'Replace current lab' }).click();
  await expect(page.getByText('The current lab now holds "My lab".')).toBeVisible();

  await expectUsers(page, ['user-1', 'user-2', 'user-3']);
  await page.goto('./#/iam/groups/details/EC2-Admin?section=users');
  await expect(page.getByRole('link', { name: 'user-3', exact: true })).toBeVisible();
  await page.goto('./#/s3/buckets/lab-reports-123456789012');
  await expect(page.getByRole('link', { name: 'report-2026-q1.csv' })).toBeVisible();
  // The same instances, not new ones: their IDs are the exported ones.
  const exported = JSON.parse(text) as { lab: { stores: { instances: { instanceId: string }[] } } };
  await page.goto('./#/ec2/instances');
  for (const { instanceId } of exported.lab.stores.instances) {
    await expect(page.getByRole('link', { name: instanceId })).toBeVisible();
  }
  await expect(page.getByRole('cell', { name: 'Running' })).toHaveCount(2);
});

test('a share link opens the scenario in a fresh browser', async ({ page, browser }) => {
  await loadScenario(page, 'IAM users and groups');
  await openLabs(page);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/#\/scenarios\/open\?s=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThanOrEqual(8000);

  const context = await browser.newContext();
  const other = await context.newPage();
  const errors: string[] = [];
  other.on('pageerror', (err) => errors.push(err.message));
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Open shared scenario' })).toBeVisible();
  await expect(previewValue(other, 'Format')).toHaveText(
    'Scenario (iam-console-lab-scenario, version 1)',
  );
  await expect(previewValue(other, 'Users')).toHaveText('3');
  await other.getByRole('button', { name: 'Open in a new lab' }).click();
  await expect(other.getByText('Lab "My lab (2)" created. You are now in it.')).toBeVisible();
  await expectUsers(other, ['user-1', 'user-2', 'user-3']);

  await other.goto(link.replace(/s=.*/, 's=not-a-lab'));
  await expect(other.getByText('This link cannot be opened')).toBeVisible();
  await expect(other.getByText(/This link is damaged/)).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();

  // A lab too large for a link: a scenario whose bucket policy is 9,000 random characters.
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as scenario' }).click(),
  ]);
  expect(exported.suggestedFilename()).toBe('my-lab.scenario.json');
  const scenario = JSON.parse(readFileSync(await exported.path(), 'utf8')) as {
    lab: { stores: { buckets: { policy?: string }[] } };
  };
  const noise = Array.from({ length: 9000 }, () => Math.floor(Math.random() * 36).toString(36));
  (scenario.lab.stores.buckets[0] as { policy?: string }).policy = noise.join('');
  await page.locator('input[type=file]').setInputFiles({
    name: 'big.scenario.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await page.getByRole('button', { name: 'Replace current lab' }).click();
  await expect(page.getByText('The current lab now holds "My lab".')).toBeVisible();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(
    dialog.getByText(
      /^This lab is too large for a link \(\d{1,2},\d{3} characters; the limit is 8,000\)\. Export it as a file instead\.$/,
    ),
  ).toBeVisible();
  const [fallback] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export lab' }).click(),
  ]);
  expect(fallback.suggestedFilename()).toBe('my-lab.lab.json');
});

test('two labs side by side: switch, reload, switch back', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  await switchTo(page, 'user-1');
  await openLabs(page);
  await page.getByRole('button', { name: 'Create lab' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create lab' });
  await dialog.getByLabel('Lab name').fill('Second lab');
  // Enter in the name confirms, as the button does.
  await dialog.getByLabel('Lab name').press('Enter');
  await expect(page.getByText('Lab "Second lab" created.')).toBeVisible();

  await page.getByRole('radio', { name: 'Second lab' }).check();
  await page.getByRole('button', { name: 'Switch to lab' }).click();
  await expect(page.getByText('Switched to the lab "Second lab".')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Identity: root, account 1234-5678-9012' }),
  ).toBeVisible();
  await expectUsers(page, []);

  await page.reload();
  await page.getByRole('button', { name: /^Identity: / }).click();
  await expect(page.getByRole('menuitem', { name: 'Current lab: Second lab' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expectUsers(page, []);

  await openLabs(page);
  await page.getByRole('radio', { name: 'My lab' }).check();
  await page.getByRole('button', { name: 'Switch to lab' }).click();
  await expectUsers(page, ['user-1', 'user-2', 'user-3']);
});
