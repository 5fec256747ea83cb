// The Content-Security-Policy of index.html holds on every page of the console: no page, editor,
// worker, QR code or the CloudShell panel needs an inline script, eval or a connection elsewhere.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadScenario } from './iam-helpers';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
    __inlineRan?: number;
  }
}

const BUCKET = 'lab-reports-123456789012';
const S3_READ_ONLY = encodeURIComponent('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');

const IAM_PAGES = [
  '/iam/home',
  '/iam/users',
  '/iam/users/create',
  '/iam/users/details/user-1',
  '/iam/users/details/user-1/add-permissions',
  '/iam/users/details/user-1/inline-policy',
  '/iam/users/details/user-1/create-access-key',
  '/iam/groups',
  '/iam/groups/create',
  '/iam/groups/details/EC2-Admin',
  '/iam/groups/details/EC2-Admin/inline-policy',
  '/iam/roles',
  '/iam/roles/create',
  '/iam/roles/details/AWSServiceRoleForSupport',
  '/iam/roles/details/AWSServiceRoleForSupport/attach-policies',
  '/iam/roles/details/AWSServiceRoleForSupport/inline-policy',
  '/iam/roles/details/AWSServiceRoleForSupport/edit-trust-policy',
  '/switchrole',
  '/iam/policies',
  `/iam/policies/details/${S3_READ_ONLY}`,
  '/iam/account_settings',
  '/iam/account_settings/password_policy/edit',
  '/iam/credential_report',
  '/iam/security_credentials',
  '/iam/organization/scps',
  '/iam/organization/scps/create',
  '/iam/organization/scps/details/p-FullAWSAccess',
  '/iam/organization/scps/details/p-FullAWSAccess/edit',
  '/iam/who-can',
  '/iam/policy-simulator',
];

const OTHER_PAGES = [
  '/lab/labs',
  '/lab/scenarios',
  '/scenarios/open',
  '/lab/timeline',
  '/lab/request-context',
  '/lab/predictions',
  '/cloudtrail/events',
  '/ec2/instances',
  '/ec2/instances/launch',
  '/ec2/key-pairs',
  '/s3/buckets',
  '/s3/bucket/create',
  `/s3/buckets/${BUCKET}`,
  `/s3/bucket/${BUCKET}/delete`,
  `/s3/bucket/${BUCKET}/empty`,
  `/s3/bucket/${BUCKET}/create-folder`,
  `/s3/bucket/${BUCKET}/property/policy/edit`,
  `/s3/bucket/${BUCKET}/property/bpa/edit`,
  `/s3/upload/${BUCKET}`,
  `/s3/object/${BUCKET}?prefix=readme.txt`,
];

function collectViolations() {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          window.__cspViolations?.push({
            directive: e.violatedDirective,
            blocked: e.blockedURI,
            sample: e.sample,
          });
        },
        true,
      );
    });
  });

  test.afterEach(async ({ page }) => {
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  });
}

/** Opens each route in the same document (a hash change) and waits for its own h1. */
async function visitAll(page: Page, routes: readonly string[]) {
  for (const route of routes) {
    await page.evaluate(() => {
      for (const h1 of document.querySelectorAll('h1')) h1.setAttribute('data-visited', '');
    });
    await page.evaluate((hash) => (window.location.hash = hash), route);
    const heading = page.locator('h1:not([data-visited])').first();
    await expect(heading, route).toBeVisible();
    await expect(heading, route).not.toHaveText('Page not found');
    await expect(page.getByText('Something went wrong on this page'), route).toBeHidden();
  }
}

test('the policy is enforced: no inline script or eval runs, and a violation is seen', async ({
  browser,
  baseURL,
}) => {
  // A context of its own, so the refusals it provokes on purpose do not fail the suite's guard.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations?.push({ directive: e.violatedDirective, blocked: '', sample: '' }),
    );
  });
  const response = await page.goto('./');
  const html = (await response?.text()) ?? '';
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  // The built page's scripts are all files (no inline module preload polyfill or bootstrap).
  expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
  await expect(page.getByRole('heading', { name: 'IAM Dashboard' })).toBeVisible();

  // Playwright's own evaluate is exempt from the page's CSP; code the page compiles is not.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = 1';
    document.head.append(script);
    setTimeout('window.__inlineRan = 2', 0);
  });
  await expect
    .poll(() => page.evaluate(() => window.__cspViolations?.map((v) => v.directive).sort()))
    .toEqual(['script-src', 'script-src-elem']);
  expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
  await context.close();
});

test.describe('every page', () => {
  collectViolations();

  test('every IAM page renders under the policy', async ({ page }) => {
    await loadScenario(page, 'IAM users and groups');
    await visitAll(page, IAM_PAGES);
  });

  test('the lab, S3, EC2 and CloudTrail pages and the sign-in page render under the policy', async ({
    page,
  }) => {
    await loadScenario(page, 'IAM users and groups');
    await visitAll(page, OTHER_PAGES);
    await page.getByRole('link', { name: 'Instances', exact: true }).click();
    await page.getByRole('link', { name: /^i-/ }).first().click();
    await expect(page.getByRole('heading', { name: /Instance summary for i-/ })).toBeVisible();
    // A write, so Event history has an event to open.
    await page.goto(`./#/s3/bucket/${BUCKET}/create-folder`);
    await page.getByLabel('Folder name').fill('csp');
    await page.getByRole('button', { name: 'Create folder' }).click();
    await expect(page.getByRole('link', { name: 'csp/' })).toBeVisible();
    await page.goto('./#/cloudtrail/events');
    await page.getByRole('link', { name: 'PutObject' }).first().click();
    await expect(page.getByRole('heading', { name: 'PutObject', level: 1 })).toBeVisible();
    await page.goto('./#/signin');
    await expect(page.locator('h1').first()).toBeVisible();
  });

  test('the JSON and visual editors, the access matrix worker, CloudShell and the MFA QR code render under the policy', async ({
    page,
  }) => {
    await loadScenario(page, 'IAM users and groups');
    await page.goto('./#/iam/policies/create');
    await expect(page.getByRole('button', { name: 'Add more permissions' })).toBeVisible();
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const editor = page.getByRole('textbox', { name: 'Policy editor' });
    await expect(editor).toBeVisible();
    // CodeMirror's own styles (injected at run time) apply: its root is a flex column.
    const root = page.locator('.cm-editor').first();
    await expect(root).toHaveCSS('display', 'flex');
    await expect(root).toHaveCSS('flex-direction', 'column');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('{"Version": "2012-10-17"');
    await expect(editor).toContainText('"2012-10-17"');
    await page.screenshot({ path: '.test-results/csp-policy-editor.png' });

    await page.goto('./#/iam/access-matrix');
    await expect(page.getByText(/principals × \d+ actions computed in \d+ ms\./)).toBeVisible();

    await page.getByRole('button', { name: 'CloudShell', exact: true }).click();
    const input = page.getByLabel('CloudShell command');
    await input.fill('aws sts get-caller-identity');
    await input.press('Enter');
    await expect(page.getByTestId('cloudshell-output').last()).toContainText('"Account"');

    await page.goto('./#/iam/users/details/user-1/mfa/assign');
    await page.getByLabel('Device name').fill('lab-phone');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Show QR code' }).click();
    const qr = page.getByRole('img', { name: 'QR code for the authenticator app' });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByText('Lab data: not a real AWS credential.')).toBeVisible();
  });
});
