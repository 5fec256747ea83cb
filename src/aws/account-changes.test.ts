import { beforeEach, describe, expect, it } from 'vitest';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import { FULL_AWS_ACCESS_ID, ORG_OU_ID } from '@/storage/organizations';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller } from './caller';
import * as iam from './iam';
import * as organizations from './organizations-api';
import { previewPermissionChange } from './permission-diff';
import * as s3 from './s3-api';

const root = rootCaller();
const doc = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const PUT_A = { action: 's3:PutObject', resource: 'arn:aws:s3:::lab-a/*' };
const APP_ARN = `arn:aws:iam::${LAB_ACCOUNT_ID}:role/App`;
const trust = (principal: object) =>
  doc([{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }]);
const EC2_TRUST = trust({ Service: 'ec2.amazonaws.com' });
const ACCOUNT_TRUST = trust({ AWS: `arn:aws:iam::${LAB_ACCOUNT_ID}:root` });

// The hand-made lab: user-3 may put objects in lab-a through Writers; user-1 may assume any role;
// App trusts only EC2.
beforeEach(async () => {
  await useFreshIndexedDb();
  for (const userName of ['user-1', 'user-3']) await iam.createUser(root, { userName });
  await iam.createGroup(root, { groupName: 'Writers' });
  await iam.addUserToGroup(root, 'Writers', 'user-3');
  await iam.putGroupPolicy(
    root,
    'Writers',
    'Put',
    doc([{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::lab-a/*' }]),
  );
  await iam.putUserPolicy(
    root,
    'user-1',
    'Assume',
    doc([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }]),
  );
  await iam.createRole(root, { roleName: 'App', assumeRolePolicyDocument: EC2_TRUST });
  await s3.createBucket(root, 'lab-a');
});

const noPut = doc([{ Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }]);

describe('service control policies', () => {
  it('attaching a deny loses what it denies; editing it away gains it back', async () => {
    const policyId = await organizations.createPolicy(root, {
      name: 'NoPut',
      description: '',
      content: noPut,
    });
    const attach = await previewPermissionChange({
      kind: 'attach-scp',
      policyId,
      targetId: LAB_ACCOUNT_ID,
    });
    expect(attach.principals).toEqual([
      { kind: 'user', name: 'user-3', gains: [], losses: [PUT_A] },
    ]);
    await organizations.attachPolicy(root, policyId, LAB_ACCOUNT_ID);
    const edit = await previewPermissionChange({
      kind: 'set-scp-content',
      policyId,
      content: doc([{ Effect: 'Deny', Action: 'ec2:TerminateInstances', Resource: '*' }]),
    });
    expect(edit.summary).toBe('user-3 gains s3:PutObject on arn:aws:s3:::lab-a/*');
  });

  it('detaching FullAWSAccess from the OU takes everything, except from service-linked roles', async () => {
    const diff = await previewPermissionChange({
      kind: 'detach-scp',
      policyId: FULL_AWS_ACCESS_ID,
      targetId: ORG_OU_ID,
    });
    // user-1 could assume no role (App trusts only EC2): nothing to lose. The service-linked
    // roles keep their access: SCPs do not limit them.
    expect(diff.principals).toEqual([{ kind: 'user', name: 'user-3', gains: [], losses: [PUT_A] }]);
  });
});

describe("a role's trust policy", () => {
  it('trusting the account lets the users allowed sts:AssumeRole assume it', async () => {
    const diff = await previewPermissionChange({
      kind: 'set-trust-policy',
      roleName: 'App',
      document: ACCOUNT_TRUST,
    });
    expect(diff.summary).toBe(`user-1 gains sts:AssumeRole on ${APP_ARN}`);
  });
});

describe('deleting a whole identity (the console removes its policies first)', () => {
  it('a user loses everything; a group takes what it gave from its members', async () => {
    const user = await previewPermissionChange({
      kind: 'delete-principal',
      principal: { kind: 'user', name: 'user-3' },
    });
    expect(user.summary).toBe('user-3 loses s3:PutObject on arn:aws:s3:::lab-a/*');
    const group = await previewPermissionChange({
      kind: 'delete-principal',
      principal: { kind: 'group', name: 'Writers' },
    });
    expect(group.summary).toBe('user-3 loses s3:PutObject on arn:aws:s3:::lab-a/*');
  });

  it('a deleted role can no longer be assumed by those its trust policy allowed', async () => {
    await iam.updateAssumeRolePolicy(root, 'App', ACCOUNT_TRUST);
    const diff = await previewPermissionChange({
      kind: 'delete-principal',
      principal: { kind: 'role', name: 'App' },
    });
    expect(diff.summary).toBe(`user-1 loses sts:AssumeRole on ${APP_ARN}`);
  });
});

describe('create wizards', () => {
  it('a new user gains what its groups and policies give', async () => {
    const diff = await previewPermissionChange([
      { kind: 'create-principal', principal: { kind: 'user', name: 'user-9' } },
      { kind: 'add-to-groups', userName: 'user-9', groupNames: ['Writers'] },
      {
        kind: 'attach-policies',
        principal: { kind: 'user', name: 'user-9' },
        policyArns: [S3_READ],
      },
    ]);
    expect(diff.principals.map((p) => p.name)).toEqual(['user-9']);
    const gains = diff.principals[0]?.gains ?? [];
    expect(gains).toContainEqual(PUT_A);
    expect(gains).toContainEqual({ action: 's3:GetObject', resource: 'arn:aws:s3:::lab-a/*' });
    expect(diff.summary).toMatch(/^user-9 gains \d+ actions on \d+ resources$/);
  });

  it('a new role gains its policies, and whoever its trust policy allows may assume it', async () => {
    const diff = await previewPermissionChange([
      {
        kind: 'create-principal',
        principal: { kind: 'role', name: 'Reader' },
        trustPolicy: ACCOUNT_TRUST,
      },
      {
        kind: 'attach-policies',
        principal: { kind: 'role', name: 'Reader' },
        policyArns: [S3_READ],
      },
    ]);
    const readerArn = `arn:aws:iam::${LAB_ACCOUNT_ID}:role/Reader`;
    expect(diff.principals.find((p) => p.name === 'user-1')?.gains).toEqual([
      { action: 'sts:AssumeRole', resource: readerArn },
    ]);
    expect(diff.principals.find((p) => p.name === 'Reader')?.gains).toContainEqual({
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::lab-a/*',
    });
  });
});
