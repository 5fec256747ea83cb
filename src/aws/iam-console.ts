// What the IAM console does with several API calls: the composite deletes (after the learner's
// typed confirmation) and the list and Permissions tables. Each authorizes every call it stands for.

import { readAttachmentsOf } from '@/storage/attachments';
import { readTx, writeTx } from '@/storage/db';
import { readAllGroups } from '@/storage/groups';
import { readInlinePoliciesOf } from '@/storage/inline-policies';
import { readAllLoginProfiles, readLoginProfile } from '@/storage/login-profiles';
import { readAllMemberships, readMembershipsOfGroup } from '@/storage/memberships';
import type { LabReadTx } from '@/storage/schema';
import { readAllUsers, readUser } from '@/storage/users';
import { groupArn, iamListArn, userArn } from './arns';
import { awsManagedPolicies } from './aws-managed-policies';
import type { Caller } from './caller';
import { runCall, type CallScope } from './call';
import { applyRemoveUserFromGroup, groupsOfUser, requireGroup, toGroup } from './iam-groups';
import { applyDeleteLoginProfile, requireUser, toUser } from './iam-users';
import { groupPolicies, userPolicies, type EffectivePolicy } from './identity-policies';
import { applyDeleteInlinePolicy } from './inline-policy-ops';
import { applyDetachPolicy } from './managed-policy-attachments';
import { removeGroup } from '@/storage/groups';
import { removeUser } from '@/storage/users';
import type { Group, User } from './types';

/** What a user's dependents are, read before the deletion is authorized. */
async function userDependents(tx: LabReadTx, userName: string) {
  await requireUser(tx, userName);
  return {
    groups: (await groupsOfUser(tx, userName)).map((g) => g.groupName),
    attached: (await readAttachmentsOf(tx, 'user', userName)).map((a) => a.policyArn),
    inline: (await readInlinePoliciesOf(tx, 'user', userName)).map((p) => p.policyName),
    loginProfile: (await readLoginProfile(tx, userName)) !== undefined,
  };
}

/**
 * The console's Delete user: removes group memberships, managed and inline policies and the
 * console password, then the user, in one transaction.
 */
export function deleteUser(caller: Caller, userName: string): Promise<void> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'DeleteUser', action: 'iam:DeleteUser', resource },
    async (call) => {
      const deps = await readTx((tx) => userDependents(tx, userName));
      const op = (operation: string, action = `iam:${operation}`) => ({ operation, action });
      for (const g of deps.groups) {
        await call.authorize({ ...op('RemoveUserFromGroup'), resource: groupArn(g) });
      }
      for (const arn of deps.attached) {
        await call.authorize({
          ...op('DetachUserPolicy'),
          resource,
          context: { 'iam:PolicyARN': arn },
        });
      }
      for (const _name of deps.inline)
        await call.authorize({ ...op('DeleteUserPolicy'), resource });
      if (deps.loginProfile) await call.authorize({ ...op('DeleteLoginProfile'), resource });
      await call.authorize({ ...op('DeleteUser'), resource });
      await writeTx(async (tx) => {
        for (const g of deps.groups) await applyRemoveUserFromGroup(tx, call.change, g, userName);
        for (const arn of deps.attached) {
          await applyDetachPolicy(tx, call.change, 'user', userName, arn);
        }
        for (const name of deps.inline) {
          await applyDeleteInlinePolicy(tx, call.change, 'user', userName, name);
        }
        if (deps.loginProfile) await applyDeleteLoginProfile(tx, call.change, userName);
        await removeUser(tx, userName, call.change);
      });
    },
  );
}

/** The console's Delete user group: removes members and policies, then the group. */
export function deleteGroup(caller: Caller, groupName: string): Promise<void> {
  const resource = groupArn(groupName);
  return runCall(
    caller,
    { service: 'iam', operation: 'DeleteGroup', action: 'iam:DeleteGroup', resource },
    async (call) => {
      const deps = await readTx(async (tx) => {
        await requireGroup(tx, groupName);
        const members = [];
        for (const m of await readMembershipsOfGroup(tx, groupName)) {
          const user = await readUser(tx, m.userKey);
          if (user) members.push(user.userName);
        }
        return {
          members,
          attached: (await readAttachmentsOf(tx, 'group', groupName)).map((a) => a.policyArn),
          inline: (await readInlinePoliciesOf(tx, 'group', groupName)).map((p) => p.policyName),
        };
      });
      const authorize = (operation: string, context?: Record<string, string>) =>
        call.authorize({
          operation,
          action: `iam:${operation}`,
          resource,
          ...(context && { context }),
        });
      for (const _m of deps.members) await authorize('RemoveUserFromGroup');
      for (const arn of deps.attached)
        await authorize('DetachGroupPolicy', { 'iam:PolicyARN': arn });
      for (const _p of deps.inline) await authorize('DeleteGroupPolicy');
      await authorize('DeleteGroup');
      await writeTx(async (tx) => {
        for (const u of deps.members) await applyRemoveUserFromGroup(tx, call.change, groupName, u);
        for (const arn of deps.attached) {
          await applyDetachPolicy(tx, call.change, 'group', groupName, arn);
        }
        for (const name of deps.inline) {
          await applyDeleteInlinePolicy(tx, call.change, 'group', groupName, name);
        }
        await removeGroup(tx, groupName, call.change);
      });
    },
  );
}

/** A row of the IAM users table. Columns the caller may not read are undefined ("-"). */
export interface UserRow {
  user: User;
  groupNames?: string[];
  /** Has a console password. */
  consoleAccess?: boolean;
  passwordResetRequired?: boolean;
  /** When the console password was set ("Password age"). */
  passwordCreateDate?: string;
}

/** The IAM users table: ListUsers, plus the groups and console access the caller may read. */
export function listUserRows(caller: Caller): Promise<UserRow[]> {
  const resource = iamListArn('user');
  return runCall(
    caller,
    { service: 'iam', operation: 'ListUsers', action: 'iam:ListUsers', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListUsers', resource });
      const data = await readTx(async (tx) => ({
        users: await readAllUsers(tx),
        groups: await readAllGroups(tx),
        memberships: await readAllMemberships(tx),
        profiles: await readAllLoginProfiles(tx),
      }));
      const groupName = new Map(data.groups.map((g) => [g.key, g.groupName]));
      const rows: UserRow[] = [];
      for (const user of data.users.sort((a, b) => a.userName.localeCompare(b.userName))) {
        const row: UserRow = { user: toUser(user) };
        if (await allowed(call, 'iam:ListGroupsForUser', user.arn)) {
          row.groupNames = data.memberships
            .filter((m) => m.userKey === user.key)
            .map((m) => groupName.get(m.groupKey) ?? m.groupKey)
            .sort();
        }
        if (await allowed(call, 'iam:GetLoginProfile', user.arn)) {
          const profile = data.profiles.find((p) => p.key === user.key);
          row.consoleAccess = profile !== undefined;
          if (profile) {
            row.passwordResetRequired = profile.passwordResetRequired;
            row.passwordCreateDate = profile.createDate;
          }
        }
        rows.push(row);
      }
      return rows;
    },
  );
}

function allowed(call: CallScope, action: string, resource: string): Promise<boolean> {
  return call.isAllowed({ action, resource });
}

/** A row of the IAM user groups table. */
export interface GroupRow {
  group: Group;
  userCount?: number;
  /** "Defined" when any policy is attached or embedded. */
  permissionsDefined?: boolean;
}

export function listGroupRows(caller: Caller): Promise<GroupRow[]> {
  const resource = iamListArn('group');
  return runCall(
    caller,
    { service: 'iam', operation: 'ListGroups', action: 'iam:ListGroups', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListGroups', resource });
      const groups = await readTx((tx) => readAllGroups(tx));
      const rows: GroupRow[] = [];
      for (const group of groups.sort((a, b) => a.groupName.localeCompare(b.groupName))) {
        const row: GroupRow = { group: toGroup(group) };
        const counts = await readTx(async (tx) => ({
          users: (await readMembershipsOfGroup(tx, group.groupName)).length,
          policies:
            (await readAttachmentsOf(tx, 'group', group.groupName)).length +
            (await readInlinePoliciesOf(tx, 'group', group.groupName)).length,
        }));
        if (await allowed(call, 'iam:GetGroup', group.arn)) row.userCount = counts.users;
        if (await allowed(call, 'iam:ListAttachedGroupPolicies', group.arn)) {
          row.permissionsDefined = counts.policies > 0;
        }
        rows.push(row);
      }
      return rows;
    },
  );
}

/**
 * A user's Permissions tab: every policy in force, with Type and "Attached via". Authorized as
 * the console's calls: ListAttachedUserPolicies, ListUserPolicies, ListGroupsForUser.
 */
export function userPermissions(caller: Caller, userName: string): Promise<EffectivePolicy[]> {
  const resource = userArn(userName);
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'ListAttachedUserPolicies',
      action: 'iam:ListAttachedUserPolicies',
      resource,
    },
    async (call) => {
      for (const operation of [
        'ListAttachedUserPolicies',
        'ListUserPolicies',
        'ListGroupsForUser',
      ]) {
        await call.authorize({ operation, action: `iam:${operation}`, resource });
      }
      const catalog = await awsManagedPolicies();
      return readTx(async (tx) => {
        await requireUser(tx, userName);
        return userPolicies(tx, catalog, userName);
      });
    },
  );
}

/** A group's Permissions tab: ListAttachedGroupPolicies and ListGroupPolicies. */
export function groupPermissions(caller: Caller, groupName: string): Promise<EffectivePolicy[]> {
  const resource = groupArn(groupName);
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'ListAttachedGroupPolicies',
      action: 'iam:ListAttachedGroupPolicies',
      resource,
    },
    async (call) => {
      for (const operation of ['ListAttachedGroupPolicies', 'ListGroupPolicies']) {
        await call.authorize({ operation, action: `iam:${operation}`, resource });
      }
      const catalog = await awsManagedPolicies();
      return readTx(async (tx) => {
        await requireGroup(tx, groupName);
        return groupPolicies(tx, catalog, groupName);
      });
    },
  );
}
