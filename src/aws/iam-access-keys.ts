// Access keys: CreateAccessKey, ListAccessKeys, UpdateAccessKey, DeleteAccessKey, and the console's
// "Create access key" (the key plus its description tag, one transaction).

import { randomString } from '@/lib/random-string';
import { sha256Hex } from '@/lib/sha256';
import {
  readAccessKey,
  readAccessKeysOf,
  removeAccessKey,
  writeAccessKey,
} from '@/storage/access-keys';
import { readTx, writeTx } from '@/storage/db';
import type { ChangeMeta } from '@/storage/record-store';
import type { LabWriteTx } from '@/storage/schema';
import type { AccessKeyRecord } from '@/storage/types';
import { readUser } from '@/storage/users';
import { userArn } from './arns';
import type { Caller } from './caller';
import { runCall, type CallScope } from './call';
import { CREDENTIAL_QUOTAS, noSuchAccessKey, quotaExceeded } from './iam-errors';
import { applyTagUser } from './iam-tags';
import { tagContext, requireUser } from './iam-users';
import { checkTags } from './names';

/** An access key as ListAccessKeys returns it (never the secret). */
export interface AccessKeyMetadata {
  accessKeyId: string;
  userName: string;
  status: 'Active' | 'Inactive';
  createDate: string;
  lastUsed?: { date: string; serviceName: string; region: string };
}

/** CreateAccessKey's answer: the only time the secret exists outside the learner's .csv. */
export interface NewAccessKey extends AccessKeyMetadata {
  secretAccessKey: string;
}

const KEY_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** AKIA and 16 characters, as AWS's long-term key IDs look. */
export function newAccessKeyId(): string {
  return 'AKIA' + randomString(KEY_ID_ALPHABET, 16);
}

/** 40 characters of base64's alphabet, from crypto.getRandomValues. */
export function newSecretAccessKey(): string {
  return randomString(SECRET_ALPHABET, 40);
}

/** What the lab keeps of a secret: enough to check one, never the secret itself. */
export function secretHashOf(accessKeyId: string, secretAccessKey: string): string {
  return sha256Hex(new TextEncoder().encode(`${accessKeyId}:${secretAccessKey}`));
}

function toMetadata(record: AccessKeyRecord): AccessKeyMetadata {
  const { userKey: _userKey, secretHash: _secretHash, ...metadata } = record;
  return metadata;
}

async function authorizeOnUser(call: CallScope, operation: string, userName: string) {
  const found = await readTx((tx) => readUser(tx, userName));
  await call.authorize({
    action: `iam:${operation}`,
    operation,
    resource: found?.arn ?? userArn(userName),
  });
}

async function applyCreateAccessKey(
  tx: LabWriteTx,
  meta: ChangeMeta,
  userName: string,
  accessKeyId: string = newAccessKeyId(),
): Promise<NewAccessKey> {
  const user = await requireUser(tx, userName);
  if ((await readAccessKeysOf(tx, userName)).length >= CREDENTIAL_QUOTAS.accessKeysPerUser) {
    throw quotaExceeded('AccessKeysPerUser', CREDENTIAL_QUOTAS.accessKeysPerUser);
  }
  const secretAccessKey = newSecretAccessKey();
  const record: AccessKeyRecord = {
    accessKeyId,
    userKey: user.key,
    userName: user.userName,
    status: 'Active',
    createDate: meta.time,
    secretHash: secretHashOf(accessKeyId, secretAccessKey),
  };
  await writeAccessKey(tx, record, { ...meta, operation: 'CreateAccessKey' });
  return { ...toMetadata(record), secretAccessKey };
}

export function createAccessKey(caller: Caller, userName: string): Promise<NewAccessKey> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'CreateAccessKey', action: 'iam:CreateAccessKey', resource },
    async (call) => {
      await authorizeOnUser(call, 'CreateAccessKey', userName);
      return writeTx((tx) => applyCreateAccessKey(tx, call.change, userName));
    },
  );
}

/**
 * The console's "Create access key": CreateAccessKey and, with a description, TagUser with the
 * key ID as the tag key ("Set description tag"). All or nothing.
 */
export function createAccessKeyWithDescription(
  caller: Caller,
  userName: string,
  description: string,
): Promise<NewAccessKey> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'CreateAccessKey', action: 'iam:CreateAccessKey', resource },
    async (call) => {
      await authorizeOnUser(call, 'CreateAccessKey', userName);
      // The ID is drawn first, so TagUser is authorized with the real tag key.
      const accessKeyId = newAccessKeyId();
      const tags = description ? [{ Key: accessKeyId, Value: description }] : [];
      checkTags(tags);
      if (description) {
        await call.authorize({
          action: 'iam:TagUser',
          operation: 'TagUser',
          resource,
          context: tagContext(tags),
        });
      }
      return writeTx(async (tx) => {
        const key = await applyCreateAccessKey(tx, call.change, userName, accessKeyId);
        if (description) await applyTagUser(tx, call.change, userName, tags);
        return key;
      });
    },
  );
}

export function listAccessKeys(caller: Caller, userName: string): Promise<AccessKeyMetadata[]> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'ListAccessKeys', action: 'iam:ListAccessKeys', resource },
    async (call) => {
      await authorizeOnUser(call, 'ListAccessKeys', userName);
      return readTx(async (tx) => {
        await requireUser(tx, userName);
        return (await readAccessKeysOf(tx, userName)).map(toMetadata);
      });
    },
  );
}

async function requireKeyOf(tx: LabWriteTx, userName: string, accessKeyId: string) {
  const user = await requireUser(tx, userName);
  const key = await readAccessKey(tx, accessKeyId);
  if (!key || key.userKey !== user.key) throw noSuchAccessKey(accessKeyId);
  return key;
}

/** Activate / Deactivate. */
export function updateAccessKey(
  caller: Caller,
  userName: string,
  accessKeyId: string,
  status: 'Active' | 'Inactive',
): Promise<void> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'UpdateAccessKey', action: 'iam:UpdateAccessKey', resource },
    async (call) => {
      await authorizeOnUser(call, 'UpdateAccessKey', userName);
      await writeTx(async (tx) => {
        const key = await requireKeyOf(tx, userName, accessKeyId);
        await writeAccessKey(tx, { ...key, status }, call.change);
      });
    },
  );
}

/** The API deletes an active key too; the console asks for Deactivate first. */
export function deleteAccessKey(
  caller: Caller,
  userName: string,
  accessKeyId: string,
): Promise<void> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'DeleteAccessKey', action: 'iam:DeleteAccessKey', resource },
    async (call) => {
      await authorizeOnUser(call, 'DeleteAccessKey', userName);
      await writeTx(async (tx) => {
        await requireKeyOf(tx, userName, accessKeyId);
        await removeAccessKey(tx, accessKeyId, call.change);
      });
    },
  );
}
