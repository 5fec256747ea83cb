// Predict mode: a right guess (root adds a group Deny), a wrong one (the group Deny stops user-2),
// the reveal with its explanation and misconception, the score on Lab > Predictions, and nothing
// asked once the mode is off.
import type { Page } from '@playwright/test';
import { expect, test, wrapper } from './fixtures';
import { loadScenario, nextStep, replacePolicyJson, switchTo } from './iam-helpers';

const DENY_STOP = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*' }],
});
const dropdownTrigger = wrapper.findButtonDropdown().findNativeButton().toSelector();

/** Answers predict mode's question and returns the reveal dialog. */
async function predict(page: Page, answer: string, about: RegExp) {
  const question = page.getByRole('dialog', { name: 'Predict the decision' });
  await expect(question).toContainText(about);
  await question.getByRole('button', { name: answer, exact: true }).click();
  const reveal = page.getByRole('dialog', { name: 'Prediction result' });
  await expect(reveal).toBeVisible();
  return reveal;
}

async function stopFirstRunningInstance(page: Page) {
  await page.goto('./#/ec2/instances');
  const row = page.getByRole('row', { name: /Running/ }).first();
  await row.getByRole('checkbox').check();
  await page.locator(dropdownTrigger, { hasText: 'Instance state' }).click();
  await page.getByRole('menuitem', { name: 'Stop instance' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Stop', exact: true }).click();
}

test('predict, reveal, score and misconception; nothing asked with the mode off', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.getByRole('button', { name: 'Predict mode off (turn on)' }).click();
  await expect(page.getByRole('button', { name: 'Predict mode on (turn off)' })).toBeVisible();

  // Right: root may add a Deny to EC2-Support.
  await page.goto('./#/iam/groups/details/EC2-Support/inline-policy');
  await replacePolicyJson(page, DENY_STOP);
  await nextStep(page);
  await page.getByLabel('Policy name').fill('DenyStop');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await page
    .getByRole('dialog', { name: 'Review permission changes' })
    .getByRole('button', { name: 'Save changes', exact: true })
    .click();
  let reveal = await predict(page, 'Allowed', /Put group policy \(iam:PutGroupPolicy\).* as root/);
  await expect(reveal.getByText('Your prediction was right.')).toBeVisible();
  await reveal.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Policy DenyStop created.')).toBeVisible();

  // Wrong: EC2-Support's new Deny is an explicit deny, not an implicit one.
  await switchTo(page, 'user-2');
  await stopFirstRunningInstance(page);
  reveal = await predict(page, 'Implicit deny', /Stop instances \(ec2:StopInstances\).* as user-2/);
  await expect(reveal.getByText('Your prediction was wrong.')).toBeVisible();
  await expect(reveal.getByText('A group Deny is an explicit deny')).toBeVisible();
  await expect(reveal.getByText('Group EC2-Support').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/predict-reveal.png' });
  await reveal.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/^Failed to stop the instance i-/)).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Side navigation' })
    .getByRole('link', { name: 'Predictions', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Predictions', level: 1 })).toBeVisible();
  const wrongRow = page.getByRole('row', { name: /ec2:StopInstances/ });
  await expect(wrongRow).toContainText('Implicit deny');
  await expect(wrongRow).toContainText('Explicit deny');
  await expect(wrongRow).toContainText('Wrong');
  await expect(wrongRow).toContainText('A group Deny is an explicit deny');
  await expect(page.getByRole('row', { name: /iam:PutGroupPolicy/ })).toContainText('Right');
  await expect(page.getByText('Behind 1 wrong guess', { exact: true })).toBeVisible();
  await expect(page.getByText('50%')).toBeVisible();
  await page.screenshot({ path: 'test-results/predictions-page.png', fullPage: true });

  // Off: the action runs straight away, and shows its usual result.
  await page.getByText('Ask for a prediction before each action').click();
  await expect(page.getByRole('button', { name: 'Predict mode off (turn on)' })).toBeVisible();
  await stopFirstRunningInstance(page);
  await expect(page.getByText(/^Failed to stop the instance i-/)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Predict the decision' })).toHaveCount(0);
});
