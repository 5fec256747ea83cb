// User tags: TagUser, UntagUser, ListUserTags, and the console's "Manage tags" → "Save changes".

import { readTx, writeTx } from '@/storage/db';
import type { ChangeMeta } from '@/storage/record-store';
import type { LabWriteTx } from '@/storage/schema';
import type { Tag } from '@/storage/types';
import { writeUser } from '@/storage/users';
import { userArn } from './arns';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall } from './call';
import { CREDENTIAL_QUOTAS } from './iam-errors';
import { requireUser, tagContext } from './iam-users';
import { checkTags } from './names';

/** Adds or overwrites tags (keys compare case-insensitively); at most 50 in all. */
export async function applyTagUser(
  tx: LabWriteTx,
  meta: ChangeMeta,
  userName: string,
  tags: readonly Tag[],
): Promise<void> {
  const user = await requireUser(tx, userName);
  // A changed tag keeps its place; new ones come last.
  const incoming = new Map(tags.map((t) => [t.Key.toLowerCase(), t]));
  const stored = new Set(user.tags.map((t) => t.Key.toLowerCase()));
  const merged = [
    ...user.tags.map((t) => incoming.get(t.Key.toLowerCase()) ?? t),
    ...tags.filter((t) => !stored.has(t.Key.toLowerCase())),
  ];
  if (merged.length > CREDENTIAL_QUOTAS.tagsPerEntity) {
    throw new AwsError(
      'LimitExceeded',
      `Cannot exceed quota for TagsPerUser: ${CREDENTIAL_QUOTAS.tagsPerEntity}`,
    );
  }
  await writeUser(tx, { ...user, tags: merged }, { ...meta, operation: 'TagUser' });
}

async function applyUntagUser(
  tx: LabWriteTx,
  meta: ChangeMeta,
  userName: string,
  keys: readonly string[],
): Promise<void> {
  const user = await requireUser(tx, userName);
  const removed = new Set(keys.map((k) => k.toLowerCase()));
  const tags = user.tags.filter((t) => !removed.has(t.Key.toLowerCase()));
  await writeUser(tx, { ...user, tags }, { ...meta, operation: 'UntagUser' });
}

export function tagUser(caller: Caller, userName: string, tags: readonly Tag[]): Promise<void> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'TagUser', action: 'iam:TagUser', resource },
    async (call) => {
      checkTags(tags);
      await call.authorize({ action: 'iam:TagUser', resource, context: tagContext(tags) });
      await writeTx((tx) => applyTagUser(tx, call.change, userName, tags));
    },
  );
}

export function untagUser(
  caller: Caller,
  userName: string,
  keys: readonly string[],
): Promise<void> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'UntagUser', action: 'iam:UntagUser', resource },
    async (call) => {
      await call.authorize({
        action: 'iam:UntagUser',
        resource,
        context: { 'aws:TagKeys': [...keys] },
      });
      await writeTx((tx) => applyUntagUser(tx, call.change, userName, keys));
    },
  );
}

export function listUserTags(caller: Caller, userName: string): Promise<Tag[]> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'ListUserTags', action: 'iam:ListUserTags', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListUserTags', resource });
      return (await readTx((tx) => requireUser(tx, userName))).tags;
    },
  );
}

/**
 * "Manage tags" → "Save changes": UntagUser for the keys the learner removed, TagUser for the tags
 * added or changed, all or nothing. The full list is checked first, so a 51st tag or a reserved key
 * changes nothing. `original` is the list the editor started from: only the learner's own edits
 * are applied, so a tag another tab added meanwhile is kept (without it, the stored list is used).
 */
export function updateUserTags(
  caller: Caller,
  userName: string,
  tags: readonly Tag[],
  original?: readonly Tag[],
): Promise<void> {
  const resource = userArn(userName);
  return runCall(
    caller,
    { service: 'iam', operation: 'TagUser', action: 'iam:TagUser', resource },
    async (call) => {
      checkTags(tags);
      const before = original ?? (await readTx((tx) => requireUser(tx, userName))).tags;
      const kept = new Set(tags.map((t) => t.Key.toLowerCase()));
      const removed = before.filter((t) => !kept.has(t.Key.toLowerCase())).map((t) => t.Key);
      const unchanged = new Set(before.map((t) => `${t.Key.toLowerCase()}\u0000${t.Value}`));
      const changed = tags.filter((t) => !unchanged.has(`${t.Key.toLowerCase()}\u0000${t.Value}`));
      if (removed.length > 0) {
        await call.authorize({
          action: 'iam:UntagUser',
          operation: 'UntagUser',
          resource,
          context: { 'aws:TagKeys': removed },
        });
      }
      if (changed.length > 0) {
        await call.authorize({ action: 'iam:TagUser', resource, context: tagContext(changed) });
      }
      await writeTx(async (tx) => {
        if (removed.length > 0) await applyUntagUser(tx, call.change, userName, removed);
        if (changed.length > 0) await applyTagUser(tx, call.change, userName, changed);
        else await requireUser(tx, userName);
      });
    },
  );
}
