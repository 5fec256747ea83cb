// A user's Tags tab: "Manage tags" with IAM's rules checked per row, then "Save changes".
import { expect, test } from './fixtures';
import { loadScenario } from './iam-helpers';

test('manage tags: reserved and duplicate keys are refused, then tags are saved', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/users/details/user-3?section=tags');
  await page.getByRole('button', { name: 'Manage tags' }).click();
  await expect(page.getByText('You can add up to 50 more tags.')).toBeVisible();
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByLabel('Tag key 1').fill('aws:owner');
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByLabel('Tag key 2').fill('Team');
  await page.getByLabel('Tag value 2').fill('blue');
  await page.getByRole('button', { name: 'Add new tag' }).click();
  await page.getByLabel('Tag key 3').fill('team');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/That prefix is reserved for AWS use/)).toBeVisible();
  await expect(page.getByText(/You must specify a unique tag key/)).toBeVisible();
  await expect(page.getByText('You can add up to 47 more tags.').first()).toBeVisible();

  await page.getByLabel('Tag key 1').fill('owner');
  await page.getByLabel('Tag value 1').fill('<b>ops</b>');
  await page.getByRole('button', { name: 'Remove' }).nth(2).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/The value can only contain letters/)).toBeVisible();
  await page.getByLabel('Tag value 1').fill('ops team');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Tags for user-3 saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tags (2)' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row', { name: /owner ops team/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Team blue/ })).toBeVisible();
});
