// The IAM console's tables that combine several API calls: the users and groups lists, the
// Permissions tabs and a user's Groups tab. Columns the caller may not read stay undefined ("-").

import { countBy, groupBy } from '@/lib/group-by';
import { readAllAccessKeys } from '@/storage/access-keys';
import { readAllAttachments } from '@/storage/attachments';
import { readTx } from '@/storage/db';
import { readAllGroups } from '@/storage/groups';
import { readAllInlinePolicies } from '@/storage/inline-policies';
import { readAllLoginProfiles } from '@/storage/login-profiles';
import { readAllLastActivity } from '@/storage/logs';
import { readAllMemberships } from '@/storage/memberships';
import { readAllMfaDevices } from '@/storage/mfa-devices';
import { readAllUsers } from '@/storage/users';
import { groupArn, iamListArn, userArn } from './arns';
import type { Caller } from './caller';
import { runCall, type CallScope } from './call';
import { groupsOfUser, requireGroup, toGroup } from './iam-groups';
import { requireUser, toUser } from './iam-users';
import {
  groupPolicies,
  loadAttachedAwsCatalog,
  userPolicies,
  type EffectivePolicy,
} from './identity-policies';
import type { Group, User } from './types';

/** A row of the IAM users table. Columns the caller may not read are undefined ("-"). */
export interface UserRow {
  user: User;
  groupNames?: string[];
  /** Has a console password. */
  consoleAccess?: boolean;
  passwordResetRequired?: boolean;
  /** When the console password was set ("Password age"). */
  passwordCreateDate?: string;
  /** The user's latest call in the lab ("Last activity"); absent: never. */
  lastActivity?: string;
  /** Assigned MFA devices ("MFA"), when the caller may list them. */
  mfaDeviceCount?: number;
  /** Access keys, oldest first ("Access key ID", "Active key age"), when the caller may list them. */
  accessKeys?: Array<{ accessKeyId: string; status: 'Active' | 'Inactive'; createDate: string }>;
}

/** The IAM users table: ListUsers, plus the groups and console access the caller may read. */
export function listUserRows(caller: Caller): Promise<UserRow[]> {
  const resource = iamListArn('user');
  return runCall(
    caller,
    { service: 'iam', operation: 'ListUsers', action: 'iam:ListUsers', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListUsers', resource });
      const data = await readTx(async (tx) => {
        return {
          users: await readAllUsers(tx),
          lastActivity: await readAllLastActivity(tx),
          groups: await readAllGroups(tx),
          memberships: await readAllMemberships(tx),
          profiles: await readAllLoginProfiles(tx),
          devices: await readAllMfaDevices(tx),
          keys: await readAllAccessKeys(tx),
        };
      });
      const groupName = new Map(data.groups.map((g) => [g.key, g.groupName]));
      const groupsOf = groupBy(data.memberships, (m) => m.userKey);
      const profileOf = new Map(data.profiles.map((p) => [p.key, p]));
      const devicesOf = groupBy(data.devices, (d) => d.userKey ?? '');
      const keysOf = groupBy(data.keys, (k) => k.userKey);
      const rows: UserRow[] = [];
      for (const user of data.users.sort((a, b) => a.userName.localeCompare(b.userName))) {
        const row: UserRow = { user: toUser(user) };
        const last = data.lastActivity.get(user.arn);
        if (last) row.lastActivity = last;
        if (await allowed(call, 'iam:ListGroupsForUser', user.arn)) {
          row.groupNames = (groupsOf.get(user.key) ?? [])
            .map((m) => groupName.get(m.groupKey) ?? m.groupKey)
            .sort();
        }
        if (await allowed(call, 'iam:GetLoginProfile', user.arn)) {
          const profile = profileOf.get(user.key);
          row.consoleAccess = profile !== undefined;
          if (profile) {
            row.passwordResetRequired = profile.passwordResetRequired;
            row.passwordCreateDate = profile.createDate;
          }
        }
        if (await allowed(call, 'iam:ListMFADevices', user.arn)) {
          row.mfaDeviceCount = devicesOf.get(user.key)?.length ?? 0;
        }
        if (await allowed(call, 'iam:ListAccessKeys', user.arn)) {
          row.accessKeys = (keysOf.get(user.key) ?? [])
            .sort((a, b) => a.createDate.localeCompare(b.createDate))
            .map(({ accessKeyId, status, createDate }) => ({ accessKeyId, status, createDate }));
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
      const data = await readTx(async (tx) => ({
        groups: await readAllGroups(tx),
        memberships: await readAllMemberships(tx),
        attachments: await readAllAttachments(tx),
        inline: await readAllInlinePolicies(tx),
      }));
      const members = countBy(data.memberships, (m) => m.groupKey);
      const groupPolicyCount = countBy(
        [...data.attachments, ...data.inline].filter((p) => p.principalKind === 'group'),
        (p) => p.principalKey,
      );
      const rows: GroupRow[] = [];
      for (const group of data.groups.sort((a, b) => a.groupName.localeCompare(b.groupName))) {
        const row: GroupRow = { group: toGroup(group) };
        if (await allowed(call, 'iam:GetGroup', group.arn)) {
          row.userCount = members.get(group.key) ?? 0;
        }
        if (await allowed(call, 'iam:ListAttachedGroupPolicies', group.arn)) {
          row.permissionsDefined = (groupPolicyCount.get(group.key) ?? 0) > 0;
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
      const catalog = await loadAttachedAwsCatalog();
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
      const catalog = await loadAttachedAwsCatalog();
      return readTx(async (tx) => {
        await requireGroup(tx, groupName);
        return groupPolicies(tx, catalog, groupName);
      });
    },
  );
}

/** A row of a user's Groups tab: the group and the names of the policies it brings. */
export interface UserGroupRow {
  group: Group;
  /** Managed and inline policy names; undefined when the caller may not list them. */
  attachedPolicyNames?: string[];
}

/** A user's Groups tab: ListGroupsForUser, then each group's policies when the caller may read them. */
export function userGroupRows(caller: Caller, userName: string): Promise<UserGroupRow[]> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'ListGroupsForUser', action: 'iam:ListGroupsForUser', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListGroupsForUser', resource });
      const catalog = await loadAttachedAwsCatalog();
      const groups = await readTx(async (tx) => {
        await requireUser(tx, userName);
        const out = [];
        for (const group of await groupsOfUser(tx, userName)) {
          out.push({ group, policies: await groupPolicies(tx, catalog, group.groupName) });
        }
        return out;
      });
      const rows: UserGroupRow[] = [];
      for (const { group, policies } of groups) {
        const row: UserGroupRow = { group: toGroup(group) };
        if (await allowed(call, 'iam:ListAttachedGroupPolicies', group.arn)) {
          row.attachedPolicyNames = policies.map((p) => p.policyName);
        }
        rows.push(row);
      }
      return rows;
    },
  );
}
