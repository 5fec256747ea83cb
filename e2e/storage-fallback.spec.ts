// A browser that will not open IndexedDB (a private window): the banner says the lab is not saved,
// the lab works in memory, and the export is offered.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { nextStep, startCreateUser } from './iam-helpers';

test('without IndexedDB the lab works in memory, says so on every page, and offers the export', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    };
    Object.defineProperty(window.indexedDB, 'open', { value: refuse, configurable: true });
  });
  await page.goto('./#/iam/users');
  const banner = page.getByText('This browser is not saving the lab.');
  await expect(banner).toBeVisible();
  await expect(
    page.getByText(/Your changes are kept in memory only until you close the tab\./),
  ).toBeVisible();

  await startCreateUser(page, 'memory-user');
  await nextStep(page);
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('User memory-user created successfully.')).toBeVisible();
  await page.goto('./#/iam/users');
  await expect(page.getByRole('link', { name: 'memory-user', exact: true })).toBeVisible();
  await page.goto('./#/s3/buckets');
  await expect(banner).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export lab' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const text = await readFile((await file.path()) ?? '', 'utf8');
  expect(text).toContain('memory-user');
});
