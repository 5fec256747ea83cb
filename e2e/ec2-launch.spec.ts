// The EC2 console in depth: Regions, the launch wizard's key pair and IAM instance profile
// (iam:PassRole), tag-based policies on instances, and decoding an encoded authorization message.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  confirmPermissionReview,
  loadScenario,
  nextStep,
  replacePolicyJson,
  switchTo,
  wrapper,
} from './iam-helpers';

const dropdownTrigger = wrapper.findButtonDropdown().findNativeButton().toSelector();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/ec2-launch-${name}.png`, fullPage: true });
}

async function switchBackToRoot(page: Page) {
  await page.getByRole('button', { name: /^Identity: / }).click();
  await page.getByRole('menuitem', { name: 'Switch back' }).click();
  await expect(
    page.getByRole('button', { name: 'Identity: root, account 1234-5678-9012' }),
  ).toBeVisible();
}

/** Root writes an inline policy for a user, through the user's inline policy page. */
async function putUserPolicy(page: Page, userName: string, policyName: string, doc: object) {
  await page.goto(`./#/iam/users/details/${userName}/inline-policy`);
  await replacePolicyJson(page, JSON.stringify({ Version: '2012-10-17', Statement: doc }));
  await nextStep(page);
  await page.getByLabel('Policy name').fill(policyName);
  await page.getByRole('button', { name: 'Create policy' }).click();
  await confirmPermissionReview(page, 'Save changes');
  await expect(page.getByText(`Policy ${policyName} created.`)).toBeVisible();
}

async function openLaunch(page: Page) {
  await page.goto('./#/ec2/instances');
  await page.getByRole('button', { name: 'Launch instances' }).first().click();
  await expect(page.getByRole('heading', { name: 'Launch an instance' })).toBeVisible();
}

async function launchTagged(page: Page, name: string, team: string) {
  await openLaunch(page);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Add additional tags' }).click();
  await page.getByLabel('Tag key 1').fill('team');
  await page.getByLabel('Tag value 1').fill(team);
  await page.getByRole('button', { name: 'Launch instance', exact: true }).click();
  await expect(page.getByText(/^Successfully initiated launch of instance/)).toBeVisible();
}

async function stop(page: Page, row: Locator) {
  await row.getByRole('checkbox').check();
  await page.locator(dropdownTrigger, { hasText: 'Instance state' }).click();
  await page.getByRole('menuitem', { name: 'Stop instance' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Stop', exact: true }).click();
}

test('Regions: each has its own instances, the URL and a reload keep the choice', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./#/ec2/instances');
  await expect(page).toHaveURL(/#\/ec2\/instances\?region=us-east-1$/);
  const region = page.getByRole('button', { name: 'Region: US East (N. Virginia)' });
  await expect(region).toHaveText('N. Virginia');
  await region.click();
  await page.getByRole('menuitem', { name: /Europe \(Ireland\)/ }).click();
  await expect(page).toHaveURL(/region=eu-west-1$/);
  await expect(page.getByRole('heading', { name: /Instances \(0\)/ })).toBeVisible();
  await openLaunch(page);
  await expect(page).toHaveURL(/region=eu-west-1$/);
  await page.getByLabel('Name', { exact: true }).fill('dublin-1');
  await shot(page, '01-launch-wizard');
  await page.getByRole('button', { name: 'Launch instance', exact: true }).click();
  const row = page.getByRole('row', { name: /dublin-1/ });
  await expect(row.getByText('eu-west-1a')).toBeVisible();
  await row.getByRole('link', { name: /^i-/ }).click();
  await expect(page.getByText(/^arn:aws:ec2:eu-west-1:123456789012:instance\/i-/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Region: Europe (Ireland)' })).toBeVisible();

  // Another Region: the instance page gives way to that Region's list, without dublin-1.
  await page.getByRole('button', { name: 'Region: Europe (Ireland)' }).click();
  await page.getByRole('menuitem', { name: /US East \(N\. Virginia\)/ }).click();
  await expect(page).toHaveURL(/#\/ec2\/instances\?region=us-east-1$/);
  await expect(page.getByRole('heading', { name: /Instances \(0\)/ })).toBeVisible();
  await page.goto('./#/ec2/instances?region=eu-west-1');
  await expect(page.getByRole('row', { name: /dublin-1/ })).toBeVisible();
});

test('launching with a role is denied without iam:PassRole, decoded, then allowed with it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loadScenario(page, 'IAM users and groups');
  // A role for EC2: the console makes an instance profile of the same name.
  await page.goto('./#/iam/roles');
  await page.getByRole('button', { name: 'Create role' }).click();
  await page.getByRole('button', { name: 'Service or use case' }).click();
  await page.getByRole('option', { name: /\bEC2$/ }).click();
  await nextStep(page);
  await nextStep(page);
  await page.getByLabel('Role name').fill('WebRole');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByText('Role WebRole created.')).toBeVisible();
  await putUserPolicy(page, 'user-3', 'Launch', [
    {
      Effect: 'Allow',
      Action: [
        'ec2:RunInstances',
        'ec2:CreateTags',
        'ec2:CreateKeyPair',
        'iam:ListInstanceProfiles',
        'sts:DecodeAuthorizationMessage',
      ],
      Resource: '*',
    },
  ]);

  await switchTo(page, 'user-3');
  await openLaunch(page);
  await page.getByLabel('Name', { exact: true }).fill('web');
  // Create new key pair: a real key, downloaded once as a .pem.
  await page.getByRole('button', { name: 'Create new key pair' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Key pair name').fill('lab-key');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Create key pair' }).click();
  expect((await download).suggestedFilename()).toBe('lab-key.pem');
  await expect(page.getByText('Successfully created key pair lab-key')).toBeVisible();
  await expect(page.getByRole('button', { name: /Key pair name/ })).toHaveText(/lab-key/);

  await page.getByText('Advanced details').click();
  await page.getByRole('button', { name: /IAM instance profile/ }).click();
  await page.getByRole('option', { name: /WebRole/ }).click();
  await page.getByRole('button', { name: 'Launch instance', exact: true }).click();
  await expect(page.getByText('Instance launch failed')).toBeVisible();
  const message = page.getByTestId('api-message').first();
  await expect(message).toHaveText(
    /^You are not authorized to perform this operation\. User: arn:aws:iam::123456789012:user\/user-3 is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role\/WebRole because no identity-based policy allows the iam:PassRole action\. Encoded authorization failure message: \S+$/,
  );
  await shot(page, '02-launch-denied');

  await page.getByRole('button', { name: 'Decode message' }).click();
  const decode = page.getByRole('dialog', { name: 'Decode authorization message' });
  await decode.getByRole('button', { name: 'Decode message' }).click();
  const decoded = decode.getByLabel('Decoded message');
  await expect(decoded).toContainText('"action": "iam:PassRole"');
  await expect(decoded).toContainText('"explicitDeny": false');
  await expect(decoded).toContainText('"key": "iam:PassedToService"');
  await shot(page, '03-decoded');
  await decode.getByRole('button', { name: 'Close', exact: true }).click();

  await switchBackToRoot(page);
  await putUserPolicy(page, 'user-3', 'PassWebRole', [
    {
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: 'arn:aws:iam::123456789012:role/WebRole',
      Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
    },
  ]);
  await switchTo(page, 'user-3');
  await openLaunch(page);
  await page.getByLabel('Name', { exact: true }).fill('app-1');
  await page.getByText('Advanced details').click();
  await page.getByRole('button', { name: /IAM instance profile/ }).click();
  await page.getByRole('option', { name: /WebRole/ }).click();
  await page.getByRole('button', { name: 'Launch instance', exact: true }).click();
  await expect(page.getByText(/^Successfully initiated launch of instance/)).toBeVisible();
  const appLink = page.getByRole('row', { name: /app-1/ }).getByRole('link', { name: /^i-/ });
  const appId = (await appLink.textContent()) ?? '';
  await appLink.click();
  await expect(page.getByText('WebRole', { exact: true })).toBeVisible();

  // Actions → Security → Modify IAM role: user-3 may not detach it; root may.
  const modifyRole = async () => {
    await page.locator(dropdownTrigger, { hasText: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Security' }).click();
    await page.getByRole('menuitem', { name: 'Modify IAM role' }).click();
    const modal = page.getByRole('dialog', { name: 'Modify IAM role' });
    await modal.getByRole('button', { name: /^IAM role/ }).click();
    await modal.getByRole('option', { name: 'No IAM Role' }).click();
    await modal.getByRole('button', { name: 'Update IAM role' }).click();
    return modal;
  };
  const modal = await modifyRole();
  await expect(modal.getByText('Failed to modify the IAM role')).toBeVisible();
  await expect(modal.getByTestId('api-message')).toContainText(
    `ec2:DisassociateIamInstanceProfile on resource: arn:aws:ec2:us-east-1:123456789012:instance/${appId}`,
  );
  await modal.getByRole('button', { name: 'Cancel' }).click();
  await switchBackToRoot(page);
  await page.goto(`./#/ec2/instances/${appId}`);
  await modifyRole();
  await expect(
    page.getByText(`Successfully detached the IAM role from instance ${appId}`),
  ).toBeVisible();
  await expect(page.getByText('WebRole', { exact: true })).toBeHidden();
});

test('a tag-based policy allows one instance and denies another', async ({ page }) => {
  test.setTimeout(180_000);
  await loadScenario(page, 'IAM users and groups');
  await launchTagged(page, 'blue-box', 'blue');
  await launchTagged(page, 'red-box', 'red');
  await putUserPolicy(page, 'user-1', 'StopBlue', [
    { Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
    {
      Effect: 'Allow',
      Action: 'ec2:StopInstances',
      Resource: 'arn:aws:ec2:*:*:instance/*',
      Condition: { StringEquals: { 'aws:ResourceTag/team': 'blue' } },
    },
  ]);
  await switchTo(page, 'user-1');
  await page.goto('./#/ec2/instances');
  const blue = page.getByRole('row', { name: /blue-box/ });
  const red = page.getByRole('row', { name: /red-box/ });
  await expect(blue.getByText('Running')).toBeVisible();
  await expect(red.getByText('Running')).toBeVisible();
  await stop(page, blue);
  await expect(page.getByText(/^Successfully initiated stopping of i-/)).toBeVisible();
  await expect(blue.getByText('Stopped')).toBeVisible();
  await page.reload(); // a fresh selection: the list keeps selected rows across actions
  const redId = (await red.getByRole('link', { name: /^i-/ }).textContent()) ?? '';
  await stop(page, red);
  await expect(page.getByText(`Failed to stop the instance ${redId}`)).toBeVisible();
  await expect(page.getByTestId('api-message').first()).toContainText(
    `ec2:StopInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/${redId} because no identity-based policy allows the ec2:StopInstances action.`,
  );
  await expect(red.getByText('Running')).toBeVisible();
  await shot(page, '04-tag-denied');

  // The Tags tab: root retags red-box, and user-1 may then stop it.
  await switchBackToRoot(page);
  await page.goto('./#/ec2/instances');
  await red.getByRole('link', { name: redId }).click();
  await page.getByRole('tab', { name: 'Tags' }).click();
  await expect(
    page.getByRole('table', { name: 'Tags' }).getByText('red', { exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Manage tags' }).click();
  await page.getByLabel('Tag value 2').fill('blue');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Successfully saved tags for ${redId}`)).toBeVisible();
  await shot(page, '05-tags-tab');
  await switchTo(page, 'user-1');
  await page.goto('./#/ec2/instances');
  await stop(page, red);
  await expect(page.getByText(`Successfully initiated stopping of ${redId}`)).toBeVisible();
});

test('Key pairs: created in the Region, listed there only, deleted with a typed confirmation', async ({
  page,
}) => {
  await page.goto('./#/ec2/key-pairs?region=ap-southeast-1');
  await expect(
    page.getByRole('button', { name: 'Region: Asia Pacific (Singapore)' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /Key pairs \(0\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Create key pair' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Key pair name').fill(' bad');
  await dialog.getByRole('button', { name: 'Create key pair' }).click();
  await expect(
    dialog.getByText("It can't include leading or trailing spaces.").first(),
  ).toBeVisible();
  await dialog.getByLabel('Key pair name').fill('sg-key');
  await dialog.getByText('ED25519', { exact: true }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Create key pair' }).click();
  expect((await download).suggestedFilename()).toBe('sg-key.pem');
  const row = page.getByRole('row', { name: /sg-key/ });
  await expect(row.getByText('ed25519')).toBeVisible();
  await expect(row.getByText(/^key-[0-9a-f]{17}$/)).toBeVisible();
  await shot(page, '06-key-pairs');
  await page.goto('./#/ec2/key-pairs?region=us-east-1');
  await expect(page.getByRole('heading', { name: /Key pairs \(0\)/ })).toBeVisible();
  await page.goto('./#/ec2/key-pairs?region=ap-southeast-1');
  await row.getByRole('radio').check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('Delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Successfully deleted key pair sg-key')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Key pairs \(0\)/ })).toBeVisible();
});
