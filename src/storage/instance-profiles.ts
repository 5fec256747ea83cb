// EC2 instance profiles, keyed by lower-cased name. The console creates one with each AWS-service
// role for EC2, of the same name.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { InstanceProfileRecord } from './types';
import { nameKey } from './users';

export function readInstanceProfile(
  tx: LabReadTx,
  name: string,
): Promise<InstanceProfileRecord | undefined> {
  return tx.objectStore('instanceProfiles').get(nameKey(name));
}

export function readAllInstanceProfiles(tx: LabReadTx): Promise<InstanceProfileRecord[]> {
  return tx.objectStore('instanceProfiles').getAll();
}

/** The instance profiles that hold this role (compared case-insensitively, as IAM names are). */
export async function readInstanceProfilesForRole(
  tx: LabReadTx,
  roleName: string,
): Promise<InstanceProfileRecord[]> {
  const key = nameKey(roleName);
  return (await readAllInstanceProfiles(tx)).filter((p) =>
    p.roleNames.some((r) => nameKey(r) === key),
  );
}

export function writeInstanceProfile(
  tx: LabWriteTx,
  profile: InstanceProfileRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'instanceProfiles', profile, meta);
}

export function removeInstanceProfile(
  tx: LabWriteTx,
  name: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'instanceProfiles', nameKey(name), meta);
}
