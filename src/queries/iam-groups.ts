// IAM user groups: list, detail (users), permissions, and their changes.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as iam from '@/aws/iam';
import * as iamConsole from '@/aws/iam-console';
import type { CreateGroupWithDetailsInput } from '@/aws/iam-wizards';
import { useIamMutation } from './use-iam-mutation';

export const groupsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'groups', 'list', caller.arn],
    queryFn: () => iam.listGroups(caller),
  });

/** The IAM user groups table: groups with user counts and whether permissions are defined. */
export const groupRowsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'groups', 'rows', caller.arn],
    queryFn: () => iamConsole.listGroupRows(caller),
  });

/** GetGroup: the group and its users. */
export const groupQuery = (caller: Caller, groupName: string) =>
  queryOptions({
    queryKey: ['iam', 'groups', 'detail', groupName, caller.arn],
    queryFn: () => iam.getGroup(caller, groupName),
  });

export const groupPermissionsQuery = (caller: Caller, groupName: string) =>
  queryOptions({
    queryKey: ['iam', 'groups', 'permissions', groupName, caller.arn],
    queryFn: () => iamConsole.groupPermissions(caller, groupName),
  });

export const attachedGroupPoliciesQuery = (caller: Caller, groupName: string) =>
  queryOptions({
    queryKey: ['iam', 'groups', 'attached', groupName, caller.arn],
    queryFn: () => iam.listAttachedGroupPolicies(caller, groupName),
  });

export const groupPoliciesQuery = (caller: Caller, groupName: string) =>
  queryOptions({
    queryKey: ['iam', 'groups', 'inline', groupName, caller.arn],
    queryFn: () => iam.listGroupPolicies(caller, groupName),
  });

export const groupPolicyQuery = (caller: Caller, groupName: string, policyName: string) =>
  queryOptions({
    queryKey: ['iam', 'groups', 'inline', groupName, policyName, caller.arn],
    queryFn: () => iam.getGroupPolicy(caller, groupName, policyName),
  });

export const useCreateGroup = () =>
  useIamMutation((v: { caller: Caller; groupName: string }) =>
    iam.createGroup(v.caller, { groupName: v.groupName }),
  );

/** The Create user group page: the group, its users and policies, all or nothing. */
export const useCreateGroupWithDetails = () =>
  useIamMutation((v: { caller: Caller } & CreateGroupWithDetailsInput) => {
    const { caller, ...input } = v;
    return iam.createGroupWithDetails(caller, input);
  });

/** The console's Delete user group (members and policies go first). */
export const useDeleteGroup = () =>
  useIamMutation((v: { caller: Caller; groupName: string }) =>
    iamConsole.deleteGroup(v.caller, v.groupName),
  );

export const useAddUserToGroup = () =>
  useIamMutation((v: { caller: Caller; groupName: string; userName: string }) =>
    iam.addUserToGroup(v.caller, v.groupName, v.userName),
  );

/** A group's "Add users": several users, all or nothing. */
export const useAddUsersToGroup = () =>
  useIamMutation((v: { caller: Caller; groupName: string; userNames: string[] }) =>
    iam.addUsersToGroup(v.caller, v.groupName, v.userNames),
  );

export const useRemoveUserFromGroup = () =>
  useIamMutation((v: { caller: Caller; groupName: string; userName: string }) =>
    iam.removeUserFromGroup(v.caller, v.groupName, v.userName),
  );

export const useAttachGroupPolicy = () =>
  useIamMutation((v: { caller: Caller; groupName: string; policyArn: string }) =>
    iam.attachGroupPolicy(v.caller, v.groupName, v.policyArn),
  );

/** A group's "Attach policies": several policies, all or nothing. */
export const useAttachGroupPolicies = () =>
  useIamMutation((v: { caller: Caller; groupName: string; policyArns: string[] }) =>
    iam.attachGroupPolicies(v.caller, v.groupName, v.policyArns),
  );

export const useDetachGroupPolicy = () =>
  useIamMutation((v: { caller: Caller; groupName: string; policyArn: string }) =>
    iam.detachGroupPolicy(v.caller, v.groupName, v.policyArn),
  );

export const usePutGroupPolicy = () =>
  useIamMutation(
    (v: { caller: Caller; groupName: string; policyName: string; policyDocument: string }) =>
      iam.putGroupPolicy(v.caller, v.groupName, v.policyName, v.policyDocument),
  );

export const useDeleteGroupPolicy = () =>
  useIamMutation((v: { caller: Caller; groupName: string; policyName: string }) =>
    iam.deleteGroupPolicy(v.caller, v.groupName, v.policyName),
  );
