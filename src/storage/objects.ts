// S3 objects, keyed by [bucket, key].

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { ObjectRecord } from './types';

export function readObject(
  tx: LabReadTx,
  bucket: string,
  key: string,
): Promise<ObjectRecord | undefined> {
  return tx.objectStore('objects').get([bucket, key]);
}

/** Every object of a bucket, in key order. */
export function readObjectsOfBucket(tx: LabReadTx, bucket: string): Promise<ObjectRecord[]> {
  return tx
    .objectStore('objects')
    .getAll(IDBKeyRange.bound([bucket, ''], [bucket, '\uffff'], false, false));
}

export function writeObject(tx: LabWriteTx, object: ObjectRecord, meta: ChangeMeta): Promise<void> {
  return putRecord(tx, 'objects', object, meta);
}

export function removeObject(
  tx: LabWriteTx,
  bucket: string,
  key: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'objects', [bucket, key], meta);
}
