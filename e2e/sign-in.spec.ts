// "IAM user sign in": wrong credentials in AWS's words, the forced password change, MFA (assigned
// with an authenticator app whose codes the test computes from the secret the page shows, then
// asked for at sign-in), and access keys up to the 2-key quota.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expect, test } from './fixtures';
import { loadScenario, nextStep } from './iam-helpers';

const PASSWORD = 'Lab-Password1';

function code(secret: string, ms: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: ms });
}

async function signIn(page: Page, userName: string, password: string) {
  await page.getByRole('button', { name: /^Identity: / }).click();
  await page.getByRole('menuitem', { name: 'Sign in as IAM user' }).click();
  await expect(page.getByRole('heading', { name: 'IAM user sign in' })).toBeVisible();
  await page.getByLabel('Account ID or alias').fill('123456789012');
  await page.getByLabel('IAM username').fill(userName);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('wrong credentials, then a forced password change under the policy', async ({ page }) => {
  await page.goto('./#/iam/users/create');
  await page.getByLabel('User name').fill('alice');
  await page.getByLabel(/Provide user access to the AWS Management Console/).check();
  await page.getByText('Custom password', { exact: true }).click();
  await page.getByLabel('Enter a custom password').fill(PASSWORD);
  await nextStep(page);
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { name: 'Retrieve password' })).toBeVisible();

  await signIn(page, 'alice', 'not-the-password');
  await expect(
    page.getByText('Your authentication information is incorrect. Please try again.'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/sign-in.png', fullPage: true });
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  await expect(page.getByText('You must change your password to continue.')).toBeVisible();
  await page.getByLabel('Old password').fill(PASSWORD);
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('Retype new password').fill('short');
  await page.getByRole('button', { name: 'Confirm password change' }).click();
  await expect(page.getByText(/Must be at least 8 characters long/).last()).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('Brand-New-Pass2');
  await page.getByLabel('Retype new password').fill('Brand-New-Pass2');
  await page.getByRole('button', { name: 'Confirm password change' }).click();
  await expect(page.getByText('Signed in as the IAM user alice.')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Identity: alice, account 1234-5678-9012' }),
  ).toBeVisible();

  // The new password works; the old one no longer does.
  await signIn(page, 'alice', PASSWORD);
  await expect(page.getByText('Your authentication information is incorrect.')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill('Brand-New-Pass2');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as the IAM user alice.')).toBeVisible();
});

test('assign an authenticator app, a wrong code, then sign in with MFA', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/users/details/user-1?section=security_credentials');
  // A set-up left with Cancel deletes its device, so the name is free again.
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.getByRole('button', { name: 'Assign MFA device' }).first().click();
    await page.getByLabel('Device name').fill('user-1-phone');
    await nextStep(page);
    await expect(page.getByRole('heading', { name: 'Set up device' })).toBeVisible();
    if (attempt === 0) {
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(
        page.getByRole('heading', { name: /^Multi-factor authentication/ }),
      ).toBeVisible();
    }
  }
  await page.getByRole('button', { name: 'Show QR code' }).click();
  await expect(page.getByRole('img', { name: 'QR code for the authenticator app' })).toBeVisible();
  await page.screenshot({ path: 'test-results/assign-mfa.png', fullPage: true });
  await page.getByRole('button', { name: 'Show secret key' }).click();
  const secret = (await page.getByTestId('mfa-secret-key').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  const now = Date.now();
  await page.getByLabel('MFA code 1').fill(code(secret, now));
  await page.getByLabel('MFA code 2').fill(code(secret, now));
  await page.getByRole('button', { name: 'Add MFA' }).click();
  await expect(
    page.getByText(/Authentication code for device is not valid\./).first(),
  ).toBeVisible();
  const later = Date.now();
  await page.getByLabel('MFA code 1').fill(code(secret, later - 30_000));
  await page.getByLabel('MFA code 2').fill(code(secret, later));
  await page.getByRole('button', { name: 'Add MFA' }).click();
  await expect(page.getByText('MFA device assigned')).toBeVisible();
  await expect(page.getByText('arn:aws:iam::123456789012:mfa/user-1-phone')).toBeVisible();
  await expect(page.getByText('Enabled with MFA')).toBeVisible();
  await page.goto('./#/iam/users');
  const row = page.getByRole('row', { name: /user-1/ });
  await expect(row).toContainText('Virtual');

  await signIn(page, 'user-1', PASSWORD);
  await expect(page.getByRole('heading', { name: 'Multi-factor authentication' })).toBeVisible();
  await page
    .getByLabel('MFA code')
    .fill('000000' === code(secret, Date.now()) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('Your authentication information is incorrect.')).toBeVisible();
  await page.getByLabel('MFA code').fill(code(secret, Date.now()));
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('Signed in as the IAM user user-1 with MFA.')).toBeVisible();
  await page.getByRole('button', { name: /^Identity: user-1/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Signed in with MFA' })).toBeVisible();
});

test('access keys: the wizard, the secret once, the 2-key quota, deactivate then delete', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  for (const description of ['laptop CLI', '']) {
    await page.goto('./#/iam/users/details/user-2?section=security_credentials');
    await page.getByRole('button', { name: 'Create access key' }).first().click();
    await expect(
      page.getByRole('heading', { name: 'Access key best practices & alternatives' }),
    ).toBeVisible();
    await nextStep(page);
    await expect(
      page.getByText('Choose a use case and confirm that you understand the recommendation.', {
        exact: true,
      }),
    ).toBeVisible();
    await page.getByText('Command Line Interface (CLI)').click();
    await expect(page.getByText('Alternative recommended')).toBeVisible();
    await page.getByText('I understand the above recommendation').click();
    await nextStep(page);
    await page.getByLabel('Description tag value').fill(description);
    await nextStep(page);
    await expect(page.getByText('Access key created')).toBeVisible();
    await page.getByRole('button', { name: 'Show' }).click();
    const id = (await page.getByTestId('access-key-id').textContent()) ?? '';
    const secret = (await page.getByTestId('secret-access-key').textContent()) ?? '';
    expect(id).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(secret).toMatch(/^[A-Za-z0-9+/]{40}$/);
    if (description) {
      await page.screenshot({ path: 'test-results/access-key.png', fullPage: true });
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download .csv file' }).click();
      const csv = await readFile((await (await download).path()) ?? '', 'utf8');
      expect(csv).toBe(`Access key ID,Secret access key\r\n${id},${secret}\r\n`);
    }
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText(`Access key ${id} created.`)).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Access keys (2)' })).toBeVisible();
  await expect(page.getByText('laptop CLI')).toBeVisible();
  await page.screenshot({ path: 'test-results/security-credentials.png', fullPage: true });
  await expect(page.getByRole('button', { name: 'Create access key' })).toBeDisabled();

  // Past the quota, IAM answers LimitExceeded.
  await page.goto('./#/iam/users/details/user-2/create-access-key');
  await page.getByText('Other', { exact: true }).click();
  await page.getByText('I understand the above recommendation').click();
  await nextStep(page);
  await nextStep(page);
  await expect(
    page.getByText('Cannot exceed quota for AccessKeysPerUser: 2').first(),
  ).toBeVisible();

  await page.goto('./#/iam/users/details/user-2?section=security_credentials');
  const actions = page.getByRole('button', { name: /^Actions for AKIA/ }).first();
  await actions.click();
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeDisabled();
  await page.getByRole('menuitem', { name: 'Deactivate' }).click();
  await expect(page.getByText(/deactivated\.$/)).toBeVisible();
  await actions.click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  const keyId = ((await dialog.getByRole('heading').textContent()) ?? '').replace(
    /^Delete (.*)\?$/,
    '$1',
  );
  await dialog.getByRole('textbox').fill(keyId);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText(`Access key ${keyId} deleted.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Access keys (1)' })).toBeVisible();
  await page.goto('./#/iam/users');
  await expect(page.getByRole('row', { name: /user-2/ })).toContainText(
    /AKIA[A-Z2-7]{16} \(Active\)/,
  );
});

test('root adds its own MFA from the dashboard recommendation', async ({ page }) => {
  await page.goto('./#/iam/home');
  await expect(page.getByText('Add MFA for root user', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add MFA' }).click();
  await page.getByLabel('Device name').fill('root-phone');
  await nextStep(page);
  await page.getByRole('button', { name: 'Show secret key' }).click();
  const secret = (await page.getByTestId('mfa-secret-key').textContent()) ?? '';
  const now = Date.now();
  await page.getByLabel('MFA code 1').fill(code(secret, now - 30_000));
  await page.getByLabel('MFA code 2').fill(code(secret, now));
  await page.getByRole('button', { name: 'Add MFA' }).click();
  await expect(
    page.getByRole('heading', { name: 'My security credentials (root user)' }),
  ).toBeVisible();
  await expect(page.getByText('arn:aws:iam::123456789012:mfa/root-phone')).toBeVisible();
  await page.screenshot({ path: 'test-results/root-credentials.png', fullPage: true });
  await page.goto('./#/iam/home');
  await expect(page.getByText('Root user has MFA')).toBeVisible();
});

test('an administrator reset (Manage console access) forces a new password at sign-in', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/users/details/user-3?section=security_credentials');
  await page.getByRole('button', { name: 'Manage console access' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Autogenerated password', { exact: true }).click();
  await dialog.getByText('User must create new password at next sign-in').click();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await dialog.getByRole('button', { name: 'Show' }).click();
  const password = (await dialog.getByTestId('console-password').textContent()) ?? '';
  expect(password).toMatch(/^\S{16,}$/);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await signIn(page, 'user-3', password);
  await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  await page.getByLabel('Old password').fill(password);
  await page.getByLabel('New password', { exact: true }).fill('Another-Pass3');
  await page.getByLabel('Retype new password').fill('Another-Pass3');
  await page.getByRole('button', { name: 'Confirm password change' }).click();
  await expect(page.getByText('Signed in as the IAM user user-3.')).toBeVisible();
});
