// S3 buckets, keyed by their globally unique name.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { BucketRecord } from './types';

export function readBucket(tx: LabReadTx, name: string): Promise<BucketRecord | undefined> {
  return tx.objectStore('buckets').get(name);
}

export function readAllBuckets(tx: LabReadTx): Promise<BucketRecord[]> {
  return tx.objectStore('buckets').getAll();
}

export function writeBucket(tx: LabWriteTx, bucket: BucketRecord, meta: ChangeMeta): Promise<void> {
  return putRecord(tx, 'buckets', bucket, meta);
}

export function removeBucket(tx: LabWriteTx, name: string, meta: ChangeMeta): Promise<boolean> {
  return deleteRecord(tx, 'buckets', name, meta);
}
