// IAM users: CreateUser, GetUser, ListUsers, DeleteUser. Console passwords (login profiles) are
// in iam-login-profiles.ts.

import { readAccessKeysOf } from '@/storage/access-keys';
import { readAttachmentsOf } from '@/storage/attachments';
import { readTx, writeTx } from '@/storage/db';
import { newUniqueId } from '@/storage/ids';
import { readInlinePoliciesOf } from '@/storage/inline-policies';
import { readLoginProfile } from '@/storage/login-profiles';
import { readMembershipsOfUser } from '@/storage/memberships';
import { readMfaDevicesOf } from '@/storage/mfa-devices';
import type { ChangeMeta } from '@/storage/record-store';
import type { LabReadTx, LabWriteTx } from '@/storage/schema';
import type { Tag, UserRecord } from '@/storage/types';
import { nameKey, readAllUsers, readUser, removeUser, writeUser } from '@/storage/users';
import { iamListArn, userArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { QUOTAS, deleteConflict, noSuchUser, quotaExceeded, userExists } from './iam-errors';
import { checkPath, checkTags, checkUserName } from './names';
import type { User } from './types';

export interface CreateUserInput {
  userName: string;
  path?: string;
  tags?: Tag[];
}

/** aws:RequestTag/<key> and aws:TagKeys, for tag conditions on a create call. */
export function tagContext(tags: readonly Tag[] = []): Record<string, string | string[]> {
  if (tags.length === 0) return {};
  const context: Record<string, string | string[]> = { 'aws:TagKeys': tags.map((t) => t.Key) };
  for (const tag of tags) context[`aws:RequestTag/${tag.Key}`] = tag.Value;
  return context;
}

export function toUser(record: UserRecord): User {
  const { key: _key, ...user } = record;
  return user;
}

export async function requireUser(tx: LabReadTx, userName: string): Promise<UserRecord> {
  const user = await readUser(tx, userName);
  if (!user) throw noSuchUser(userName);
  return user;
}

/** Writes a new user after the checks AWS makes inside the call (uniqueness, account quota). */
export async function applyCreateUser(
  tx: LabWriteTx,
  meta: ChangeMeta,
  input: CreateUserInput,
  /** CreateUser's PermissionsBoundary; the caller has checked that the policy exists. */
  permissionsBoundary?: string,
): Promise<UserRecord> {
  if (await readUser(tx, input.userName)) throw userExists(input.userName);
  if ((await tx.objectStore('users').count()) >= QUOTAS.usersPerAccount) {
    throw quotaExceeded('UsersPerAccount', QUOTAS.usersPerAccount);
  }
  const path = input.path ?? '/';
  const user: UserRecord = {
    key: nameKey(input.userName),
    userName: input.userName,
    userId: newUniqueId('AIDA'),
    arn: userArn(input.userName, path),
    path,
    createDate: meta.time,
    tags: input.tags ?? [],
    ...(permissionsBoundary && { permissionsBoundary }),
  };
  await writeUser(tx, user, { ...meta, operation: 'CreateUser' });
  return user;
}

export function createUser(caller: Caller, input: CreateUserInput): Promise<User> {
  const path = input.path ?? '/';
  const resource = userArn(input.userName, path);
  return runCall(
    caller,
    { service: 'iam', operation: 'CreateUser', action: 'iam:CreateUser', resource },
    async (call) => {
      checkUserName(input.userName);
      checkPath(path);
      checkTags(input.tags ?? []);
      await call.authorize({ action: 'iam:CreateUser', resource, context: tagContext(input.tags) });
      return toUser(await writeTx((tx) => applyCreateUser(tx, call.change, input)));
    },
  );
}

export function getUser(caller: Caller, userName: string): Promise<User> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'GetUser', action: 'iam:GetUser', resource },
    async (call) => {
      const found = await readTx((tx) => readUser(tx, userName));
      await call.authorize({ action: 'iam:GetUser', resource: found?.arn ?? resource });
      if (!found) throw noSuchUser(userName);
      return toUser(found);
    },
  );
}

export function listUsers(caller: Caller, pathPrefix = '/'): Promise<User[]> {
  const resource = iamListArn('user', pathPrefix);
  return runCall(
    caller,
    { service: 'iam', operation: 'ListUsers', action: 'iam:ListUsers', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListUsers', resource });
      const users = await readTx((tx) => readAllUsers(tx));
      return users
        .filter((u) => u.path.startsWith(pathPrefix))
        .sort((a, b) => a.userName.localeCompare(b.userName))
        .map(toUser);
    },
  );
}

/** AWS's DeleteUser: refuses while groups, policies or a password remain (DeleteConflict). */
export function deleteUser(caller: Caller, userName: string): Promise<void> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'DeleteUser',
      action: 'iam:DeleteUser',
      resource: userArn(userName),
    },
    async (call) => {
      checkUserName(userName);
      const found = await readTx((tx) => readUser(tx, userName));
      await call.authorize({ action: 'iam:DeleteUser', resource: found?.arn ?? userArn(userName) });
      await writeTx(async (tx) => {
        await requireUser(tx, userName);
        if ((await readMembershipsOfUser(tx, userName)).length > 0) throw deleteConflict.groups();
        if ((await readAttachmentsOf(tx, 'user', userName)).length > 0) {
          throw deleteConflict.attached();
        }
        if ((await readInlinePoliciesOf(tx, 'user', userName)).length > 0) {
          throw deleteConflict.inline();
        }
        if (await readLoginProfile(tx, userName)) throw deleteConflict.loginProfile();
        if ((await readAccessKeysOf(tx, userName)).length > 0) throw deleteConflict.accessKeys();
        if ((await readMfaDevicesOf(tx, userName)).length > 0) throw deleteConflict.mfaDevices();
        await removeUser(tx, userName, call.change);
      });
    },
  );
}

export type { CreateLoginProfileInput, PasswordChoice } from './iam-login-profiles';
