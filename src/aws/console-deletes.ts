// The console's Delete user and Delete user group: unlike the API's DeleteConflict, they remove
// memberships, policies, the password, access keys and MFA devices first (after the learner's typed confirmation), authorizing
// every call, then write everything in one transaction.

import { readAccessKeysOf, removeAccessKey } from '@/storage/access-keys';
import { readAttachmentsOf } from '@/storage/attachments';
import { readTx, writeTx } from '@/storage/db';
import { removeGroup } from '@/storage/groups';
import { readInlinePoliciesOf } from '@/storage/inline-policies';
import { readLoginProfile } from '@/storage/login-profiles';
import { readMembershipsOfGroup } from '@/storage/memberships';
import { readMfaDevicesOf, removeMfaDevice } from '@/storage/mfa-devices';
import type { LabReadTx } from '@/storage/schema';
import { readUser, removeUser } from '@/storage/users';
import { groupArn, userArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { applyRemoveUserFromGroup, groupsOfUser, requireGroup } from './iam-groups';
import { applyDeleteLoginProfile } from './iam-login-profiles';
import { requireUser } from './iam-users';
import { applyDeleteInlinePolicy } from './inline-policy-ops';
import { applyDetachPolicy } from './managed-policy-attachments';

/** What a user's dependents are, read before the deletion is authorized. */
async function userDependents(tx: LabReadTx, userName: string) {
  await requireUser(tx, userName);
  return {
    groups: (await groupsOfUser(tx, userName)).map((g) => g.groupName),
    attached: (await readAttachmentsOf(tx, 'user', userName)).map((a) => a.policyArn),
    inline: (await readInlinePoliciesOf(tx, 'user', userName)).map((p) => p.policyName),
    loginProfile: (await readLoginProfile(tx, userName)) !== undefined,
    accessKeys: (await readAccessKeysOf(tx, userName)).map((k) => k.accessKeyId),
    mfaDevices: (await readMfaDevicesOf(tx, userName)).map((d) => d.serialNumber),
  };
}

/**
 * The console's Delete user: removes group memberships, managed and inline policies, the
 * console password, access keys and MFA devices, then the user, in one transaction.
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
      for (const _key of deps.accessKeys) {
        await call.authorize({ ...op('DeleteAccessKey'), resource });
      }
      for (const serial of deps.mfaDevices) {
        await call.authorize({ ...op('DeactivateMFADevice'), resource });
        await call.authorize({ ...op('DeleteVirtualMFADevice'), resource: serial });
      }
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
        for (const id of deps.accessKeys) await removeAccessKey(tx, id, call.change);
        for (const serial of deps.mfaDevices) await removeMfaDevice(tx, serial, call.change);
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
