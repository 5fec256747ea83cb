// Accessibility: axe (WCAG 2.0/2.1 A and AA) on every page of the console, in each state that has
// its own layout. Serious and critical violations fail the test; the rest are printed.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, wrapper } from './fixtures';
import { readFileSync } from 'node:fs';
import {
  loadScenario,
  nextStep,
  policyEditorJsonButton,
  replacePolicyJson,
  startCreateUser,
} from './iam-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const SHELL = [wrapper.findTopNavigation().toSelector(), wrapper.findSideNavigation().toSelector()];

interface Finding {
  state: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on the page as it is now and keeps what it found under `state`. */
class Audit {
  readonly findings: Finding[] = [];
  private shellChecked = false;
  constructor(private readonly page: Page) {}

  async check(state: string, { withShell = false } = {}) {
    const t0 = Date.now();
    let builder = new AxeBuilder({ page: this.page })
      .withTags(TAGS)
      .options({ resultTypes: ['violations'] });
    // The console's shell (top and side navigation) is the same on every page: checked in full on
    // the first state of each test, then left out, so each later check reads the page's own part.
    if (this.shellChecked && !withShell)
      for (const selector of SHELL) builder = builder.exclude(selector);
    const results = await builder.analyze();
    this.shellChecked = true;
    if (process.env.AXE_DEBUG) {
      console.log(`${state} ${Date.now() - t0} ms`);
      for (const v of results.violations)
        for (const n of v.nodes)
          console.log(
            `  ${v.id} ${v.impact} ${n.target.join(' ')}\n    ${n.html.slice(0, 300)}\n    ${n.failureSummary}`,
          );
    }
    for (const v of results.violations) {
      this.findings.push({
        state,
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      });
    }
  }

  /** Prints every finding and fails on the serious and critical ones. */
  report() {
    const lines = this.findings.map(
      (f) => `[${f.impact}] ${f.state}: ${f.id} (${f.help}) ${f.targets.join(' | ')}`,
    );
    console.log(`axe: ${this.findings.length} violation(s)\n${lines.join('\n')}`);
    const severe = this.findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
    expect(severe.map((f) => `${f.state}: ${f.id} ${f.targets.join(' | ')}`)).toEqual([]);
  }
}

async function visit(page: Page, audit: Audit, hash: string, ready: () => Promise<void>) {
  await page.goto(`./#${hash}`);
  await ready();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  await audit.check(hash);
}

test('every list, detail page and tab (filled)', async ({ page }) => {
  test.setTimeout(240_000);
  const audit = new Audit(page);
  await loadScenario(page, 'IAM users and groups');
  const h1 = () => expect(page.locator('h1').first()).toBeVisible();
  const urls = [
    '/iam/home',
    '/iam/users',
    '/iam/users/details/user-1?section=permissions',
    '/iam/users/details/user-1?section=groups',
    '/iam/users/details/user-1?section=tags',
    '/iam/users/details/user-1?section=security_credentials',
    '/iam/users/details/user-1?section=access_advisor',
    '/iam/groups',
    '/iam/groups/details/S3-Support?section=users',
    '/iam/groups/details/S3-Support?section=permissions',
    '/iam/roles',
    '/iam/roles/details/AWSServiceRoleForSupport?section=permissions',
    '/iam/roles/details/AWSServiceRoleForSupport?section=trust_relationships',
    '/iam/roles/details/AWSServiceRoleForSupport?section=tags',
    '/iam/roles/details/AWSServiceRoleForSupport?section=access_advisor',
    '/iam/roles/details/AWSServiceRoleForSupport?section=revoke_sessions',
  ];
  for (const url of urls) await visit(page, audit, url, h1);
  audit.report();
});

test('policies, access tools, lab, S3, EC2 and CloudTrail pages (filled)', async ({ page }) => {
  test.setTimeout(240_000);
  const audit = new Audit(page);
  await loadScenario(page, 'IAM users and groups');
  const h1 = () => expect(page.locator('h1').first()).toBeVisible();
  const urls = [
    '/iam/policies',
    '/iam/policies/details/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAmazonS3ReadOnlyAccess?section=permissions',
    '/iam/policies/details/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAmazonS3ReadOnlyAccess?section=entities',
    '/iam/policies/details/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAmazonS3ReadOnlyAccess?section=versions',
    '/iam/policies/details/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAmazonS3ReadOnlyAccess?section=tags',
    '/iam/organization/scps/create',
    '/s3/bucket/create',
    '/iam/account_settings',
    '/iam/account_settings/password_policy/edit',
    '/iam/credential_report',
    '/iam/security_credentials',
    '/iam/organization/scps',
    '/iam/who-can',
    '/iam/access-matrix',
    '/iam/policy-simulator',
    '/lab/scenarios',
    '/lab/labs',
    '/lab/timeline',
    '/lab/request-context',
    '/lab/predictions',
    '/s3/buckets',
    '/s3/buckets/lab-reports-123456789012',
    '/ec2/instances',
    '/cloudtrail/home',
  ];
  for (const url of urls) await visit(page, audit, url, h1);
  audit.report();
});

test('wizard steps and the permission review', async ({ page }) => {
  test.setTimeout(240_000);
  const audit = new Audit(page);
  await loadScenario(page, 'IAM users and groups');

  // Create user: the three steps.
  await page.goto('./#/iam/users/create');
  await expect(page.getByLabel('User name')).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  await audit.check('Create user, step 1');
  await startCreateUser(page, 'a11y-user');
  await expect(page.getByText('Permissions options')).toBeVisible();
  await audit.check('Create user, step 2');
  await nextStep(page);
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
  await audit.check('Create user, step 3');

  await page.goto('./#/iam/groups/create');
  await expect(page.getByLabel('User group name')).toBeVisible();
  await audit.check('Create user group');

  // Create role: trusted entity, permissions, name and review.
  await page.goto('./#/iam/roles/create');
  await expect(page.getByRole('heading', { name: 'Select trusted entity' }).first()).toBeVisible();
  await audit.check('Create role, step 1');
  await page.getByRole('button', { name: 'Service or use case' }).click();
  await page.getByRole('option', { name: /\bEC2$/ }).click();
  await nextStep(page);
  await expect(page.getByLabel('Search policies')).toBeVisible();
  await audit.check('Create role, step 2');
  await nextStep(page);
  await expect(page.getByLabel('Role name')).toBeVisible();
  await audit.check('Create role, step 3');

  // Create policy: the visual editor, the JSON editor, review.
  await page.goto('./#/iam/policies/create');
  await expect(policyEditorJsonButton(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add more permissions' })).toBeVisible();
  await audit.check('Create policy, visual editor');
  await replacePolicyJson(
    page,
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}',
  );
  await audit.check('Create policy, JSON editor');
  await nextStep(page);
  await expect(page.getByLabel('Policy name')).toBeVisible();
  await audit.check('Create policy, review');

  // Inline policy on a group, then the permission review modal.
  await page.goto('./#/iam/groups/details/EC2-Admin/inline-policy');
  await replacePolicyJson(
    page,
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}',
  );
  await nextStep(page);
  await page.getByLabel('Policy name').fill('A11yPolicy');
  await page.getByRole('button', { name: 'Create policy' }).click();
  const review = page.getByRole('dialog', { name: 'Review permission changes' });
  await expect(review.getByTestId('permission-diff-summary')).toBeVisible();
  await audit.check('Review permission changes');
  await review.getByRole('button', { name: 'Cancel' }).click();

  // Access keys and MFA wizards.
  await page.goto('./#/iam/users/details/user-1/create-access-key');
  await expect(page.getByText('Command Line Interface (CLI)')).toBeVisible();
  await audit.check('Create access key, step 1');
  await page.goto('./#/iam/users/details/user-1/mfa/assign');
  await expect(page.getByLabel('Device name')).toBeVisible();
  await audit.check('Assign MFA device, step 1');

  // EC2 launch.
  await page.goto('./#/ec2/instances/launch');
  await expect(page.getByRole('heading', { name: 'Launch an instance' })).toBeVisible();
  await audit.check('Launch an instance');

  audit.report();
});

test('modals, menus, panels, CloudShell, the simulator and the matrix with results', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const audit = new Audit(page);
  await loadScenario(page, 'IAM users and groups');
  const dialog = page.getByRole('dialog');

  // Delete confirmation.
  await page.goto('./#/iam/users');
  await page.getByRole('checkbox', { name: 'user-3', exact: true }).check();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog).toBeVisible();
  await audit.check('Delete user modal');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Switch user modal and the Switch Role page.
  await page.getByRole('button', { name: /^Identity: / }).click();
  await audit.check('Identity menu', { withShell: true });
  await page.getByRole('menuitem', { name: 'Switch to user' }).click();
  await expect(dialog).toBeVisible();
  await audit.check('Switch to user modal');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.goto('./#/switchrole');
  await expect(page.getByRole('textbox', { name: 'IAM role name' })).toBeVisible();
  await audit.check('Switch Role');

  // The help panel, opened from an Info link.
  await page.goto('./#/iam/users');
  await page.getByRole('button', { name: /^Info/ }).first().click();
  await expect(
    page.locator(wrapper.findAppLayout().findTools().toSelector()).getByRole('heading').first(),
  ).toBeVisible();
  await audit.check('Help panel');

  // CloudShell panel with output.
  await page.getByRole('button', { name: 'CloudShell', exact: true }).click();
  const input = page.getByLabel('CloudShell command');
  await input.fill('aws iam list-users');
  await input.press('Enter');
  await expect(page.getByTestId('cloudshell-output').last()).toContainText('user-1');
  await audit.check('CloudShell');
  await page.getByRole('button', { name: 'CloudShell', exact: true }).click();

  // Policy simulator with results.
  await page.goto('./#/iam/policy-simulator');
  const principal = wrapper.findSelect('[data-testid="simulator-principal"]');
  await page.locator(principal.findTrigger().toSelector()).click();
  await page.getByRole('option', { name: 'user-1', exact: true }).click();
  const multi = (id: string) => wrapper.findMultiselect(`[data-testid="${id}"]`);
  for (const [id, text, option] of [
    ['simulator-services', 'Amazon S3', 'Amazon S3 s3'],
    ['simulator-actions', 's3:GetObject', 's3:GetObject'],
  ] as const) {
    await page.locator(multi(id).findTrigger().toSelector()).click();
    await page.locator(multi(id).findFilteringInput().findNativeInput().toSelector()).fill(text);
    await page.getByRole('option', { name: option }).first().click();
    await page.keyboard.press('Escape');
  }
  await page.getByRole('button', { name: 'Run Simulation' }).click();
  await expect(page.locator(wrapper.findTable().findRows().toSelector()).first()).toContainText(
    'allowed',
  );
  await audit.check('Policy simulator, results');

  // Access matrix computed, and a cell explained.
  await page.goto('./#/iam/access-matrix');
  await expect(page.getByText(/principals × \d+ actions computed in \d+ ms\./)).toBeVisible();
  await audit.check('Access matrix');

  // Lab import preview, from the lab's own export.
  await page.goto('./#/lab/labs');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export lab', exact: true }).click(),
  ]);
  await page.locator('input[type=file][accept*=json]').setInputFiles({
    name: 'my-lab.lab.json',
    mimeType: 'application/json',
    buffer: readFileSync(await download.path()),
  });
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible();
  await audit.check('Import preview');

  audit.report();
});

test('empty lists and the sign-in pages', async ({ page }) => {
  test.setTimeout(240_000);
  const audit = new Audit(page);
  await loadScenario(page, 'Blank lab');
  const ready = async () => {
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.getByText(/^Loading/)).toHaveCount(0);
  };
  for (const url of ['/iam/users', '/iam/groups', '/s3/buckets', '/ec2/instances']) {
    await visit(page, audit, url, ready);
  }
  await page.goto('./#/signin?account=123456789012');
  await expect(page.getByRole('heading', { name: 'IAM user sign in' })).toBeVisible();
  await audit.check('IAM user sign in');
  await page.getByLabel('IAM username').fill('nobody');
  await page.getByLabel('Password', { exact: true }).fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Your authentication information is incorrect.')).toBeVisible();
  await audit.check('IAM user sign in, error');
  audit.report();
});
