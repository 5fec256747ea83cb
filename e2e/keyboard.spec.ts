// The newcomer's path done with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows; no
// mouse): a group with a managed policy, a user in it, the user's Permissions tab, then acting as
// that user from the identity menu and meeting a denial.
import type { Locator, Page } from '@playwright/test';
import { expect, test, wrapper } from './fixtures';
import { loadScenario } from './iam-helpers';

/**
 * Presses Tab, or Shift+Tab when the focus is below `target` in the page, until `target` has the
 * focus; fails if the keyboard never reaches it.
 */
async function tabTo(page: Page, target: Locator, max = 120) {
  await expect(target).toBeVisible();
  const back = await target.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return (el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  // Marked once, so that each step checks the focus without resolving the locator again.
  await target.evaluate((el) => el.setAttribute('data-keyboard-target', ''));
  const reached = () =>
    page.evaluate(() => document.activeElement?.hasAttribute('data-keyboard-target') ?? false);
  for (let i = 0; i < max && !(await reached()); i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await target.evaluate((el) => el.removeAttribute('data-keyboard-target'));
  await expect(target, `the keyboard never reached ${target.toString()}`).toBeFocused({
    timeout: 1,
  });
}

async function press(page: Page, target: Locator, key: string) {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

test('create a group and a user, check permissions and meet a denial, by keyboard', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./#/iam/groups');
  await expect(page.getByRole('heading', { name: /^IAM user groups/ })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Side navigation' });

  // Create user group with AmazonS3ReadOnlyAccess.
  await press(page, page.getByRole('button', { name: 'Create group' }).first(), 'Enter');
  await tabTo(page, page.getByLabel('User group name'));
  await page.keyboard.type('Readers');
  await tabTo(page, page.getByRole('searchbox', { name: 'Search policies' }));
  await page.keyboard.type('AmazonS3ReadOnly');
  await press(
    page,
    page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess', exact: true }),
    'Space',
  );
  await expect(
    page.getByRole('checkbox', { name: 'AmazonS3ReadOnlyAccess', exact: true }),
  ).toBeChecked();
  await press(page, page.getByRole('button', { name: 'Create user group' }), 'Enter');
  await expect(page.getByText('Readers user group created.')).toBeVisible();

  // Create user, added to the group in step 2.
  await press(page, nav.getByRole('link', { name: 'IAM users', exact: true }), 'Enter');
  await press(page, page.getByRole('button', { name: 'Create user' }).first(), 'Enter');
  await tabTo(page, page.getByLabel('User name'));
  await page.keyboard.type('reader');
  await press(page, page.getByRole('button', { name: 'Next', exact: true }), 'Enter');
  await press(page, page.getByRole('checkbox', { name: 'Readers', exact: true }), 'Space');
  await expect(page.getByRole('checkbox', { name: 'Readers', exact: true })).toBeChecked();
  await press(page, page.getByRole('button', { name: 'Next', exact: true }), 'Enter');
  await press(page, page.getByRole('button', { name: 'Create user' }), 'Enter');
  // The permission review comes first; its Create user confirms, by keyboard too.
  const review = page.getByRole('dialog', { name: 'Review permission changes' });
  await expect(review.getByText(/^reader gains \d+ actions/)).toBeVisible();
  await press(page, review.getByRole('button', { name: 'Create user', exact: true }), 'Enter');
  await expect(page.getByText('User reader created successfully.')).toBeVisible();

  // The user's Permissions tab shows the policy through the group.
  await press(page, page.getByRole('link', { name: 'reader', exact: true }), 'Enter');
  await expect(page.getByRole('heading', { name: 'reader', exact: true })).toBeVisible();
  await tabTo(page, page.getByRole('tab', { name: 'Permissions' }));
  await expect(page.getByRole('tab', { name: 'Permissions' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const permissions = page.getByRole('tabpanel');
  await expect(permissions.getByText('AmazonS3ReadOnlyAccess')).toBeVisible();
  await expect(permissions.getByText('Group Readers')).toBeVisible();

  // Switch to the user from the identity menu.
  const identity = page.getByRole('button', { name: /^Identity: root/ });
  await tabTo(page, identity);
  await page.keyboard.press('Enter');
  const switchItem = page.getByRole('menuitem', { name: 'Switch to user' });
  for (
    let i = 0;
    i < 10 &&
    !(await switchItem.evaluate(
      (el) => el === document.activeElement || el.contains(document.activeElement),
    ));
    i++
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await press(page, dialog.getByRole('button', { name: 'IAM user' }), 'Enter');
  const highlighted = page.locator(
    wrapper.findSelect().findDropdown().findHighlightedOption().toSelector(),
  );
  // The list finds a user by typing (a lab may hold thousands), then the arrows pick one.
  await page.keyboard.type('reader');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 10 && (await highlighted.textContent()) !== 'reader'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await press(page, dialog.getByRole('button', { name: 'Switch', exact: true }), 'Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Identity: reader/ })).toBeVisible();
  // Focus comes back to the identity menu, not to the top of the page.
  await expect(page.getByRole('button', { name: /^Identity: reader/ })).toBeFocused();

  // As reader, the users list is denied in AWS's words.
  await press(page, nav.getByRole('link', { name: 'IAM users', exact: true }), 'Enter');
  await expect(page.getByText(/is not authorized to perform: iam:ListUsers/).first()).toBeVisible();
});

test('the access matrix by keyboard: a focus ring, arrow keys and Enter explain a cell', async ({
  page,
}) => {
  await loadScenario(page, 'IAM users and groups');
  await page.goto('./#/iam/access-matrix');
  await expect(page.getByText(/principals × \d+ actions computed in \d+ ms\./)).toBeVisible();
  await tabTo(page, page.getByRole('searchbox', { name: 'Filter actions' }));
  await page.keyboard.type('s3:GetObjectTagging');
  const canvas = page.getByTestId('access-matrix-canvas');
  await tabTo(page, canvas);
  const ring = await canvas.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).toBe('solid');
  // Row 2 is user-2 (EC2 read only): an implicit deny.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('matrix-cell-readout')).toHaveText(
    'user-2 · s3:GetObjectTagging · Implicit deny',
  );
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'user-1 → s3:GetObjectTagging' })).toBeVisible();
});
