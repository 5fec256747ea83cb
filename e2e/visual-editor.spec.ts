// The visual policy editor: build a policy (S3 → ListBucket + GetObject → a specific bucket ARN),
// switch to JSON and see the document, switch back and forth unchanged, and save it as a customer
// managed policy.
import { expect, test } from './fixtures';
import { nextStep, replacePolicyJson, wrapper } from './iam-helpers';

test('a policy built in the visual editor is the JSON document that gets saved', async ({
  page,
}) => {
  await page.goto('./#/iam/policies');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByRole('heading', { name: 'Specify permissions' })).toBeVisible();
  // The policy editor opens in Visual, as the console's does.
  await expect(page.getByRole('heading', { name: 'Select a service' })).toBeVisible();

  const service = wrapper.findSelect('[data-testid="service"]');
  await page.locator(service.findTrigger().toSelector()).click();
  await page.locator(service.findFilteringInput().findNativeInput().toSelector()).fill('Amazon S3');
  await page.getByRole('option', { name: /^Amazon S3 s3$/ }).click();
  await expect(page.getByRole('heading', { name: 'Amazon S3' })).toBeVisible();

  const filter = page.getByRole('searchbox', { name: 'Filter actions' });
  await filter.fill('ListBucket');
  await page.getByRole('checkbox', { name: 'ListBucket', exact: true }).check();
  await filter.fill('GetObject');
  await page.getByRole('checkbox', { name: 'GetObject', exact: true }).check();
  await filter.fill('');

  await page.getByRole('button', { name: 'Add ARNs for bucket' }).click();
  await page.getByRole('textbox', { name: 'bucket BucketName' }).fill('lab-bucket');
  await expect(page.getByText('arn:aws:s3:::lab-bucket', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add ARNs', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove arn:aws:s3:::lab-bucket' })).toBeVisible();
  await page.screenshot({ path: 'test-results/visual-editor.png', fullPage: true });

  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Policy editor' });
  const text = await editor.innerText();
  expect(JSON.parse(text)).toEqual({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Statement1',
        Effect: 'Allow',
        Action: ['s3:ListBucket', 's3:GetObject'],
        Resource: 'arn:aws:s3:::lab-bucket',
      },
    ],
  });

  // JSON → Visual → JSON with no edits gives back the same document.
  await page.getByRole('button', { name: 'Visual', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Amazon S3' })).toBeVisible();
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  await expect.poll(() => editor.innerText()).toBe(text);

  await expect(page.getByRole('tab', { name: 'Errors: 0' })).toBeVisible();

  // Leaving the step from the visual editor and coming back with "Edit" reopens the visual editor.
  await page.getByRole('button', { name: 'Visual', exact: true }).click();
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Amazon S3' })).toBeVisible();
  await nextStep(page);
  await page.getByLabel('Policy name').fill('VisualS3Reader');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText('Policy VisualS3Reader created.')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search policies' }).fill('VisualS3Reader');
  await page.getByRole('link', { name: 'VisualS3Reader', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'VisualS3Reader', exact: true })).toBeVisible();
});

test('a policy the visual editor cannot show stays in JSON, with a notice', async ({ page }) => {
  await page.goto('./#/iam/policies');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await replacePolicyJson(
    page,
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "s3:*", "Resource": "*"}]}',
  );
  const editor = page.getByRole('textbox', { name: 'Policy editor' });
  await page.getByRole('button', { name: 'Visual', exact: true }).click();
  await expect(
    page.getByText(
      "The visual editor can't show this policy because statement 1 uses NotAction. Edit it in the JSON editor.",
    ),
  ).toBeVisible();
  await expect(editor).toBeVisible();

  // Saved, then edited: such a policy opens in JSON, with the same notice.
  await nextStep(page);
  await page.getByLabel('Policy name').fill('NotActionPolicy');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expect(page.getByText('Policy NotActionPolicy created.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('NotActionPolicy');
  await page.getByRole('link', { name: 'NotActionPolicy', exact: true }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(
    page.getByText(
      "The visual editor can't show this policy because statement 1 uses NotAction. Edit it in the JSON editor.",
    ),
  ).toBeVisible();
  await expect(editor).toContainText('NotAction');
});
