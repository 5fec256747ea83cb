// IAM roles: the list, a role's summary, permissions, trust policy and last accessed data, and
// the changes the role pages make. Switch role's AssumeRole is here too: it is what a role is for.

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as iam from '@/aws/iam';
import * as iamConsole from '@/aws/iam-console';
import type { CreateRoleWithDetailsInput } from '@/aws/console-roles';
import type { UpdateRoleInput } from '@/aws/iam-role-changes';
import * as sts from '@/aws/sts-api';
import type { Tag } from '@/aws/types';
import { invalidateFamily } from './invalidate';
import { useIamMutation } from './use-iam-mutation';

export const rolesQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'list', caller.arn],
    queryFn: () => iam.listRoles(caller),
  });

/** The Roles table: each role with its last activity. */
export const roleRowsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'rows', caller.arn],
    queryFn: () => iamConsole.listRoleRows(caller),
  });

export const roleQuery = (caller: Caller, roleName: string) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'detail', roleName, caller.arn],
    queryFn: () => iam.getRole(caller, roleName),
  });

/** A role's Summary: the role, its instance profiles and last activity. */
export const roleSummaryQuery = (caller: Caller, roleName: string) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'summary', roleName, caller.arn],
    queryFn: () => iamConsole.roleSummary(caller, roleName),
  });

/** The Permissions tab: policies in force and the permissions boundary. */
export const rolePermissionsQuery = (caller: Caller, roleName: string) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'permissions', roleName, caller.arn],
    queryFn: () => iamConsole.rolePermissions(caller, roleName),
  });

export const roleLastAccessedQuery = (caller: Caller, roleName: string) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'last-accessed', roleName, caller.arn],
    queryFn: () => iamConsole.roleLastAccessed(caller, roleName),
  });

export const rolePoliciesQuery = (caller: Caller, roleName: string) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'inline', roleName, caller.arn],
    queryFn: () => iam.listRolePolicies(caller, roleName),
  });

export const rolePolicyQuery = (caller: Caller, roleName: string, policyName: string) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'inline', roleName, policyName, caller.arn],
    queryFn: () => iam.getRolePolicy(caller, roleName, policyName),
  });

/** The Create role wizard: everything in one all-or-nothing step. */
export const useCreateRoleWithDetails = () =>
  useIamMutation((v: { caller: Caller } & CreateRoleWithDetailsInput) => {
    const { caller, ...input } = v;
    return iamConsole.createRoleWithDetails(caller, input);
  });

/** The console's Delete role (policies and instance profiles go first). */
export const useDeleteRole = () =>
  useIamMutation((v: { caller: Caller; roleName: string }) =>
    iamConsole.deleteRole(v.caller, v.roleName),
  );

export const useUpdateRole = () =>
  useIamMutation((v: { caller: Caller; roleName: string } & UpdateRoleInput) => {
    const { caller, roleName, ...input } = v;
    return iam.updateRole(caller, roleName, input);
  });

export const useUpdateAssumeRolePolicy = () =>
  useIamMutation((v: { caller: Caller; roleName: string; policyDocument: string }) =>
    iam.updateAssumeRolePolicy(v.caller, v.roleName, v.policyDocument),
  );

export const useAttachRolePolicies = () =>
  useIamMutation((v: { caller: Caller; roleName: string; policyArns: string[] }) =>
    iam.attachRolePolicies(v.caller, v.roleName, v.policyArns),
  );

export const useDetachRolePolicy = () =>
  useIamMutation((v: { caller: Caller; roleName: string; policyArn: string }) =>
    iam.detachRolePolicy(v.caller, v.roleName, v.policyArn),
  );

export const usePutRolePolicy = () =>
  useIamMutation(
    (v: { caller: Caller; roleName: string; policyName: string; policyDocument: string }) =>
      iam.putRolePolicy(v.caller, v.roleName, v.policyName, v.policyDocument),
  );

export const useDeleteRolePolicy = () =>
  useIamMutation((v: { caller: Caller; roleName: string; policyName: string }) =>
    iam.deleteRolePolicy(v.caller, v.roleName, v.policyName),
  );

export const usePutRolePermissionsBoundary = () =>
  useIamMutation((v: { caller: Caller; roleName: string; policyArn: string }) =>
    iam.putRolePermissionsBoundary(v.caller, v.roleName, v.policyArn),
  );

export const useDeleteRolePermissionsBoundary = () =>
  useIamMutation((v: { caller: Caller; roleName: string }) =>
    iam.deleteRolePermissionsBoundary(v.caller, v.roleName),
  );

/** "Manage tags" → "Save changes": UntagRole for removed keys, TagRole for the rest. */
export const useSaveRoleTags = () =>
  useIamMutation(
    async (v: { caller: Caller; roleName: string; removedKeys: string[]; tags: Tag[] }) => {
      if (v.removedKeys.length > 0) await iam.untagRole(v.caller, v.roleName, v.removedKeys);
      if (v.tags.length > 0) await iam.tagRole(v.caller, v.roleName, v.tags);
    },
  );

/** Switch Role's AssumeRole. It changes nothing in IAM; only the call log grows. */
export const useAssumeRole = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { caller: Caller } & sts.AssumeRoleInput) => {
      const { caller, ...input } = v;
      return sts.assumeRole(caller, input);
    },
    onSettled: () => invalidateFamily(client, ['lab']),
  });
};

export { trustedEntitiesLabel } from '@/aws/trust-policies';
