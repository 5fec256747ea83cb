import { beforeEach, describe, expect, it } from 'vitest';
import { writeCustomerPolicy } from '@/storage/customer-policies';
import { readTx, writeTx } from '@/storage/db';
import { useFreshIndexedDb } from '@/storage/test-support';
import { writeAttachment } from '@/storage/attachments';
import { writeRole } from '@/storage/roles';
import { readUser, writeUser } from '@/storage/users';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import * as iamConsole from './iam-console';
import * as s3 from './s3-api';
import { errorOf } from './test-support';

const root = rootCaller();
const doc = (action: string) =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"${action}","Resource":"*"}]}`;
const ARN = 'arn:aws:iam::123456789012:policy/S3Lister';

/** A valid identity policy of exactly `size` non-whitespace characters. */
function policyOfSize(size: number): string {
  const base =
    '{"Version":"2012-10-17","Statement":[{"Sid":"","Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
  return base.replace('"Sid":""', `"Sid":"${'A'.repeat(size - base.length)}"`);
}

const createS3Lister = () =>
  iam.createPolicy(root, {
    policyName: 'S3Lister',
    policyDocument: doc('s3:ListAllMyBuckets'),
    description: 'Lists buckets',
  });

beforeEach(useFreshIndexedDb);

describe('CreatePolicy', () => {
  it('creates v1 as the default version, with an ANPA id and the policy ARN', async () => {
    const policy = await createS3Lister();
    expect(policy).toMatchObject({
      arn: ARN,
      type: 'Customer managed',
      defaultVersionId: 'v1',
      description: 'Lists buckets',
      attachmentCount: 0,
    });
    const versions = await iam.listPolicyVersions(root, ARN);
    expect(versions.map((v) => [v.versionId, v.isDefaultVersion])).toEqual([['v1', true]]);
    const listed = await iam.listPolicies(root, { scope: 'Local' });
    expect(listed.map((p) => p.policyName)).toEqual(['S3Lister']);
  });

  it('refuses a duplicate name, case-insensitively (EntityAlreadyExists)', async () => {
    await createS3Lister();
    const error = await errorOf(
      iam.createPolicy(root, { policyName: 's3lister', policyDocument: doc('s3:*') }),
    );
    expect([error.code, error.message, error.httpStatus]).toEqual([
      'EntityAlreadyExists',
      'A policy called s3lister already exists. Duplicate names are not allowed.',
      409,
    ]);
  });

  it.each([
    [
      'empty',
      '',
      "Value '' at 'policyName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    ['129 characters', 'P'.repeat(129), 'Member must have length less than or equal to 128'],
    ['a space', 'My policy', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+'],
  ])('refuses a name that is %s (ValidationError)', async (_case, policyName, message) => {
    const error = await errorOf(
      iam.createPolicy(root, { policyName, policyDocument: doc('s3:*') }),
    );
    expect(error.code).toBe('ValidationError');
    expect(error.message).toContain(message);
  });

  it('accepts a 128-character name with every allowed character', async () => {
    const policyName = 'a+=,.@_-'.padEnd(128, 'x');
    await iam.createPolicy(root, { policyName, policyDocument: doc('s3:*') });
    expect((await iam.listPolicies(root, { scope: 'Local' }))[0]?.policyName).toBe(policyName);
  });

  it('refuses a description over 1,000 characters', async () => {
    const error = await errorOf(
      iam.createPolicy(root, {
        policyName: 'P',
        policyDocument: doc('s3:*'),
        description: 'd'.repeat(1001),
      }),
    );
    expect(error.code).toBe('ValidationError');
    expect(error.message).toContain('Member must have length less than or equal to 1000');
  });

  it('refuses malformed JSON and grammar errors (MalformedPolicyDocument)', async () => {
    const syntax = await errorOf(
      iam.createPolicy(root, { policyName: 'P', policyDocument: '{"Version": ' }),
    );
    expect([syntax.code, syntax.message]).toEqual([
      'MalformedPolicyDocument',
      'Syntax errors in policy.',
    ]);
    const noResource = await errorOf(
      iam.createPolicy(root, {
        policyName: 'P',
        policyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}',
      }),
    );
    expect([noResource.code, noResource.message]).toEqual([
      'MalformedPolicyDocument',
      'Policy statement must contain resources.',
    ]);
    expect(await iam.listPolicies(root, { scope: 'Local' })).toEqual([]);
  });

  it('accepts 6,144 characters and refuses 6,145 ("Cannot exceed quota for PolicySize: 6144")', async () => {
    await iam.createPolicy(root, { policyName: 'Big', policyDocument: policyOfSize(6144) });
    const error = await errorOf(
      iam.createPolicy(root, { policyName: 'TooBig', policyDocument: policyOfSize(6145) }),
    );
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for PolicySize: 6144',
    ]);
  });

  it('stops at 1,500 per account ("Cannot exceed quota for PoliciesPerAccount: 1500")', async () => {
    const time = new Date().toISOString();
    await writeTx(async (tx) => {
      for (let i = 0; i < 1500; i++) {
        const arn = `arn:aws:iam::123456789012:policy/P${i}`;
        await writeCustomerPolicy(
          tx,
          {
            arn,
            policyName: `P${i}`,
            policyId: `ANPA${i}`,
            path: '/',
            description: '',
            defaultVersionId: 'v1',
            nextVersion: 2,
            versions: [
              { versionId: 'v1', document: doc('s3:*'), isDefaultVersion: true, createDate: time },
            ],
            createDate: time,
            updateDate: time,
            tags: [],
          },
          { principalArn: 'test', operation: 'CreatePolicy', time },
        );
      }
    });
    const error = await errorOf(
      iam.createPolicy(root, { policyName: 'OneTooMany', policyDocument: doc('s3:*') }),
    );
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for PoliciesPerAccount: 1500',
    ]);
  });

  it("keeps its tags, checked by IAM's tag rules", async () => {
    const bad = await errorOf(
      iam.createPolicy(root, {
        policyName: 'P',
        policyDocument: doc('s3:*'),
        tags: [{ Key: 'aws:team', Value: 'red' }],
      }),
    );
    expect([bad.code, bad.message]).toEqual([
      'InvalidInput',
      'Tag keys starting with "aws:" are reserved for AWS use.',
    ]);
    await iam.createPolicy(root, {
      policyName: 'P',
      policyDocument: doc('s3:*'),
      tags: [{ Key: 'team', Value: 'red' }],
    });
    expect((await iam.getPolicy(root, 'arn:aws:iam::123456789012:policy/P')).tags).toEqual([
      { Key: 'team', Value: 'red' },
    ]);
  });

  it('needs iam:CreatePolicy, and iam:TagPolicy when tagged', async () => {
    await iam.createUser(root, { userName: 'dev' });
    const dev = userCaller('dev');
    const denied = await errorOf(
      iam.createPolicy(dev, { policyName: 'P', policyDocument: doc('s3:*') }),
    );
    expect(denied.message).toBe(
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: iam:CreatePolicy on resource: arn:aws:iam::123456789012:policy/P because no identity-based policy allows the iam:CreatePolicy action',
    );
    await iam.putUserPolicy(root, 'dev', 'create', doc('iam:CreatePolicy'));
    const tagged = await errorOf(
      iam.createPolicy(dev, {
        policyName: 'P',
        policyDocument: doc('s3:*'),
        tags: [{ Key: 'team', Value: 'red' }],
      }),
    );
    expect(tagged.message).toContain('iam:TagPolicy');
    await iam.createPolicy(dev, { policyName: 'P', policyDocument: doc('s3:*') });
  });
});

describe('policy versions', () => {
  it('keeps at most 5: CreatePolicyVersion answers LimitExceeded', async () => {
    await createS3Lister();
    for (let i = 2; i <= 5; i++) await iam.createPolicyVersion(root, ARN, doc('s3:*'), false);
    const error = await errorOf(iam.createPolicyVersion(root, ARN, doc('s3:*'), true));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
    ]);
    expect((await iam.listPolicyVersions(root, ARN)).map((v) => v.versionId)).toEqual([
      'v5',
      'v4',
      'v3',
      'v2',
      'v1',
    ]);
  });

  it('sets a default, refuses to delete it, and never reuses a version ID', async () => {
    await createS3Lister();
    await iam.createPolicyVersion(root, ARN, doc('s3:*'), true);
    expect((await iam.getPolicy(root, ARN)).defaultVersionId).toBe('v2');
    const conflict = await errorOf(iam.deletePolicyVersion(root, ARN, 'v2'));
    expect([conflict.code, conflict.message]).toEqual([
      'DeleteConflict',
      'Cannot delete the default version of a policy.',
    ]);
    await iam.setDefaultPolicyVersion(root, ARN, 'v1');
    await iam.deletePolicyVersion(root, ARN, 'v2');
    const v3 = await iam.createPolicyVersion(root, ARN, doc('s3:Get*'), false);
    expect(v3.versionId).toBe('v3');
    const missing = await errorOf(iam.setDefaultPolicyVersion(root, ARN, 'v2'));
    expect([missing.code, missing.message]).toEqual([
      'NoSuchEntity',
      `Policy ${ARN} version v2 does not exist.`,
    ]);
  });

  it("lets the engine see only the default version's document", async () => {
    await iam.createUser(root, { userName: 'dev' });
    await createS3Lister();
    await iam.attachUserPolicy(root, 'dev', ARN);
    const dev = userCaller('dev');
    await s3.listBuckets(dev);
    await iam.createPolicyVersion(root, ARN, doc('ec2:DescribeInstances'), false);
    await s3.listBuckets(dev);
    await iam.setDefaultPolicyVersion(root, ARN, 'v2');
    expect((await errorOf(s3.listBuckets(dev))).code).toBe('AccessDenied');
  });

  it('saves a console edit as a new default version, deleting one first at the limit', async () => {
    await createS3Lister();
    for (let i = 2; i <= 5; i++) await iam.createPolicyVersion(root, ARN, doc('s3:*'), false);
    const refused = await errorOf(iamConsole.savePolicyVersion(root, ARN, doc('s3:Get*')));
    expect(refused.code).toBe('LimitExceeded');
    const saved = await iamConsole.savePolicyVersion(root, ARN, doc('s3:Get*'), {
      deleteVersionId: 'v2',
    });
    expect(saved).toMatchObject({ versionId: 'v6', isDefaultVersion: true });
    const versions = await iam.listPolicyVersions(root, ARN);
    expect(versions.map((v) => [v.versionId, v.isDefaultVersion])).toEqual([
      ['v6', true],
      ['v5', false],
      ['v4', false],
      ['v3', false],
      ['v1', false],
    ]);
  });

  it('saves an edit without making it the default when the box is cleared', async () => {
    await createS3Lister();
    const saved = await iamConsole.savePolicyVersion(root, ARN, doc('s3:*'), {
      setAsDefault: false,
    });
    expect(saved).toMatchObject({ versionId: 'v2', isDefaultVersion: false });
    expect((await iam.getPolicy(root, ARN)).defaultVersionId).toBe('v1');
  });
});

describe('DeletePolicy', () => {
  it('refuses while attached or while other versions exist (DeleteConflict)', async () => {
    await iam.createUser(root, { userName: 'dev' });
    await createS3Lister();
    await iam.attachUserPolicy(root, 'dev', ARN);
    const attached = await errorOf(iam.deletePolicy(root, ARN));
    expect([attached.code, attached.message]).toEqual([
      'DeleteConflict',
      'Cannot delete a policy attached to entities.',
    ]);
    await iam.detachUserPolicy(root, 'dev', ARN);
    await iam.createPolicyVersion(root, ARN, doc('s3:*'), false);
    const versions = await errorOf(iam.deletePolicy(root, ARN));
    expect(versions.code).toBe('DeleteConflict');
    expect(versions.message).toMatch(/^This policy has more than one version\./);
    await iam.deletePolicyVersion(root, ARN, 'v2');
    await iam.deletePolicy(root, ARN);
    expect((await errorOf(iam.getPolicy(root, ARN))).message).toBe(`Policy ${ARN} was not found.`);
  });

  it('in the console detaches from users and groups and deletes the versions first', async () => {
    await iam.createUser(root, { userName: 'dev' });
    await iam.createGroup(root, { groupName: 'Devs' });
    await createS3Lister();
    await iam.attachUserPolicy(root, 'dev', ARN);
    await iam.attachGroupPolicy(root, 'Devs', ARN);
    await iam.createPolicyVersion(root, ARN, doc('s3:*'), true);
    await iamConsole.deletePolicy(root, ARN);
    expect(await iam.listAttachedUserPolicies(root, 'dev')).toEqual([]);
    expect(await iam.listAttachedGroupPolicies(root, 'Devs')).toEqual([]);
    expect(await iam.listPolicies(root, { scope: 'Local' })).toEqual([]);
  });

  it('in the console also detaches from roles (DetachRolePolicy)', async () => {
    await createS3Lister();
    const time = new Date().toISOString();
    const meta = { principalArn: 'test', operation: 'CreateRole', time };
    await writeTx(async (tx) => {
      await writeRole(
        tx,
        {
          key: 'app',
          roleName: 'App',
          roleId: 'AROAEXAMPLEAPP',
          arn: 'arn:aws:iam::123456789012:role/App',
          path: '/',
          description: '',
          assumeRolePolicyDocument: '{}',
          maxSessionDuration: 3600,
          createDate: time,
          tags: [],
        },
        meta,
      );
      await writeAttachment(
        tx,
        { principalKind: 'role', principalKey: 'app', policyArn: ARN, createDate: time },
        meta,
      );
    });
    expect((await iam.listEntitiesForPolicy(root, ARN)).policyRoles.map((r) => r.roleName)).toEqual(
      ['App'],
    );
    await iamConsole.deletePolicy(root, ARN);
    const changes = await readTx((tx) => tx.objectStore('changes').getAll());
    expect(changes.map((c) => c.operation).slice(-2)).toEqual(['DetachRolePolicy', 'DeletePolicy']);
    const calls = await readTx((tx) => tx.objectStore('calls').getAll());
    expect(calls.slice(-2).map((c) => [c.eventName, c.resource])).toEqual([
      ['DetachRolePolicy', 'arn:aws:iam::123456789012:role/App'],
      ['DeletePolicy', ARN],
    ]);
  });

  it('in the console is all or nothing: a denied detach deletes nothing', async () => {
    await iam.createUser(root, { userName: 'dev' });
    await iam.createUser(root, { userName: 'admin' });
    await createS3Lister();
    await iam.attachUserPolicy(root, 'dev', ARN);
    await iam.putUserPolicy(root, 'admin', 'p', doc('iam:DeletePolicy'));
    const error = await errorOf(iamConsole.deletePolicy(userCaller('admin'), ARN));
    expect(error.message).toContain('iam:DetachUserPolicy');
    expect((await iam.listAttachedUserPolicies(root, 'dev')).map((p) => p.policyArn)).toEqual([
      ARN,
    ]);
  });

  it('still refuses a policy in use as a permissions boundary, and lists that use', async () => {
    await iam.createUser(root, { userName: 'dev' });
    await createS3Lister();
    await writeTx(async (tx) => {
      const user = await readUser(tx, 'dev');
      if (user) {
        await writeUser(
          tx,
          { ...user, permissionsBoundary: ARN },
          {
            principalArn: 'test',
            operation: 'PutUserPermissionsBoundary',
            time: new Date().toISOString(),
          },
        );
      }
    });
    const boundary = await iam.listEntitiesForPolicy(root, ARN, 'PermissionsBoundary');
    expect(boundary.policyUsers.map((u) => u.userName)).toEqual(['dev']);
    expect((await iam.listEntitiesForPolicy(root, ARN)).policyUsers).toEqual([]);
    expect(await iam.getPolicy(root, ARN)).toMatchObject({
      attachmentCount: 0,
      permissionsBoundaryUsageCount: 1,
    });
    expect((await errorOf(iamConsole.deletePolicy(root, ARN))).code).toBe('DeleteConflict');
    expect(await readTx((tx) => readUser(tx, 'dev'))).toMatchObject({ permissionsBoundary: ARN });
  });

  it('writes one change record per write, in the same transaction', async () => {
    await createS3Lister();
    const changes = await readTx((tx) => tx.objectStore('changes').getAll());
    expect(changes.filter((c) => c.operation === 'CreatePolicy').map((c) => c.store)).toEqual([
      'policies',
    ]);
  });
});

describe('the AWS managed catalog', () => {
  it('lists all current AWS managed policies, job functions included', async () => {
    const aws = await iam.listPolicies(root, { scope: 'AWS' });
    expect(aws.length).toBe(1594);
    expect(aws.find((p) => p.policyName === 'ViewOnlyAccess')?.type).toBe(
      'AWS managed - job function',
    );
    expect(aws.find((p) => p.policyName === 'IAMFullAccess')?.description).toBe(
      'Provides full access to IAM via the AWS Management Console.',
    );
  });

  it('attaches a policy outside the featured ten and evaluates its real document', async () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess';
    const version = await iam.getPolicyVersion(
      root,
      arn,
      (await iam.getPolicy(root, arn)).defaultVersionId,
    );
    expect(version.document).toContain('dynamodb:BatchGetItem');
    await iam.createUser(root, { userName: 'dev' });
    await iam.attachUserPolicy(root, 'dev', arn);
    const dev = userCaller('dev');
    expect((await errorOf(s3.listBuckets(dev))).code).toBe('AccessDenied');
    await iam.attachUserPolicy(root, 'dev', 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess');
    await s3.listBuckets(dev);
  });
});
