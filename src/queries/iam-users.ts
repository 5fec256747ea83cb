// IAM users: list, detail, console password, and the users' policies.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as iam from '@/aws/iam';
import * as iamConsole from '@/aws/iam-console';
import type { CreateLoginProfileInput } from '@/aws/iam-users';
import type { CreateUserWithDetailsInput } from '@/aws/iam-wizards';
import { useIamMutation } from './use-iam-mutation';

export const usersQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'users', 'list', caller.arn],
    queryFn: () => iam.listUsers(caller),
  });

/** The IAM users table: users with their groups and console access. */
export const userRowsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'users', 'rows', caller.arn],
    queryFn: () => iamConsole.listUserRows(caller),
  });

export const userQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'detail', userName, caller.arn],
    queryFn: () => iam.getUser(caller, userName),
  });

export const loginProfileQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'login-profile', userName, caller.arn],
    queryFn: () => iam.getLoginProfile(caller, userName),
  });

export const groupsForUserQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'groups', userName, caller.arn],
    queryFn: () => iam.listGroupsForUser(caller, userName),
  });

/** The Groups tab: each group with the names of its policies. */
export const userGroupRowsQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'group-rows', userName, caller.arn],
    queryFn: () => iamConsole.userGroupRows(caller, userName),
  });

/** The Permissions tab: every policy in force, with Type and "Attached via". */
export const userPermissionsQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'permissions', userName, caller.arn],
    queryFn: () => iamConsole.userPermissions(caller, userName),
  });

export const attachedUserPoliciesQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'attached', userName, caller.arn],
    queryFn: () => iam.listAttachedUserPolicies(caller, userName),
  });

export const userPoliciesQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'inline', userName, caller.arn],
    queryFn: () => iam.listUserPolicies(caller, userName),
  });

export const userPolicyQuery = (caller: Caller, userName: string, policyName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'inline', userName, policyName, caller.arn],
    queryFn: () => iam.getUserPolicy(caller, userName, policyName),
  });

export const useCreateUser = () =>
  useIamMutation((v: { caller: Caller; userName: string }) =>
    iam.createUser(v.caller, { userName: v.userName }),
  );

/** The Create user wizard: everything in one all-or-nothing step; returns the password once. */
export const useCreateUserWithDetails = () =>
  useIamMutation((v: { caller: Caller } & CreateUserWithDetailsInput) => {
    const { caller, ...input } = v;
    return iam.createUserWithDetails(caller, input);
  });

/** The console's Delete user (memberships, policies and password go first). */
export const useDeleteUser = () =>
  useIamMutation((v: { caller: Caller; userName: string }) =>
    iamConsole.deleteUser(v.caller, v.userName),
  );

export const useCreateLoginProfile = () =>
  useIamMutation((v: { caller: Caller } & CreateLoginProfileInput) => {
    const { caller, ...input } = v;
    return iam.createLoginProfile(caller, input);
  });

export const useDeleteLoginProfile = () =>
  useIamMutation((v: { caller: Caller; userName: string }) =>
    iam.deleteLoginProfile(v.caller, v.userName),
  );

export const useAttachUserPolicy = () =>
  useIamMutation((v: { caller: Caller; userName: string; policyArn: string }) =>
    iam.attachUserPolicy(v.caller, v.userName, v.policyArn),
  );

export const useDetachUserPolicy = () =>
  useIamMutation((v: { caller: Caller; userName: string; policyArn: string }) =>
    iam.detachUserPolicy(v.caller, v.userName, v.policyArn),
  );

export const usePutUserPolicy = () =>
  useIamMutation(
    (v: { caller: Caller; userName: string; policyName: string; policyDocument: string }) =>
      iam.putUserPolicy(v.caller, v.userName, v.policyName, v.policyDocument),
  );

export const useDeleteUserPolicy = () =>
  useIamMutation((v: { caller: Caller; userName: string; policyName: string }) =>
    iam.deleteUserPolicy(v.caller, v.userName, v.policyName),
  );

/** "Add permissions" on a user: groups and/or policies, all or nothing. */
export const useAddUserPermissions = () =>
  useIamMutation(
    (v: { caller: Caller; userName: string; groupNames?: string[]; policyArns?: string[] }) =>
      iam.addUserPermissions(v.caller, v.userName, {
        groupNames: v.groupNames ?? [],
        policyArns: v.policyArns ?? [],
      }),
  );

/** The policy a required password reset attaches (show it in the Review step). */
export { CHANGE_PASSWORD_POLICY_ARN } from '@/aws/iam-wizards';

/** The Permissions tab's "Permissions boundary" section. */
export const userBoundaryQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'boundary', userName, caller.arn],
    // A query may not resolve to undefined: "(not set)" is null.
    queryFn: async () => (await iamConsole.userBoundary(caller, userName)) ?? null,
  });

export const userLastAccessedQuery = (caller: Caller, userName: string) =>
  queryOptions({
    queryKey: ['iam', 'users', 'last-accessed', userName, caller.arn],
    queryFn: () => iamConsole.userLastAccessed(caller, userName),
  });

export const usePutUserPermissionsBoundary = () =>
  useIamMutation((v: { caller: Caller; userName: string; policyArn: string }) =>
    iam.putUserPermissionsBoundary(v.caller, v.userName, v.policyArn),
  );

export const useDeleteUserPermissionsBoundary = () =>
  useIamMutation((v: { caller: Caller; userName: string }) =>
    iam.deleteUserPermissionsBoundary(v.caller, v.userName),
  );
