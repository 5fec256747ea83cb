import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller } from './caller';
import * as iam from './iam';
import * as iamConsole from './iam-console';
import { errorOf } from './test-support';

const root = rootCaller();
const EC2_READ = 'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess';
const ADMIN_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['ec2:Describe*', 'ec2:StartInstances', 'ec2:StopInstances'],
      Resource: '*',
    },
  ],
});

beforeEach(useFreshIndexedDb);

describe('CreateGroup', () => {
  it('creates groups, unique case-insensitively, names up to 128 characters', async () => {
    await iam.createGroup(root, { groupName: 'EC2-Admin' });
    const duplicate = await errorOf(iam.createGroup(root, { groupName: 'ec2-admin' }));
    expect([duplicate.code, duplicate.message]).toEqual([
      'EntityAlreadyExists',
      'Group with name ec2-admin already exists.',
    ]);
    await iam.createGroup(root, { groupName: 'g'.repeat(128) });
    const long = await errorOf(iam.createGroup(root, { groupName: 'g'.repeat(129) }));
    expect(long.code).toBe('ValidationError');
    expect(long.message).toContain(
      "at 'groupName' failed to satisfy constraint: Member must have length less than or equal to 128",
    );
    expect((await iam.listGroups(root)).length).toBe(2);
  });
});

describe('memberships', () => {
  beforeEach(async () => {
    await iam.createUser(root, { userName: 'user-3' });
    await iam.createGroup(root, { groupName: 'EC2-Admin' });
  });

  it('add and remove, idempotently, and show on both sides', async () => {
    await iam.addUserToGroup(root, 'EC2-Admin', 'user-3');
    await iam.addUserToGroup(root, 'EC2-Admin', 'user-3');
    expect((await iam.getGroup(root, 'EC2-Admin')).users.map((u) => u.userName)).toEqual([
      'user-3',
    ]);
    expect((await iam.listGroupsForUser(root, 'user-3')).map((g) => g.groupName)).toEqual([
      'EC2-Admin',
    ]);
    await iam.removeUserFromGroup(root, 'EC2-Admin', 'user-3');
    expect(await iam.listGroupsForUser(root, 'user-3')).toEqual([]);
  });

  it('need both the group and the user (NoSuchEntity)', async () => {
    const noGroup = await errorOf(iam.addUserToGroup(root, 'Nope', 'user-3'));
    expect(noGroup.message).toBe('The group with name Nope cannot be found.');
    const noUser = await errorOf(iam.addUserToGroup(root, 'EC2-Admin', 'ghost'));
    expect(noUser.message).toBe('The user with name ghost cannot be found.');
  });

  it('stop at 10 groups per user (LimitExceeded)', async () => {
    for (let i = 1; i <= 10; i++) {
      await iam.createGroup(root, { groupName: `G${i}` });
      await iam.addUserToGroup(root, `G${i}`, 'user-3');
    }
    const error = await errorOf(iam.addUserToGroup(root, 'EC2-Admin', 'user-3'));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for GroupsPerUser: 10',
    ]);
    expect((await iam.listGroupsForUser(root, 'user-3')).length).toBe(10);
  });
});

describe('DeleteGroup keeps AWS DeleteConflict', () => {
  beforeEach(async () => {
    await iam.createGroup(root, { groupName: 'EC2-Admin' });
  });

  it('while it has users', async () => {
    await iam.createUser(root, { userName: 'user-3' });
    await iam.addUserToGroup(root, 'EC2-Admin', 'user-3');
    const error = await errorOf(iam.deleteGroup(root, 'EC2-Admin'));
    expect([error.code, error.message]).toEqual([
      'DeleteConflict',
      'Cannot delete entity, must remove users from group first.',
    ]);
  });

  it('while a managed policy is attached', async () => {
    await iam.attachGroupPolicy(root, 'EC2-Admin', EC2_READ);
    const error = await errorOf(iam.deleteGroup(root, 'EC2-Admin'));
    expect(error.message).toBe('Cannot delete entity, must detach all policies first.');
  });

  it('while an inline policy remains', async () => {
    await iam.putGroupPolicy(root, 'EC2-Admin', 'EC2-Admin-Policy', ADMIN_POLICY);
    const error = await errorOf(iam.deleteGroup(root, 'EC2-Admin'));
    expect(error.message).toBe('Cannot delete entity, must delete policies first.');
  });

  it("while the console's Delete removes members and policies first", async () => {
    await iam.createUser(root, { userName: 'user-3' });
    await iam.addUserToGroup(root, 'EC2-Admin', 'user-3');
    await iam.attachGroupPolicy(root, 'EC2-Admin', EC2_READ);
    await iam.putGroupPolicy(root, 'EC2-Admin', 'EC2-Admin-Policy', ADMIN_POLICY);
    await iamConsole.deleteGroup(root, 'EC2-Admin');
    expect(await iam.listGroups(root)).toEqual([]);
    expect(await iam.listGroupsForUser(root, 'user-3')).toEqual([]);
    expect((await iam.listEntitiesForPolicy(root, EC2_READ)).policyGroups).toEqual([]);
  });
});

describe('group inline policies', () => {
  it('put, get, replace, list and delete', async () => {
    await iam.createGroup(root, { groupName: 'EC2-Admin' });
    await iam.putGroupPolicy(root, 'EC2-Admin', 'EC2-Admin-Policy', ADMIN_POLICY);
    expect(await iam.getGroupPolicy(root, 'EC2-Admin', 'EC2-Admin-Policy')).toEqual({
      policyName: 'EC2-Admin-Policy',
      policyDocument: ADMIN_POLICY,
    });
    await iam.putGroupPolicy(
      root,
      'EC2-Admin',
      'EC2-Admin-Policy',
      ADMIN_POLICY.replace('Start', 'Reboot'),
    );
    expect(await iam.listGroupPolicies(root, 'EC2-Admin')).toEqual(['EC2-Admin-Policy']);
    await iam.deleteGroupPolicy(root, 'EC2-Admin', 'EC2-Admin-Policy');
    const error = await errorOf(iam.getGroupPolicy(root, 'EC2-Admin', 'EC2-Admin-Policy'));
    expect([error.code, error.message]).toEqual([
      'NoSuchEntity',
      'The group policy with name EC2-Admin-Policy cannot be found.',
    ]);
  });

  it('show on the Permissions tab of the group and of its members', async () => {
    await iam.createUser(root, { userName: 'user-3' });
    await iam.createGroup(root, { groupName: 'EC2-Admin' });
    await iam.addUserToGroup(root, 'EC2-Admin', 'user-3');
    await iam.putGroupPolicy(root, 'EC2-Admin', 'EC2-Admin-Policy', ADMIN_POLICY);
    await iam.attachUserPolicy(root, 'user-3', EC2_READ);
    const rows = await iamConsole.userPermissions(root, 'user-3');
    expect(rows.map((r) => [r.policyName, r.type, r.attachedVia])).toEqual([
      ['AmazonEC2ReadOnlyAccess', 'AWS managed', 'Directly'],
      ['EC2-Admin-Policy', 'Customer inline', 'Group EC2-Admin'],
    ]);
  });
});

describe("a user's Groups tab", () => {
  it('lists each group with the policies it brings', async () => {
    await iam.createUser(root, { userName: 'user-2' });
    await iam.createGroupWithDetails(root, {
      groupName: 'EC2-Support',
      userNames: ['user-2'],
      policyArns: [EC2_READ],
    });
    const rows = await iamConsole.userGroupRows(root, 'user-2');
    expect(rows.map((r) => [r.group.groupName, r.attachedPolicyNames])).toEqual([
      ['EC2-Support', ['AmazonEC2ReadOnlyAccess']],
    ]);
  });
});
