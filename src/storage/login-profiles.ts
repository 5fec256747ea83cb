// Console passwords (login profiles), stored as PBKDF2 hashes under the user's key.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { LoginProfileRecord } from './types';
import { nameKey } from './users';

export function readLoginProfile(
  tx: LabReadTx,
  userName: string,
): Promise<LoginProfileRecord | undefined> {
  return tx.objectStore('loginProfiles').get(nameKey(userName));
}

export function readAllLoginProfiles(tx: LabReadTx): Promise<LoginProfileRecord[]> {
  return tx.objectStore('loginProfiles').getAll();
}

export function writeLoginProfile(
  tx: LabWriteTx,
  profile: LoginProfileRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'loginProfiles', profile, meta);
}

export function removeLoginProfile(
  tx: LabWriteTx,
  userName: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'loginProfiles', nameKey(userName), meta);
}
