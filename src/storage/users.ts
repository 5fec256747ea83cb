// IAM users. Keys are lower-cased names: IAM treats "User-1" and "user-1" as the same user.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { UserRecord } from './types';

/** The key of an IAM identity name (users, groups, roles): unique case-insensitively. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

export function readUser(tx: LabReadTx, userName: string): Promise<UserRecord | undefined> {
  return tx.objectStore('users').get(nameKey(userName));
}

export function readAllUsers(tx: LabReadTx): Promise<UserRecord[]> {
  return tx.objectStore('users').getAll();
}

export function writeUser(tx: LabWriteTx, user: UserRecord, meta: ChangeMeta): Promise<void> {
  return putRecord(tx, 'users', user, meta);
}

export function removeUser(tx: LabWriteTx, userName: string, meta: ChangeMeta): Promise<boolean> {
  return deleteRecord(tx, 'users', nameKey(userName), meta);
}
