// The CLI panel's named profiles ("aws configure"), keyed by profile name.

import { putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { CliProfileRecord } from './types';

export function readCliProfile(tx: LabReadTx, name: string): Promise<CliProfileRecord | undefined> {
  return tx.objectStore('cliProfiles').get(name);
}

export function readAllCliProfiles(tx: LabReadTx): Promise<CliProfileRecord[]> {
  return tx.objectStore('cliProfiles').getAll();
}

export function writeCliProfile(
  tx: LabWriteTx,
  profile: CliProfileRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'cliProfiles', profile, meta);
}
