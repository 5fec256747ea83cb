// Account settings: the password policy (IAM default → Custom, with its ranges) and the rules it
// puts on console passwords; the account alias and the sign-in URL built from it; the credential
// report's CSV.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { loadScenario, nextStep, startCreateUser } from './iam-helpers';

test('a custom password policy, then a console password that does not meet it', async ({
  page,
}) => {
  await page.goto('./#/iam/account_settings');
  await expect(page.getByRole('heading', { name: 'Account settings', level: 1 })).toBeVisible();
  await expect(
    page.getByText('This AWS account uses the following default password policy:'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'Edit password policy' })).toBeVisible();
  await page.getByText('Custom', { exact: true }).click();
  const minLength = page.getByLabel('Password minimum length');
  await minLength.fill('5');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Needs to be between 6 and 128.').last()).toBeVisible();
  await page.screenshot({ path: 'test-results/edit-password-policy.png', fullPage: true });
  await minLength.fill('14');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Set custom' }).click();
  await expect(page.getByText('Password policy updated.')).toBeVisible();
  await expect(
    page.getByText('This AWS account uses the following custom password policy:'),
  ).toBeVisible();
  await expect(page.getByText('Password minimum length: 14 characters')).toBeVisible();
  await expect(page.getByText('Password expires in 90 day(s)')).toBeVisible();
  await page.screenshot({ path: 'test-results/account-settings.png', fullPage: true });

  await startCreateUser(page, 'alice');
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('User alice created successfully.')).toBeVisible();
  await page.goto('./#/iam/users/details/alice?section=security_credentials');
  await page.getByRole('button', { name: 'Enable console access' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Custom password').click();
  await expect(dialog.getByText('Must be at least 14 characters long')).toBeVisible();
  await dialog.getByLabel('Enter a custom password').fill('Short-Pass-1');
  await dialog.getByRole('button', { name: 'Enable console access' }).click();
  await expect(
    dialog.locator('[class*="error"]').getByText(/Must be at least 14 characters long/),
  ).toBeVisible();
  await dialog.getByLabel('Enter a custom password').fill('Long-Enough-Pass-1');
  await dialog.getByRole('button', { name: 'Enable console access' }).click();
  await expect(
    dialog.getByText("You have successfully enabled the user's new password."),
  ).toBeVisible();
});

test("the account alias names the sign-in URL; a bad alias gets IAM's ValidationError", async ({
  page,
}) => {
  await page.goto('./#/iam/account_settings');
  await expect(page.getByText('https://123456789012.signin.aws.amazon.com/console')).toBeVisible();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Preferred alias').fill('My_Lab');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    dialog.getByText(
      /failed to satisfy constraint: Member must satisfy regular expression pattern/,
    ),
  ).toBeVisible();
  await dialog.getByLabel('Preferred alias').fill('my-training-lab');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Account alias my-training-lab created.')).toBeVisible();
  await expect(
    page.getByText('https://my-training-lab.signin.aws.amazon.com/console'),
  ).toBeVisible();
});

test('the credential report has AWS header and the <root_account> row', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/credential_report');
  await expect(page.getByRole('heading', { name: 'Credential report', level: 1 })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download credentials report' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^status_reports_\d{4}-\d\d-\d\dT\d\d[:_]\d\d[:_]\d\d\+00[:_]00\.csv$/,
  );
  const lines = (await readFile((await file.path()) ?? '', 'utf8')).trimEnd().split('\n');
  expect(lines[0]).toBe(
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated',
  );
  expect(lines[1]).toMatch(/^<root_account>,arn:aws:iam::123456789012:root,/);
  expect(lines.slice(2).map((l) => l.split(',')[0])).toEqual(['user-1', 'user-2', 'user-3']);
  expect(lines[2]).toMatch(
    /^user-1,arn:aws:iam::123456789012:user\/user-1,[^,]+,true,no_information,/,
  );
});

test('the dashboard recommends MFA from the lab, with quick links and the alias', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/home');
  await expect(page.getByRole('heading', { name: 'Security recommendations' })).toBeVisible();
  await expect(page.getByText('Add MFA for root user', { exact: true })).toBeVisible();
  await expect(page.getByText('Root user has no active access keys')).toBeVisible();
  await expect(page.getByText('Add MFA for 3 IAM users')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Quick Links' })).toBeVisible();
  await page.screenshot({ path: 'test-results/dashboard.png', fullPage: true });
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Preferred alias').fill('iam-lab');
  await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
  // The dialog shows the URL too until it has closed.
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('https://iam-lab.signin.aws.amazon.com/console')).toBeVisible();
  await page.getByRole('link', { name: 'Credential report' }).last().click();
  await expect(page.getByRole('heading', { name: 'Credential report', level: 1 })).toBeVisible();
});

test('the new pages are deep links that survive a reload', async ({ page }) => {
  for (const [hash, heading] of [
    ['#/iam/account_settings', 'Account settings'],
    ['#/iam/account_settings/password_policy/edit', 'Edit password policy'],
    ['#/iam/credential_report', 'Credential report'],
    ['#/iam/security_credentials', 'My security credentials (root user)'],
    ['#/signin?account=123456789012', 'IAM user sign in'],
  ] as const) {
    await page.goto(`./${hash}`);
    await page.reload();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
  await expect(page.getByLabel('Account ID or alias')).toHaveValue('123456789012');
});
