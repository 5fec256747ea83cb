// IAM user groups and memberships: CreateGroup, GetGroup, ListGroups, DeleteGroup,
// AddUserToGroup, RemoveUserFromGroup, ListGroupsForUser.

import { readAppliedQuota } from '@/storage/account';
import { readAttachmentsOf } from '@/storage/attachments';
import { readTx, writeTx } from '@/storage/db';
import { readAllGroups, readGroup, removeGroup, writeGroup } from '@/storage/groups';
import { newUniqueId } from '@/storage/ids';
import { readInlinePoliciesOf } from '@/storage/inline-policies';
import {
  readMembership,
  readMembershipsOfGroup,
  readMembershipsOfUser,
  removeMembership,
  writeMembership,
} from '@/storage/memberships';
import type { ChangeMeta } from '@/storage/record-store';
import type { LabReadTx, LabWriteTx } from '@/storage/schema';
import type { GroupRecord } from '@/storage/types';
import { nameKey, readUser } from '@/storage/users';
import { groupArn, iamListArn, userArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { QUOTAS, deleteConflict, groupExists, noSuchGroup, quotaExceeded } from './iam-errors';
import { requireUser, toUser } from './iam-users';
import { checkGroupName, checkPath, checkUserName } from './names';
import type { Group, GroupWithUsers } from './types';

export interface CreateGroupInput {
  groupName: string;
  path?: string;
}

export function toGroup(record: GroupRecord): Group {
  const { key: _key, ...group } = record;
  return group;
}

export async function requireGroup(tx: LabReadTx, groupName: string): Promise<GroupRecord> {
  const group = await readGroup(tx, groupName);
  if (!group) throw noSuchGroup(groupName);
  return group;
}

export async function applyCreateGroup(
  tx: LabWriteTx,
  meta: ChangeMeta,
  input: CreateGroupInput,
): Promise<GroupRecord> {
  if (await readGroup(tx, input.groupName)) throw groupExists(input.groupName);
  const quota = await readAppliedQuota(tx, 'GroupsPerAccount');
  if ((await tx.objectStore('groups').count()) >= quota) {
    throw quotaExceeded('GroupsPerAccount', quota);
  }
  const path = input.path ?? '/';
  const group: GroupRecord = {
    key: nameKey(input.groupName),
    groupName: input.groupName,
    groupId: newUniqueId('AGPA'),
    arn: groupArn(input.groupName, path),
    path,
    createDate: meta.time,
  };
  await writeGroup(tx, group, { ...meta, operation: 'CreateGroup' });
  return group;
}

export function createGroup(caller: Caller, input: CreateGroupInput): Promise<Group> {
  const path = input.path ?? '/';
  const resource = groupArn(input.groupName, path);
  return runCall(
    caller,
    { service: 'iam', operation: 'CreateGroup', action: 'iam:CreateGroup', resource },
    async (call) => {
      checkGroupName(input.groupName);
      checkPath(path);
      await call.authorize({ action: 'iam:CreateGroup', resource });
      return toGroup(await writeTx((tx) => applyCreateGroup(tx, call.change, input)));
    },
  );
}

/** GetGroup: the group and its users. */
export function getGroup(caller: Caller, groupName: string): Promise<GroupWithUsers> {
  const resource = groupArn(groupName);
  return runCall(
    caller,
    { service: 'iam', operation: 'GetGroup', action: 'iam:GetGroup', resource },
    async (call) => {
      const found = await readTx((tx) => readGroup(tx, groupName));
      await call.authorize({ action: 'iam:GetGroup', resource: found?.arn ?? resource });
      return readTx(async (tx) => {
        const group = await requireGroup(tx, groupName);
        const users = [];
        for (const m of await readMembershipsOfGroup(tx, groupName)) {
          const user = await readUser(tx, m.userKey);
          if (user) users.push(toUser(user));
        }
        users.sort((a, b) => a.userName.localeCompare(b.userName));
        return { group: toGroup(group), users };
      });
    },
  );
}

export function listGroups(caller: Caller, pathPrefix = '/'): Promise<Group[]> {
  const resource = iamListArn('group', pathPrefix);
  return runCall(
    caller,
    { service: 'iam', operation: 'ListGroups', action: 'iam:ListGroups', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListGroups', resource });
      const groups = await readTx((tx) => readAllGroups(tx));
      return groups
        .filter((g) => g.path.startsWith(pathPrefix))
        .sort((a, b) => a.groupName.localeCompare(b.groupName))
        .map(toGroup);
    },
  );
}

/** AWS's DeleteGroup: refuses while users or policies remain (DeleteConflict). */
export function deleteGroup(caller: Caller, groupName: string): Promise<void> {
  const resource = groupArn(groupName);
  return runCall(
    caller,
    { service: 'iam', operation: 'DeleteGroup', action: 'iam:DeleteGroup', resource },
    async (call) => {
      checkGroupName(groupName);
      const found = await readTx((tx) => readGroup(tx, groupName));
      await call.authorize({ action: 'iam:DeleteGroup', resource: found?.arn ?? resource });
      await writeTx(async (tx) => {
        await requireGroup(tx, groupName);
        if ((await readMembershipsOfGroup(tx, groupName)).length > 0) {
          throw deleteConflict.groups();
        }
        if ((await readAttachmentsOf(tx, 'group', groupName)).length > 0) {
          throw deleteConflict.attached();
        }
        if ((await readInlinePoliciesOf(tx, 'group', groupName)).length > 0) {
          throw deleteConflict.inline();
        }
        await removeGroup(tx, groupName, call.change);
      });
    },
  );
}

export async function applyAddUserToGroup(
  tx: LabWriteTx,
  meta: ChangeMeta,
  groupName: string,
  userName: string,
): Promise<void> {
  const group = await requireGroup(tx, groupName);
  const user = await requireUser(tx, userName);
  // Adding a member twice succeeds and changes nothing, as on AWS.
  if (await readMembership(tx, userName, groupName)) return;
  if ((await readMembershipsOfUser(tx, userName)).length >= QUOTAS.groupsPerUser) {
    throw quotaExceeded('GroupsPerUser', QUOTAS.groupsPerUser);
  }
  await writeMembership(
    tx,
    { userKey: user.key, groupKey: group.key, createDate: meta.time },
    { ...meta, operation: 'AddUserToGroup' },
  );
}

export function addUserToGroup(caller: Caller, groupName: string, userName: string): Promise<void> {
  const resource = groupArn(groupName);
  return runCall(
    caller,
    { service: 'iam', operation: 'AddUserToGroup', action: 'iam:AddUserToGroup', resource },
    async (call) => {
      checkGroupName(groupName);
      checkUserName(userName);
      const found = await readTx((tx) => readGroup(tx, groupName));
      await call.authorize({ action: 'iam:AddUserToGroup', resource: found?.arn ?? resource });
      await writeTx((tx) => applyAddUserToGroup(tx, call.change, groupName, userName));
    },
  );
}

export async function applyRemoveUserFromGroup(
  tx: LabWriteTx,
  meta: ChangeMeta,
  groupName: string,
  userName: string,
): Promise<void> {
  await requireGroup(tx, groupName);
  await requireUser(tx, userName);
  await removeMembership(tx, userName, groupName, { ...meta, operation: 'RemoveUserFromGroup' });
}

export function removeUserFromGroup(
  caller: Caller,
  groupName: string,
  userName: string,
): Promise<void> {
  const resource = groupArn(groupName);
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'RemoveUserFromGroup',
      action: 'iam:RemoveUserFromGroup',
      resource,
    },
    async (call) => {
      const found = await readTx((tx) => readGroup(tx, groupName));
      await call.authorize({ action: 'iam:RemoveUserFromGroup', resource: found?.arn ?? resource });
      await writeTx((tx) => applyRemoveUserFromGroup(tx, call.change, groupName, userName));
    },
  );
}

export async function groupsOfUser(tx: LabReadTx, userName: string): Promise<GroupRecord[]> {
  const out: GroupRecord[] = [];
  for (const m of await readMembershipsOfUser(tx, userName)) {
    const group = await readGroup(tx, m.groupKey);
    if (group) out.push(group);
  }
  return out.sort((a, b) => a.groupName.localeCompare(b.groupName));
}

export function listGroupsForUser(caller: Caller, userName: string): Promise<Group[]> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'ListGroupsForUser', action: 'iam:ListGroupsForUser', resource },
    async (call) => {
      const found = await readTx((tx) => readUser(tx, userName));
      await call.authorize({ action: 'iam:ListGroupsForUser', resource: found?.arn ?? resource });
      return readTx(async (tx) => {
        await requireUser(tx, userName);
        return (await groupsOfUser(tx, userName)).map(toGroup);
      });
    },
  );
}
