// IAM user groups, keyed by lower-cased name.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { GroupRecord } from './types';
import { nameKey } from './users';

export function readGroup(tx: LabReadTx, groupName: string): Promise<GroupRecord | undefined> {
  return tx.objectStore('groups').get(nameKey(groupName));
}

export function readAllGroups(tx: LabReadTx): Promise<GroupRecord[]> {
  return tx.objectStore('groups').getAll();
}

export function writeGroup(tx: LabWriteTx, group: GroupRecord, meta: ChangeMeta): Promise<void> {
  return putRecord(tx, 'groups', group, meta);
}

export function removeGroup(tx: LabWriteTx, groupName: string, meta: ChangeMeta): Promise<boolean> {
  return deleteRecord(tx, 'groups', nameKey(groupName), meta);
}
