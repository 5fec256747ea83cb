// Two tabs of one browser on the same lab: a change in one shows in the other within a second,
// without a reload; each tab keeps its own identity; edits made at once in both are all kept.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadScenario, nextStep, startCreateUser, switchTo } from './iam-helpers';

const ROOT = 'Identity: root, account 1234-5678-9012';

/** The guard fixture watches the first tab; this watches the second one the same way. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  return problems;
}

async function addTag(page: Page, key: string, value: string) {
  await page.getByRole('button', { name: 'Manage tags' }).click();
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByLabel('Tag key 1').fill(key);
  await page.getByLabel('Tag value 1').fill(value);
}

test('two tabs: changes show within 1 s, identities stay per tab, concurrent edits are kept', async ({
  page: tabA,
}) => {
  await loadScenario(tabA, 'IAM users and groups');
  const tabB = await tabA.context().newPage();
  const problemsB = watch(tabB);
  await tabB.goto('./#/iam/users');
  await expect(tabB.getByRole('link', { name: 'user-1', exact: true })).toBeVisible();

  // A creates a user; B's list shows it within a second, with no reload.
  await startCreateUser(tabA, 'tab-user');
  await nextStep(tabA);
  await tabA.getByRole('button', { name: 'Create user' }).click();
  await expect(tabA.getByText('User tab-user created successfully.')).toBeVisible();
  await expect(tabB.getByRole('link', { name: 'tab-user', exact: true })).toBeVisible({
    timeout: 1000,
  });

  // A acts as user-1; B stays root, also after a reload, and so does A as user-1.
  await switchTo(tabA, 'user-1');
  await tabB.reload();
  await expect(tabB.getByRole('button', { name: ROOT })).toBeVisible();
  await tabA.reload();
  await expect(
    tabA.getByRole('button', { name: 'Identity: user-1, account 1234-5678-9012' }),
  ).toBeVisible();
  await tabA.getByRole('button', { name: /^Identity: / }).click();
  await tabA.getByRole('menuitem', { name: 'Switch back' }).click();
  await expect(tabA.getByRole('button', { name: ROOT })).toBeVisible();

  // Both tabs edit tab-user's tags from the same starting list and save at once: both tags stay.
  for (const tab of [tabA, tabB]) await tab.goto('./#/iam/users/details/tab-user?section=tags');
  await addTag(tabA, 'team', 'blue');
  await addTag(tabB, 'owner', 'kim');
  await Promise.all(
    [tabA, tabB].map((tab) => tab.getByRole('button', { name: 'Save changes' }).click()),
  );
  for (const tab of [tabA, tabB]) {
    await expect(tab.getByText('Tags for tab-user saved.')).toBeVisible();
    await expect(tab.getByRole('row', { name: /team blue/ })).toBeVisible({ timeout: 1000 });
    await expect(tab.getByRole('row', { name: /owner kim/ })).toBeVisible({ timeout: 1000 });
  }
  expect(problemsB).toEqual([]);
});
