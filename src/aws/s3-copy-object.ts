// S3 CopyObject: s3:GetObject on the source object and s3:PutObject on the destination, as S3
// authorizes a copy; the copy keeps the source's content type and gets a fresh Last-Modified.

import { readBucket } from '@/storage/buckets';
import { readTx, writeTx } from '@/storage/db';
import { readObject, writeObject } from '@/storage/objects';
import type { ObjectRecord } from '@/storage/types';
import { AwsError } from './aws-error';
import { bucketArn, objectArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import type { ObjectRef } from './s3-api';
import type { S3Object } from './types';

const noSuchBucket = () => new AwsError('NoSuchBucket', 'The specified bucket does not exist');

export function copyObject(
  caller: Caller,
  source: ObjectRef,
  target: ObjectRef,
): Promise<S3Object> {
  const resource = objectArn(target.bucket, target.key);
  return runCall(
    caller,
    { service: 's3', operation: 'CopyObject', action: 's3:PutObject', resource },
    async (call) => {
      await call.authorize({
        action: 's3:GetObject',
        resource: objectArn(source.bucket, source.key),
      });
      await call.authorize({ action: 's3:PutObject', resource });
      const found = await readTx(async (tx) => ({
        sourceBucket: await readBucket(tx, source.bucket),
        object: await readObject(tx, source.bucket, source.key),
      }));
      if (!found.sourceBucket) throw noSuchBucket();
      if (!found.object) {
        // Without s3:ListBucket on the source bucket, S3 answers AccessDenied, never NoSuchKey.
        await call.authorize({ action: 's3:ListBucket', resource: bucketArn(source.bucket) });
        throw new AwsError('NoSuchKey', 'The specified key does not exist.');
      }
      const copied: ObjectRecord = {
        ...found.object,
        bucket: target.bucket,
        key: target.key,
        lastModified: call.time,
      };
      await writeTx(async (tx) => {
        if (!(await readBucket(tx, target.bucket))) throw noSuchBucket();
        await writeObject(tx, copied, call.change);
      });
      const { body: _body, ...metadata } = copied;
      return metadata;
    },
  );
}
