// The console's multi-call forms (Create user, Create user group, Add permissions, Add users).
// Every call is authorized first, then everything is written in ONE transaction: all or nothing.
// A deliberate simplification of AWS, where the console makes the calls one by one and can stop
// half way; the help panel says so.

import { readTx, writeTx } from '@/storage/db';
import { groupArn, userArn } from './arns';
import { awsManagedPolicies } from './aws-managed-policies';
import type { Caller } from './caller';
import { runCall, type CallScope } from './call';
import { readPasswordPolicy } from './iam-account-settings';
import { applyAddUserToGroup, applyCreateGroup, toGroup } from './iam-groups';
import { checkBoundaryExists } from './iam-roles';
import {
  applyCreateLoginProfile,
  preparePassword,
  type PasswordChoice,
} from './iam-login-profiles';
import { applyCreateUser, tagContext, toUser } from './iam-users';
import { applyAttachPolicy } from './managed-policy-attachments';
import { checkGroupName, checkTags, checkUserName } from './names';
import type { Group, Tag, User } from './types';

export interface CreateUserWithDetailsInput {
  userName: string;
  /** "Tags - optional" of the Review step. */
  tags?: Tag[];
  /** Absent: no console access. */
  consolePassword?: { password: PasswordChoice; passwordResetRequired: boolean };
  groupNames?: string[];
  policyArns?: string[];
  /** "Set permissions boundary - optional": a managed policy's ARN. */
  permissionsBoundary?: string;
}

export interface CreateUserWithDetailsResult {
  user: User;
  /** The console password in clear, shown once ("Retrieve password"); absent without console access. */
  password?: string;
}

async function authorizeMemberships(
  call: CallScope,
  userName: string,
  groupNames: readonly string[],
): Promise<void> {
  for (const groupName of groupNames) {
    checkGroupName(groupName);
    await call.authorize({
      action: 'iam:AddUserToGroup',
      operation: 'AddUserToGroup',
      resource: groupArn(groupName),
    });
  }
  checkUserName(userName);
}

async function authorizeAttachments(
  call: CallScope,
  kind: 'user' | 'group',
  name: string,
  policyArns: readonly string[],
): Promise<void> {
  const operation = kind === 'user' ? 'AttachUserPolicy' : 'AttachGroupPolicy';
  for (const policyArn of policyArns) {
    await call.authorize({
      action: `iam:${operation}`,
      operation,
      resource: kind === 'user' ? userArn(name) : groupArn(name),
      context: { 'iam:PolicyARN': policyArn },
    });
  }
}

/** What the console attaches when "Users must create a new password at next sign-in" is checked. */
export const CHANGE_PASSWORD_POLICY_ARN = 'arn:aws:iam::aws:policy/IAMUserChangePassword';

/**
 * Create user: CreateUser (with its boundary), CreateLoginProfile, AddUserToGroup × n, AttachUserPolicy × n. As the
 * console does, a required password reset also attaches IAMUserChangePassword, so the user can
 * change it, unless the account password policy already lets users change their own password.
 */
export function createUserWithDetails(
  caller: Caller,
  input: CreateUserWithDetailsInput,
): Promise<CreateUserWithDetailsResult> {
  const resource = userArn(input.userName);
  const groups = input.groupNames ?? [];
  const policies = [...(input.policyArns ?? [])];
  return runCall(
    caller,
    { service: 'iam', operation: 'CreateUser', action: 'iam:CreateUser', resource },
    async (call) => {
      const passwordPolicy = await readTx(readPasswordPolicy);
      if (
        input.consolePassword?.passwordResetRequired &&
        !passwordPolicy?.AllowUsersToChangePassword &&
        !policies.includes(CHANGE_PASSWORD_POLICY_ARN)
      ) {
        policies.push(CHANGE_PASSWORD_POLICY_ARN);
      }
      checkUserName(input.userName);
      checkTags(input.tags ?? []);
      const boundary = input.permissionsBoundary;
      await call.authorize({
        action: 'iam:CreateUser',
        resource,
        context: {
          ...tagContext(input.tags),
          ...(boundary && { 'iam:PermissionsBoundary': boundary }),
        },
      });
      if (boundary) await checkBoundaryExists(boundary);
      if (input.consolePassword) {
        await call.authorize({
          action: 'iam:CreateLoginProfile',
          operation: 'CreateLoginProfile',
          resource,
        });
      }
      await authorizeMemberships(call, input.userName, groups);
      await authorizeAttachments(call, 'user', input.userName, policies);
      const password = input.consolePassword
        ? await preparePassword(input.consolePassword.password, passwordPolicy)
        : undefined;
      const catalog = await awsManagedPolicies();
      const user = await writeTx(async (tx) => {
        const created = await applyCreateUser(
          tx,
          call.change,
          { userName: input.userName, tags: input.tags ?? [] },
          boundary,
        );
        if (password && input.consolePassword) {
          const reset = input.consolePassword.passwordResetRequired;
          await applyCreateLoginProfile(tx, call.change, input.userName, password.hash, reset);
        }
        for (const g of groups) await applyAddUserToGroup(tx, call.change, g, input.userName);
        for (const arn of policies) {
          await applyAttachPolicy(tx, call.change, catalog, 'user', input.userName, arn);
        }
        return created;
      });
      return { user: toUser(user), ...(password && { password: password.shown }) };
    },
  );
}

export interface CreateGroupWithDetailsInput {
  groupName: string;
  userNames?: string[];
  policyArns?: string[];
}

/** Create user group: CreateGroup, AddUserToGroup × n, AttachGroupPolicy × n. */
export function createGroupWithDetails(
  caller: Caller,
  input: CreateGroupWithDetailsInput,
): Promise<Group> {
  const resource = groupArn(input.groupName);
  const users = input.userNames ?? [];
  const policies = input.policyArns ?? [];
  return runCall(
    caller,
    { service: 'iam', operation: 'CreateGroup', action: 'iam:CreateGroup', resource },
    async (call) => {
      checkGroupName(input.groupName);
      await call.authorize({ action: 'iam:CreateGroup', resource });
      for (const userName of users) await authorizeMemberships(call, userName, [input.groupName]);
      await authorizeAttachments(call, 'group', input.groupName, policies);
      const catalog = await awsManagedPolicies();
      const group = await writeTx(async (tx) => {
        const created = await applyCreateGroup(tx, call.change, { groupName: input.groupName });
        for (const u of users) await applyAddUserToGroup(tx, call.change, input.groupName, u);
        for (const arn of policies) {
          await applyAttachPolicy(tx, call.change, catalog, 'group', input.groupName, arn);
        }
        return created;
      });
      return toGroup(group);
    },
  );
}

export interface AddPermissionsInput {
  groupNames?: string[];
  policyArns?: string[];
}

/** A user's "Add permissions": AddUserToGroup × n and AttachUserPolicy × n, all or nothing. */
export function addUserPermissions(
  caller: Caller,
  userName: string,
  input: AddPermissionsInput,
): Promise<void> {
  const groups = input.groupNames ?? [];
  const policies = input.policyArns ?? [];
  const first = groups[0];
  const spec = first
    ? { operation: 'AddUserToGroup', action: 'iam:AddUserToGroup', resource: groupArn(first) }
    : {
        operation: 'AttachUserPolicy',
        action: 'iam:AttachUserPolicy',
        resource: userArn(userName),
      };
  return runCall(caller, { service: 'iam', ...spec }, async (call) => {
    await authorizeMemberships(call, userName, groups);
    await authorizeAttachments(call, 'user', userName, policies);
    const catalog = await awsManagedPolicies();
    await writeTx(async (tx) => {
      for (const g of groups) await applyAddUserToGroup(tx, call.change, g, userName);
      for (const arn of policies)
        await applyAttachPolicy(tx, call.change, catalog, 'user', userName, arn);
    });
  });
}

/** A group's "Add users": AddUserToGroup × n, all or nothing. */
export function addUsersToGroup(
  caller: Caller,
  groupName: string,
  userNames: readonly string[],
): Promise<void> {
  const resource = groupArn(groupName);
  return runCall(
    caller,
    { service: 'iam', operation: 'AddUserToGroup', action: 'iam:AddUserToGroup', resource },
    async (call) => {
      for (const userName of userNames) await authorizeMemberships(call, userName, [groupName]);
      await writeTx(async (tx) => {
        for (const u of userNames) await applyAddUserToGroup(tx, call.change, groupName, u);
      });
    },
  );
}
