import { expect, test } from './fixtures';

test('the built site loads under a sub-path', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('not affiliated with AWS')).toBeVisible();
});
