// Which users are in which groups.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { MembershipRecord } from './types';
import { nameKey } from './users';

export function readMembership(
  tx: LabReadTx,
  userName: string,
  groupName: string,
): Promise<MembershipRecord | undefined> {
  return tx.objectStore('memberships').get([nameKey(userName), nameKey(groupName)]);
}

export function readMembershipsOfUser(
  tx: LabReadTx,
  userName: string,
): Promise<MembershipRecord[]> {
  return tx.objectStore('memberships').index('byUser').getAll(nameKey(userName));
}

export function readMembershipsOfGroup(
  tx: LabReadTx,
  groupName: string,
): Promise<MembershipRecord[]> {
  return tx.objectStore('memberships').index('byGroup').getAll(nameKey(groupName));
}

export function readAllMemberships(tx: LabReadTx): Promise<MembershipRecord[]> {
  return tx.objectStore('memberships').getAll();
}

export function writeMembership(
  tx: LabWriteTx,
  membership: MembershipRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'memberships', membership, meta);
}

export function removeMembership(
  tx: LabWriteTx,
  userName: string,
  groupName: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'memberships', [nameKey(userName), nameKey(groupName)], meta);
}
