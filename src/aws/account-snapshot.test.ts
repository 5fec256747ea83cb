import { beforeEach, describe, expect, it } from 'vitest';
import { readTx } from '@/storage/db';
import { useFreshIndexedDb } from '@/storage/test-support';
import { readAccountSnapshot } from './account-snapshot';
import { rootCaller } from './caller';
import * as iam from './iam';
import {
  boundaryPolicy,
  groupPolicies,
  loadAttachedAwsCatalog,
  rolePolicies,
  userPolicies,
} from './identity-policies';

const root = rootCaller();
const doc = (action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
  });
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const EC2_READ = 'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess';
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

beforeEach(async () => {
  await useFreshIndexedDb();
  const mine = await iam.createPolicy(root, { policyName: 'Mine', policyDocument: doc('s3:Put*') });
  const gone = await iam.createPolicy(root, { policyName: 'Gone', policyDocument: doc('s3:*') });
  for (const userName of ['zed', 'Alice', 'bob']) await iam.createUser(root, { userName });
  for (const groupName of ['Writers', 'Admins', 'Empty'])
    await iam.createGroup(root, { groupName });
  await iam.addUserToGroup(root, 'Writers', 'Alice');
  await iam.addUserToGroup(root, 'Admins', 'Alice');
  await iam.addUserToGroup(root, 'Writers', 'zed');
  await iam.putUserPolicy(root, 'Alice', 'b-inline', doc('ec2:Start*'));
  await iam.putUserPolicy(root, 'Alice', 'a-inline', doc('ec2:Stop*'));
  await iam.attachUserPolicy(root, 'Alice', S3_READ);
  await iam.attachUserPolicy(root, 'Alice', mine.arn);
  await iam.putGroupPolicy(root, 'Writers', 'GroupInline', doc('s3:PutObject'));
  await iam.attachGroupPolicy(root, 'Writers', EC2_READ);
  await iam.attachGroupPolicy(root, 'Admins', mine.arn);
  await iam.putUserPermissionsBoundary(root, 'bob', S3_READ);
  await iam.putUserPermissionsBoundary(root, 'zed', gone.arn);
  await iam.createRole(root, { roleName: 'App', assumeRolePolicyDocument: TRUST });
  await iam.putRolePolicy(root, 'App', 'RoleInline', doc('s3:GetObject'));
  await iam.attachRolePolicy(root, 'App', mine.arn);
  await iam.putRolePermissionsBoundary(root, 'App', mine.arn);
});

describe('the account read in one transaction', () => {
  it('gives every identity the policies the per-identity read gives, in the same order', async () => {
    const lab = await readAccountSnapshot();
    const catalog = await loadAttachedAwsCatalog();
    const expected = await readTx(async (tx) => ({
      users: await Promise.all(
        lab.users.map(async (u) => ({
          policies: await userPolicies(tx, catalog, u.userName),
          boundary: await boundaryPolicy(tx, catalog, u.permissionsBoundary),
        })),
      ),
      groups: await Promise.all(lab.groups.map((g) => groupPolicies(tx, catalog, g.groupName))),
      roles: await Promise.all(
        lab.roles.map(async (r) => ({
          policies: await rolePolicies(tx, catalog, r.roleName),
          boundary: await boundaryPolicy(tx, catalog, r.permissionsBoundary),
        })),
      ),
    }));
    const actual = {
      users: lab.users.map((u) => ({
        policies: lab.userPolicies(u),
        boundary: lab.boundaryOf(u.permissionsBoundary),
      })),
      groups: lab.groups.map((g) => lab.groupPolicies(g)),
      roles: lab.roles.map((r) => ({
        policies: lab.rolePolicies(r),
        boundary: lab.boundaryOf(r.permissionsBoundary),
      })),
    };
    expect(actual).toEqual(expected);
    // The lab has something in every place, so the comparison is not of empty lists.
    const alice = lab.users.find((u) => u.userName === 'Alice');
    expect(alice && lab.userPolicies(alice).map((p) => `${p.policyName} ${p.attachedVia}`)).toEqual(
      [
        'a-inline Inline',
        'b-inline Inline',
        'Mine Directly',
        'AmazonS3ReadOnlyAccess Directly',
        'Mine Group Admins',
        'GroupInline Group Writers',
        'AmazonEC2ReadOnlyAccess Group Writers',
      ],
    );
    expect(alice && lab.groupNamesOf(alice)).toEqual(['Admins', 'Writers']);
    const zed = lab.users.find((u) => u.userName === 'zed');
    expect(zed && lab.boundaryOf(zed.permissionsBoundary)).toMatchObject({
      policyName: 'Gone',
      type: 'Customer managed',
      document: doc('s3:*'),
    });
    expect(lab.serviceControlPolicies.map((level) => level.map((p) => p.name))).toEqual([
      ['FullAWSAccess'],
      ['FullAWSAccess'],
      ['FullAWSAccess'],
    ]);
  });
});
