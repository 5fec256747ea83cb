// The per-identity policy operations under AWS's names (AttachUserPolicy, PutGroupPolicy, ...).

import type { Caller } from './caller';
import {
  deleteInlinePolicy,
  getInlinePolicy,
  listInlinePolicies,
  putInlinePolicy,
} from './inline-policy-ops';
import { attachPolicies, detachPolicy, listAttachedPolicies } from './managed-policy-attachments';
import type { AttachedPolicy, InlinePolicy } from './types';

export const attachUserPolicy = (caller: Caller, userName: string, policyArn: string) =>
  attachPolicies(caller, 'user', userName, [policyArn]);
export const detachUserPolicy = (caller: Caller, userName: string, policyArn: string) =>
  detachPolicy(caller, 'user', userName, policyArn);
export const listAttachedUserPolicies = (
  caller: Caller,
  userName: string,
): Promise<AttachedPolicy[]> => listAttachedPolicies(caller, 'user', userName);
export const putUserPolicy = (
  caller: Caller,
  userName: string,
  policyName: string,
  policyDocument: string,
) => putInlinePolicy(caller, 'user', userName, policyName, policyDocument);
export const getUserPolicy = (
  caller: Caller,
  userName: string,
  policyName: string,
): Promise<InlinePolicy> => getInlinePolicy(caller, 'user', userName, policyName);
export const deleteUserPolicy = (caller: Caller, userName: string, policyName: string) =>
  deleteInlinePolicy(caller, 'user', userName, policyName);
export const listUserPolicies = (caller: Caller, userName: string): Promise<string[]> =>
  listInlinePolicies(caller, 'user', userName);

export const attachGroupPolicy = (caller: Caller, groupName: string, policyArn: string) =>
  attachPolicies(caller, 'group', groupName, [policyArn]);
export const attachGroupPolicies = (
  caller: Caller,
  groupName: string,
  policyArns: readonly string[],
) => attachPolicies(caller, 'group', groupName, policyArns);
export const detachGroupPolicy = (caller: Caller, groupName: string, policyArn: string) =>
  detachPolicy(caller, 'group', groupName, policyArn);
export const listAttachedGroupPolicies = (
  caller: Caller,
  groupName: string,
): Promise<AttachedPolicy[]> => listAttachedPolicies(caller, 'group', groupName);
export const putGroupPolicy = (
  caller: Caller,
  groupName: string,
  policyName: string,
  policyDocument: string,
) => putInlinePolicy(caller, 'group', groupName, policyName, policyDocument);
export const getGroupPolicy = (
  caller: Caller,
  groupName: string,
  policyName: string,
): Promise<InlinePolicy> => getInlinePolicy(caller, 'group', groupName, policyName);
export const deleteGroupPolicy = (caller: Caller, groupName: string, policyName: string) =>
  deleteInlinePolicy(caller, 'group', groupName, policyName);
export const listGroupPolicies = (caller: Caller, groupName: string): Promise<string[]> =>
  listInlinePolicies(caller, 'group', groupName);

export const attachRolePolicy = (caller: Caller, roleName: string, policyArn: string) =>
  attachPolicies(caller, 'role', roleName, [policyArn]);
export const attachRolePolicies = (
  caller: Caller,
  roleName: string,
  policyArns: readonly string[],
) => attachPolicies(caller, 'role', roleName, policyArns);
export const detachRolePolicy = (caller: Caller, roleName: string, policyArn: string) =>
  detachPolicy(caller, 'role', roleName, policyArn);
export const listAttachedRolePolicies = (
  caller: Caller,
  roleName: string,
): Promise<AttachedPolicy[]> => listAttachedPolicies(caller, 'role', roleName);
export const putRolePolicy = (
  caller: Caller,
  roleName: string,
  policyName: string,
  policyDocument: string,
) => putInlinePolicy(caller, 'role', roleName, policyName, policyDocument);
export const getRolePolicy = (
  caller: Caller,
  roleName: string,
  policyName: string,
): Promise<InlinePolicy> => getInlinePolicy(caller, 'role', roleName, policyName);
export const deleteRolePolicy = (caller: Caller, roleName: string, policyName: string) =>
  deleteInlinePolicy(caller, 'role', roleName, policyName);
export const listRolePolicies = (caller: Caller, roleName: string): Promise<string[]> =>
  listInlinePolicies(caller, 'role', roleName);
