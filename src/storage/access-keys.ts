// Users' access keys, keyed by access key ID and indexed by the user's key.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { AccessKeyRecord } from './types';
import { nameKey } from './users';

export function readAccessKey(
  tx: LabReadTx,
  accessKeyId: string,
): Promise<AccessKeyRecord | undefined> {
  return tx.objectStore('accessKeys').get(accessKeyId);
}

/** A user's keys, oldest first (the console's "Access key 1" is the older one). */
export async function readAccessKeysOf(
  tx: LabReadTx,
  userName: string,
): Promise<AccessKeyRecord[]> {
  const keys = await tx.objectStore('accessKeys').index('byUser').getAll(nameKey(userName));
  return keys.sort((a, b) => a.createDate.localeCompare(b.createDate));
}

export function readAllAccessKeys(tx: LabReadTx): Promise<AccessKeyRecord[]> {
  return tx.objectStore('accessKeys').getAll();
}

export function writeAccessKey(
  tx: LabWriteTx,
  key: AccessKeyRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'accessKeys', key, meta);
}

export function removeAccessKey(
  tx: LabWriteTx,
  accessKeyId: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'accessKeys', accessKeyId, meta);
}
