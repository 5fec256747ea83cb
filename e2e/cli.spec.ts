// The CloudShell panel: the CLI's own error text for a denied call (and its explanation), a
// programmatic-only user acting through "aws configure" and --profile, a deactivated key, and the
// home directory's files going to S3 and back.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadScenario, nextStep, switchTo, confirmPermissionReview } from './iam-helpers';

const BUCKET = 'lab-reports-123456789012';
const PROMPT = '[cloudshell-user@ip-10-0-0-1 ~]$ ';

async function openCloudShell(page: Page) {
  await page.getByRole('button', { name: 'CloudShell', exact: true }).click();
  const shell = page.getByRole('region', { name: 'CloudShell' });
  await expect(shell.getByLabel('CloudShell command')).toBeFocused();
  return shell;
}

/** Types a line at the prompt and waits for the prompt to come back. */
async function run(page: Page, line: string) {
  const input = page.getByLabel('CloudShell command');
  await input.fill(line);
  await input.press('Enter');
  await expect(page.getByLabel('CloudShell command')).toBeVisible();
}

const lastOutput = (page: Page) => page.getByTestId('cloudshell-output').last();

test('a denied call reads as the CLI prints it, and "Why was I denied?" explains it', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await switchTo(page, 'user-2');
  const shell = await openCloudShell(page);
  await run(page, 'aws sts get-caller-identity');
  await expect(lastOutput(page)).toContainText('"Arn": "arn:aws:iam::123456789012:user/user-2"');
  await run(page, 'aws s3 ls');
  await expect(lastOutput(page)).toHaveText(
    'An error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
  );
  await expect(shell.getByText(`${PROMPT}aws s3 ls`)).toBeVisible();
  await page.screenshot({ path: 'test-results/cloudshell-denied.png' });

  await shell.getByRole('button', { name: 'Why was I denied?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Why was I denied?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Implicit deny').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/cloudshell-why.png' });
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // EC2 denials carry the encoded authorization failure message, as the CLI prints it.
  await run(
    page,
    "aws ec2 describe-instances --query 'Reservations[0].Instances[0].InstanceId' --output text",
  );
  const id = ((await lastOutput(page).textContent()) ?? '').trim();
  expect(id).toMatch(/^i-[0-9a-f]{17}$/);
  await run(page, `aws ec2 stop-instances --instance-ids ${id}`);
  await expect(lastOutput(page)).toHaveText(
    new RegExp(
      `^\\s*An error occurred \\(UnauthorizedOperation\\) when calling the StopInstances operation: You are not authorized to perform this operation\\. User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/${id} because no identity-based policy allows the ec2:StopInstances action\\. Encoded authorization failure message: \\S+\\s*$`,
    ),
  );
  await expect(shell.getByRole('button', { name: 'Why was I denied?' })).toHaveCount(2);
  await run(page, 'clear');
  await run(page, 'aws s3 ls');

  // History: ArrowUp brings back the last line, then the one before; ArrowDown goes forward.
  const input = shell.getByLabel('CloudShell command');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('aws s3 ls');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('clear');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('aws s3 ls');
  // Markup in a command is printed as text, never rendered.
  await run(page, 'echo "<img src=x onerror=alert(1)><b>bold</b>"');
  await expect(lastOutput(page)).toHaveText('<img src=x onerror=alert(1)><b>bold</b>');
  await expect(shell.locator('b')).toHaveCount(0);
});

async function createProgrammaticUser(page: Page, userName: string) {
  await page.goto('./#/iam/users/create');
  await page.getByLabel('User name').fill(userName);
  await nextStep(page);
  await page.getByText('Attach policies directly').click();
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('AmazonS3ReadOnly');
  await page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess', exact: true }).check();
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await confirmPermissionReview(page, 'Create user', new RegExp(`^${userName} gains`));
  await expect(page.getByText(`User ${userName} created successfully.`)).toBeVisible();

  await page.goto(`./#/iam/users/details/${userName}?section=security_credentials`);
  await page.getByRole('button', { name: 'Create access key' }).first().click();
  await nextStep(page);
  await page.getByText('Command Line Interface (CLI)').click();
  await page.getByText('I understand the above recommendation').click();
  await nextStep(page);
  await nextStep(page);
  await expect(page.getByText('Access key created')).toBeVisible();
  await page.getByRole('button', { name: 'Show' }).click();
  const id = (await page.getByTestId('access-key-id').textContent()) ?? '';
  const secret = (await page.getByTestId('secret-access-key').textContent()) ?? '';
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText(`Access key ${id} created.`)).toBeVisible();
  return { id, secret };
}

test('a programmatic-only user lists buckets through aws configure and --profile; a deactivated key fails', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  const key = await createProgrammaticUser(page, 'cli-bot');
  const shell = await openCloudShell(page);

  await run(page, 'aws configure --profile bot');
  await expect(shell.getByText('AWS Access Key ID [None]:')).toBeVisible();
  await run(page, key.id);
  await expect(shell.getByText('AWS Secret Access Key [None]:')).toBeVisible();
  await run(page, key.secret);
  await run(page, '');
  await expect(shell.getByText('Default output format [None]:')).toBeVisible();
  await run(page, '');
  await run(page, 'aws configure list --profile bot');
  await expect(lastOutput(page)).toContainText(`****************${key.id.slice(-4)}`);

  await run(page, 'aws s3 ls --profile bot');
  await expect(lastOutput(page)).toHaveText(
    new RegExp(`^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d ${BUCKET}\\s*$`),
  );
  await run(page, 'aws sts get-caller-identity --profile bot --output text');
  await expect(lastOutput(page)).toContainText('arn:aws:iam::123456789012:user/cli-bot');
  // Without the profile, CloudShell runs as the console's identity (root).
  await run(page, 'aws sts get-caller-identity');
  await expect(lastOutput(page)).toContainText('"Arn": "arn:aws:iam::123456789012:root"');
  await page.screenshot({ path: 'test-results/cloudshell-profile.png' });

  // The key's last use shows on the user's page; then the console deactivates it.
  await page.goto('./#/iam/users/details/cli-bot?section=security_credentials');
  await expect(page.locator('dt:has-text("Last used") + dd')).toHaveText('Now');
  await page
    .getByRole('button', { name: /^Actions for AKIA/ })
    .first()
    .click();
  await page.getByRole('menuitem', { name: 'Deactivate' }).click();
  await expect(page.getByText(/deactivated\.$/)).toBeVisible();

  await run(page, 'aws s3 ls --profile bot');
  await expect(lastOutput(page)).toHaveText(
    'An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.',
  );
  await run(page, 'aws sts get-caller-identity --profile bot');
  await expect(lastOutput(page)).toHaveText(
    'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  );
});

test('a local file goes to S3 with aws s3 cp and comes back as a download', async ({ page }) => {
  await loadScenario(page, 'IAM users and groups');
  const shell = await openCloudShell(page);
  await shell.getByText('Upload file').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello from the shell\n'),
  });
  const files = shell.getByRole('region', { name: 'Local files' });
  await expect(files.getByText('notes.txt')).toBeVisible();
  await run(page, `aws s3 cp notes.txt s3://${BUCKET}/shell/`);
  await expect(lastOutput(page)).toHaveText(`upload: notes.txt to s3://${BUCKET}/shell/notes.txt`);
  await run(page, `aws s3 cp s3://${BUCKET}/readme.txt .`);
  await expect(lastOutput(page)).toHaveText(`download: s3://${BUCKET}/readme.txt to ./readme.txt`);
  await run(page, `aws s3 ls s3://${BUCKET}/shell/`);
  await expect(lastOutput(page)).toContainText('21 notes.txt');
  const download = page.waitForEvent('download');
  await files.getByRole('button', { name: 'Download readme.txt' }).click();
  expect((await download).suggestedFilename()).toBe('readme.txt');
  await page.screenshot({ path: 'test-results/cloudshell-files.png' });

  // The drawer's top edge drags it taller; closing and reopening keeps the session.
  const before = (await shell.boundingBox())?.height ?? 0;
  const edge = await shell.getByRole('separator', { name: 'Resize CloudShell' }).boundingBox();
  if (!edge) throw new Error('the resize edge is visible');
  await page.mouse.move(edge.x + 200, edge.y + 3);
  await page.mouse.down();
  await page.mouse.move(edge.x + 200, edge.y - 150, { steps: 5 });
  await page.mouse.up();
  expect((await shell.boundingBox())?.height ?? 0).toBeGreaterThan(before + 100);
  await shell.getByRole('button', { name: 'Close CloudShell' }).click();
  await expect(shell).toBeHidden();
  await page.getByRole('button', { name: 'CloudShell', exact: true }).click();
  await expect(shell.getByText(`${PROMPT}aws s3 ls s3://${BUCKET}/shell/`)).toBeVisible();
  await expect(files.getByText('notes.txt')).toBeVisible();
});
