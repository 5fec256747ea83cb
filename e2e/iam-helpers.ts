// Steps the IAM specs share: load a scenario, switch identity, walk the Create user wizard.
import type { Page } from '@playwright/test';
import { expect, wrapper } from './fixtures';

export { wrapper };

export async function loadScenario(
  page: Page,
  name:
    | 'Blank lab'
    | 'IAM users and groups'
    | 'A small company'
    | 'Best practices'
    | 'Roles'
    | 'Privilege escalation',
) {
  await page.goto('./#/lab/scenarios');
  await page.getByRole('button', { name: `Load ${name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Load scenario' }).click();
  await expect(page.getByText(`Scenario "${name}" loaded.`)).toBeVisible();
}

export async function switchTo(page: Page, userName: string) {
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

export async function nextStep(page: Page) {
  await page.locator(wrapper.findWizard().findPrimaryButton().toSelector()).click();
}

/** Step 1 of Create user, from the users list; stops on step 2. */
export async function startCreateUser(page: Page, userName: string) {
  await page.goto('./#/iam/users');
  await page.getByRole('button', { name: 'Create user' }).first().click();
  await page.getByLabel('User name').fill(userName);
  await nextStep(page);
}

/**
 * The JSON side of the policy editor's Visual | JSON switch. Scoped to the editor's own toolbar:
 * while a route's code loads, the page before it (a policy's Summary | JSON view) is still shown.
 */
export function policyEditorJsonButton(page: Page) {
  return page
    .getByRole('toolbar', { name: 'Policy editor' })
    .getByRole('button', { name: 'JSON', exact: true });
}

/**
 * The policy wizards open in the visual editor, as the console's do: switches to JSON (harmless
 * when already there) and replaces the document.
 */
export async function replacePolicyJson(page: Page, text: string) {
  await policyEditorJsonButton(page).click();
  const editor = page.getByRole('textbox', { name: 'Policy editor' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.fill(text);
}

/** The policy wizards' JSON editor, opened from the Visual | JSON switch. */
export async function jsonPolicyEditor(page: Page) {
  await policyEditorJsonButton(page).click();
  return page.getByRole('textbox', { name: 'Policy editor' });
}

/**
 * "Review permission changes": waits for the diff, checks its summary when given, and confirms
 * with the dialog's own button.
 */
export async function confirmPermissionReview(
  page: Page,
  button: string,
  summary?: string | RegExp,
) {
  const dialog = page.getByRole('dialog', { name: 'Review permission changes' });
  const text = dialog.getByTestId('permission-diff-summary');
  await expect(text).toBeVisible();
  if (summary !== undefined) await expect(text).toHaveText(summary);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}
