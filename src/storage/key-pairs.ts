// EC2 key pairs, per Region: the same key name may exist once in each Region.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { KeyPairRecord } from './types';

export function readKeyPair(
  tx: LabReadTx,
  region: string,
  keyName: string,
): Promise<KeyPairRecord | undefined> {
  return tx.objectStore('keyPairs').get([region, keyName]);
}

/** The Region's key pairs, by name. */
export async function readKeyPairsInRegion(
  tx: LabReadTx,
  region: string,
): Promise<KeyPairRecord[]> {
  const range = IDBKeyRange.bound([region, ''], [region, '\uffff']);
  const pairs = await tx.objectStore('keyPairs').getAll(range);
  return pairs.sort((a, b) => a.keyName.localeCompare(b.keyName));
}

export function writeKeyPair(tx: LabWriteTx, pair: KeyPairRecord, meta: ChangeMeta): Promise<void> {
  return putRecord(tx, 'keyPairs', pair, meta);
}

export function removeKeyPair(
  tx: LabWriteTx,
  region: string,
  keyName: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'keyPairs', [region, keyName], meta);
}
