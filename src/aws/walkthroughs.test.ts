import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import * as ec2 from './ec2-api';
import * as iam from './iam';
import * as lab from './lab';
import { getSecurityRecommendations } from './security-recommendations';
import { errorOf } from './test-support';
import { evaluateCheck, runWalkthroughCheck } from './walkthrough-checks';
import { readWalkthroughLabState } from './walkthrough-lab-state';
import { walkthroughSchema, type WalkthroughCheck } from '@/storage/walkthrough-schema';
import { WALKTHROUGHS, findWalkthrough } from './walkthroughs';
import { DEV_TOOLS_POLICY_ARN } from '@/storage/seed-privilege-escalation';

const root = rootCaller();
const ACCOUNT = '123456789012';

beforeEach(useFreshIndexedDb);

async function holds(check: WalkthroughCheck): Promise<boolean> {
  return (await runWalkthroughCheck(check)).passed;
}

function stepCheck(walkthroughId: string, stepId: string): WalkthroughCheck {
  const step = findWalkthrough(walkthroughId)?.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${walkthroughId}/${stepId}`);
  return step.check;
}

describe('built-in walkthroughs', () => {
  it('cover every built-in scenario', () => {
    expect(WALKTHROUGHS.map((w) => w.scenarioId).sort()).toEqual(
      lab.SCENARIOS.map((s) => s.id).sort(),
    );
  });

  it.each(WALKTHROUGHS.map((w) => [w.id, w] as const))(
    '%s: no step passes on the freshly loaded scenario',
    async (_id, walkthrough) => {
      await lab.loadScenario(walkthrough.scenarioId);
      const state = await readWalkthroughLabState();
      for (const step of walkthrough.steps) {
        expect(evaluateCheck(step.check, state).passed, step.id).toBe(false);
      }
    },
  );
});

describe('A small company', () => {
  beforeEach(() => lab.loadScenario('small-company'));

  it('has a user for everyone but Peter, each in the group for their job', async () => {
    const users = await iam.listUsers(root);
    expect(users.map((u) => u.userName).sort()).toEqual(['Jane', 'John', 'Maria', 'Mary', 'Sally']);
    expect(await holds({ kind: 'exists', entity: 'user', name: 'Peter' })).toBe(false);
    for (const [user, group] of [
      ['Sally', 'DevOps'],
      ['Maria', 'WebDevelopers'],
      ['John', 'WebDevelopers'],
      ['Jane', 'Mobile'],
      ['Mary', 'Accountants'],
    ] as const) {
      expect(await holds({ kind: 'member', user, group }), `${user} in ${group}`).toBe(true);
    }
  });

  it('gives DevOps console and programmatic access, Mobile programmatic only', async () => {
    expect(await holds({ kind: 'consoleAccess', user: 'Sally' })).toBe(true);
    expect(await holds({ kind: 'accessKeyStatus', user: 'Sally', status: 'Active' })).toBe(true);
    expect(await holds({ kind: 'consoleAccess', user: 'Jane' })).toBe(false);
    expect(await holds({ kind: 'accessKeyStatus', user: 'Jane', status: 'Active' })).toBe(true);
    expect(
      await holds({
        kind: 'policyAttached',
        principal: { group: 'DevOps' },
        policyArn: 'arn:aws:iam::aws:policy/AmazonSQSFullAccess',
      }),
    ).toBe(true);
    expect(
      await holds({
        kind: 'decision',
        principal: { user: 'Jane' },
        action: 'cognito-idp:ListUserPools',
        expect: 'allowed',
      }),
    ).toBe(true);
  });

  it('lets the accountants read the billing bucket and nothing else', async () => {
    const billing = `arn:aws:s3:::billing-${ACCOUNT}`;
    const mary = (action: string, resource: string) =>
      holds({ kind: 'decision', principal: { user: 'Mary' }, action, resource, expect: 'allowed' });
    expect(await mary('s3:GetObject', `${billing}/invoices/2026-01.csv`)).toBe(true);
    expect(await mary('s3:ListBucket', billing)).toBe(true);
    expect(await mary('s3:PutObject', `${billing}/invoices/x.csv`)).toBe(false);
    expect(await mary('s3:GetObject', `arn:aws:s3:::web-assets-${ACCOUNT}/index.html`)).toBe(false);
    const state = await readWalkthroughLabState();
    expect(state.names.bucket.has(`billing-${ACCOUNT}`)).toBe(true);
  });
});

describe('Best practices', () => {
  beforeEach(() => lab.loadScenario('best-practices'));

  it('starts with the problems the Dashboard and the lesson point out', async () => {
    const recommendations = await getSecurityRecommendations(root);
    expect(recommendations.rootMfa).toBe(false);
    expect(recommendations.usersWithUnusedCredentials).toContain('build-bot');
    expect(recommendations.usersWithDirectPolicies).toEqual(['dev-admin']);
    expect(await holds({ kind: 'hasDirectPolicies', user: 'dev-admin' })).toBe(true);
    expect(await holds({ kind: 'hasDirectPolicies', user: 'admin-1' })).toBe(false);
    expect(await holds({ kind: 'mfaDevice', root: true })).toBe(false);
  });

  it('passes each step once it is fixed through the API', async () => {
    const groups = stepCheck('best-practices', 'permissions-through-groups');
    await iam.addUserToGroup(root, 'Admins', 'dev-admin');
    expect((await runWalkthroughCheck(groups)).failures).toEqual([
      'not: dev-admin has policies attached directly',
    ]);
    await iam.detachUserPolicy(root, 'dev-admin', 'arn:aws:iam::aws:policy/AdministratorAccess');
    expect(await holds(groups)).toBe(true);

    const key = stepCheck('best-practices', 'unused-access-key');
    const [accessKey] = await iam.listAccessKeys(root, 'build-bot');
    await iam.updateAccessKey(root, 'build-bot', accessKey?.accessKeyId ?? '', 'Inactive');
    expect(await holds(key)).toBe(true);
  });
});

describe('IAM users and groups', () => {
  beforeEach(() => lab.loadScenario('iam-users-and-groups'));

  it('needs the denied stop, the membership and the allowed stop, in that order', async () => {
    const [instance] = await ec2.describeInstances(root);
    const id = instance?.instanceId ?? '';
    const user2 = userCaller('user-2');
    const tried = stepCheck('iam-users-and-groups', 'try-stop-as-user-2');
    const startMs = Date.now();
    await errorOf(ec2.stopInstances(user2, [id]));
    expect((await runWalkthroughCheck(tried, startMs)).passed).toBe(true);
    // Calls made before the step started do not count.
    expect((await runWalkthroughCheck(tried, Date.now() + 60_000)).passed).toBe(false);

    const added = stepCheck('iam-users-and-groups', 'add-user-2-to-ec2-admin');
    await iam.addUserToGroup(root, 'EC2-Admin', 'user-2');
    expect(await holds(added)).toBe(true);
    expect(await holds(tried)).toBe(false);
    await ec2.stopInstances(user2, [id]);
    expect(await holds(stepCheck('iam-users-and-groups', 'stop-as-user-2'))).toBe(true);
  });
});

describe('Privilege escalation', () => {
  beforeEach(() => lab.loadScenario('privilege-escalation'));

  it('lets intern pass the admin role and tools-dev rewrite its policy, until fixed', async () => {
    const passRole = stepCheck('privilege-escalation', 'restrict-pass-role');
    expect((await runWalkthroughCheck(passRole)).failures).toEqual([
      'only members of Admins may iam:PassRole',
    ]);
    const { policyDocument: document } = await iam.getUserPolicy(
      root,
      'intern',
      'LaunchWithAnyRole',
    );
    const fixed = document.replace('"iam:PassRole",', '');
    expect(fixed).not.toContain('iam:PassRole');
    await iam.putUserPolicy(root, 'intern', 'LaunchWithAnyRole', fixed);
    expect(await holds(passRole)).toBe(true);

    const escalate = stepCheck('privilege-escalation', 'escalate-policy-version');
    expect(await holds(escalate)).toBe(false);
    const everything = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    // CreatePolicyVersion alone sets the new default: tools-dev needs nothing more.
    await iam.createPolicyVersion(userCaller('tools-dev'), DEV_TOOLS_POLICY_ARN, everything, true);
    expect(await holds(escalate)).toBe(true);

    const versions = stepCheck('privilege-escalation', 'restrict-policy-versions');
    await iam.deleteUserPolicy(root, 'tools-dev', 'ManageDevTools');
    // Still escalated: the rewritten version is the default.
    expect(await holds(versions)).toBe(false);
    await iam.setDefaultPolicyVersion(root, DEV_TOOLS_POLICY_ARN, 'v1');
    expect(await holds(versions)).toBe(true);
  });
});

describe('Roles', () => {
  beforeEach(() => lab.loadScenario('roles'));

  it('has an instance running with the role and a role dev-1 may switch to', async () => {
    const instances = await ec2.describeInstances(root);
    const app = instances.find((i) => i.name === 'app-server');
    expect(app?.iamInstanceProfile?.arn).toBe(
      `arn:aws:iam::${ACCOUNT}:instance-profile/app-server-role`,
    );
    expect(
      await holds({
        kind: 'decision',
        principal: { role: 'app-server-role' },
        action: 's3:GetObject',
        resource: `arn:aws:s3:::app-data-${ACCOUNT}/config/app.json`,
        expect: 'allowed',
      }),
    ).toBe(true);
    expect(
      await holds({
        kind: 'decision',
        principal: { user: 'dev-1' },
        action: 'sts:AssumeRole',
        resource: `arn:aws:iam::${ACCOUNT}:role/ops-readonly`,
        expect: 'allowed',
      }),
    ).toBe(true);
  });
});

describe('checks', () => {
  it.each([
    [
      'all of a true and a false',
      {
        kind: 'all',
        checks: [
          { kind: 'exists', entity: 'user', name: 'user-1' },
          { kind: 'exists', entity: 'user', name: 'nobody' },
        ],
      },
      false,
    ],
    [
      'any of a true and a false',
      {
        kind: 'any',
        checks: [
          { kind: 'exists', entity: 'user', name: 'user-1' },
          { kind: 'exists', entity: 'user', name: 'nobody' },
        ],
      },
      true,
    ],
    [
      'not of a false',
      { kind: 'not', check: { kind: 'exists', entity: 'group', name: 'nobody' } },
      true,
    ],
    [
      'names compare case-insensitively',
      { kind: 'member', user: 'USER-3', group: 'ec2-admin' },
      true,
    ],
    [
      'an explicit deny is not an implicit deny',
      {
        kind: 'decision',
        principal: { user: 'user-2' },
        action: 'ec2:StopInstances',
        expect: 'explicitDeny',
      },
      false,
    ],
    [
      'a missing principal decides nothing',
      {
        kind: 'decision',
        principal: { user: 'nobody' },
        action: 's3:ListBucket',
        expect: 'denied',
      },
      false,
    ],
  ] as const)('%s', async (_name, check, expected) => {
    await lab.loadScenario('iam-users-and-groups');
    expect(await holds(check as WalkthroughCheck)).toBe(expected);
  });

  it('sees an explicit deny from a group policy', async () => {
    await lab.loadScenario('iam-users-and-groups');
    await iam.putGroupPolicy(
      root,
      'EC2-Support',
      'NoStop',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 'ec2:StopInstances', Resource: '*' }],
      }),
    );
    expect(
      await holds({
        kind: 'decision',
        principal: { user: 'user-2' },
        action: 'ec2:StopInstances',
        expect: 'explicitDeny',
      }),
    ).toBe(true);
  });
});

describe('walkthroughSchema', () => {
  const valid = WALKTHROUGHS[0];
  it('rejects unknown check kinds and repeated step IDs', () => {
    const step = valid?.steps[0];
    expect(walkthroughSchema.safeParse(valid).success).toBe(true);
    expect(
      walkthroughSchema.safeParse({ ...valid, steps: [{ ...step, check: { kind: 'magic' } }] })
        .success,
    ).toBe(false);
    expect(walkthroughSchema.safeParse({ ...valid, steps: [step, step] }).success).toBe(false);
  });
});
