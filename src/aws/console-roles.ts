// The IAM console's role screens that take several API calls: Create role, Delete role, the Roles
// table, a role's Summary, Permissions and Last Accessed tabs. Like the user and group wizards,
// every call is authorized first, then everything is written in one transaction.

import { readAttachmentsOf } from '@/storage/attachments';
import { readTx, writeTx } from '@/storage/db';
import { readInlinePoliciesOf } from '@/storage/inline-policies';
import { readInstanceProfilesForRole } from '@/storage/instance-profiles';
import { removeRole } from '@/storage/roles';
import type { Caller } from './caller';
import { instanceProfileArn, roleArn } from './arns';
import { awsManagedPolicies } from './aws-managed-policies';
import { runCall } from './call';
import { applyDeleteInlinePolicy } from './inline-policy-ops';
import {
  applyAddRoleToInstanceProfile,
  applyCreateInstanceProfile,
  applyDeleteInstanceProfile,
  applyRemoveRoleFromInstanceProfile,
} from './instance-profiles';
import {
  applyCreateRole,
  checkBoundaryExists,
  checkCreateRoleInput,
  principalArns,
  requireModifiableRole,
  roleResource,
  toRole,
  type CreateRoleInput,
} from './iam-roles';
import { tagContext } from './iam-users';
import { applyAttachPolicy, applyDetachPolicy } from './managed-policy-attachments';
import { checkTrustPolicy } from './trust-policies';
import type { Role } from './types';

export interface CreateRoleWithDetailsInput extends CreateRoleInput {
  policyArns?: string[];
  /** An AWS-service role for EC2: the console adds an instance profile of the same name. */
  createInstanceProfile?: boolean;
}

/**
 * Create role: CreateRole (with its boundary and tags), AttachRolePolicy × n and, for EC2,
 * CreateInstanceProfile and AddRoleToInstanceProfile.
 */
export function createRoleWithDetails(
  caller: Caller,
  input: CreateRoleWithDetailsInput,
): Promise<Role> {
  const resource = roleArn(input.roleName, input.path ?? '/');
  const policies = input.policyArns ?? [];
  const profileArn = instanceProfileArn(input.roleName);
  return runCall(
    caller,
    { service: 'iam', operation: 'CreateRole', action: 'iam:CreateRole', resource },
    async (call) => {
      checkCreateRoleInput(input);
      const boundary = input.permissionsBoundary;
      await call.authorize({
        action: 'iam:CreateRole',
        resource,
        context: {
          ...tagContext(input.tags),
          ...(boundary && { 'iam:PermissionsBoundary': boundary }),
        },
      });
      for (const policyArn of policies) {
        await call.authorize({
          action: 'iam:AttachRolePolicy',
          operation: 'AttachRolePolicy',
          resource,
          context: { 'iam:PolicyARN': policyArn },
        });
      }
      if (input.createInstanceProfile) {
        for (const operation of ['CreateInstanceProfile', 'AddRoleToInstanceProfile']) {
          await call.authorize({ action: `iam:${operation}`, operation, resource: profileArn });
        }
      }
      await checkTrustPolicy(input.assumeRolePolicyDocument, await principalArns());
      if (boundary) await checkBoundaryExists(boundary);
      const catalog = await awsManagedPolicies();
      const role = await writeTx(async (tx) => {
        const created = await applyCreateRole(tx, call.change, input);
        for (const arn of policies) {
          await applyAttachPolicy(tx, call.change, catalog, 'role', input.roleName, arn);
        }
        if (input.createInstanceProfile) {
          await applyCreateInstanceProfile(tx, call.change, input.roleName);
          await applyAddRoleToInstanceProfile(tx, call.change, input.roleName, input.roleName);
        }
        return created;
      });
      return toRole(role);
    },
  );
}

/**
 * The console's Delete role: detaches managed policies, deletes inline policies, removes the role
 * from its instance profiles and deletes them, then deletes the role.
 */
export function deleteRole(caller: Caller, roleName: string): Promise<void> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'DeleteRole',
      action: 'iam:DeleteRole',
      resource: roleArn(roleName),
    },
    async (call) => {
      const resource = await roleResource(roleName);
      const deps = await readTx(async (tx) => {
        await requireModifiableRole(tx, roleName);
        return {
          attached: (await readAttachmentsOf(tx, 'role', roleName)).map((a) => a.policyArn),
          inline: (await readInlinePoliciesOf(tx, 'role', roleName)).map((p) => p.policyName),
          profiles: await readInstanceProfilesForRole(tx, roleName),
        };
      });
      const authorize = (operation: string, on = resource, context?: Record<string, string>) =>
        call.authorize({
          operation,
          action: `iam:${operation}`,
          resource: on,
          ...(context && { context }),
        });
      for (const arn of deps.attached)
        await authorize('DetachRolePolicy', resource, { 'iam:PolicyARN': arn });
      for (const _p of deps.inline) await authorize('DeleteRolePolicy');
      for (const profile of deps.profiles) {
        await authorize('RemoveRoleFromInstanceProfile', profile.arn);
        if (profile.roleNames.length === 1) await authorize('DeleteInstanceProfile', profile.arn);
      }
      await authorize('DeleteRole');
      await writeTx(async (tx) => {
        for (const arn of deps.attached) {
          await applyDetachPolicy(tx, call.change, 'role', roleName, arn);
        }
        for (const name of deps.inline) {
          await applyDeleteInlinePolicy(tx, call.change, 'role', roleName, name);
        }
        for (const profile of deps.profiles) {
          const name = profile.instanceProfileName;
          await applyRemoveRoleFromInstanceProfile(tx, call.change, name, roleName);
          if (profile.roleNames.length === 1) {
            await applyDeleteInstanceProfile(tx, call.change, name);
          }
        }
        await removeRole(tx, roleName, call.change);
      });
    },
  );
}
