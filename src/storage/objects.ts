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

/** The first `limit` object keys of a bucket, in key order, without reading the bodies. */
export async function readObjectKeysOfBucket(
  tx: LabReadTx,
  bucket: string,
  limit: number,
): Promise<string[]> {
  const range = IDBKeyRange.bound([bucket, ''], [bucket, '\uffff'], false, false);
  const keys = await tx.objectStore('objects').getAllKeys(range, limit);
  return keys.map((k) => String((k as unknown as [string, string])[1]));
}

/** The objects of a bucket whose keys start with `prefix`, in key order. */
export function readObjectsWithPrefix(
  tx: LabReadTx,
  bucket: string,
  prefix: string,
): Promise<ObjectRecord[]> {
  return tx
    .objectStore('objects')
    .getAll(IDBKeyRange.bound([bucket, prefix], [bucket, `${prefix}\uffff`], false, false));
}

/** How many objects a bucket holds (DeleteBucket needs it to be none). */
export function countObjectsOfBucket(tx: LabReadTx, bucket: string): Promise<number> {
  return tx.objectStore('objects').count(IDBKeyRange.bound([bucket, ''], [bucket, '\uffff']));
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
