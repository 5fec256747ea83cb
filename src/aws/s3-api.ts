// The simulated S3 API: ListBuckets, CreateBucket, ListObjectsV2, GetObject, PutObject.

import { readAllBuckets, readBucket, writeBucket } from '@/storage/buckets';
import { readTx, writeTx } from '@/storage/db';
import { LAB_REGION } from '@/storage/lab-constants';
import { readObject, readObjectsOfBucket, writeObject } from '@/storage/objects';
import type { ObjectRecord } from '@/storage/types';
import { contentHash } from '@/lib/content-hash';
import { AwsError } from './aws-error';
import { bucketArn, objectArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import type { Bucket, S3Object, S3ObjectWithBody } from './types';

export interface ObjectRef {
  bucket: string;
  key: string;
}

export interface PutObjectInput extends ObjectRef {
  body: Uint8Array | ArrayBuffer;
  contentType?: string;
}

/** S3's general purpose bucket naming rules (the API answers InvalidBucketName). */
export function isValidBucketName(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) &&
    !name.includes('..') &&
    !/^\d{1,3}(\.\d{1,3}){3}$/.test(name) &&
    !/^(xn--|sthree-|amzn-s3-demo-)/.test(name) &&
    !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)
  );
}

const noSuchBucket = () => new AwsError('NoSuchBucket', 'The specified bucket does not exist');

function toS3Object(record: ObjectRecord): S3Object {
  const { body: _body, ...rest } = record;
  return rest;
}

/** ListBuckets, authorized as s3:ListAllMyBuckets (no resource-level permissions). */
export function listBuckets(caller: Caller): Promise<Bucket[]> {
  return runCall(
    caller,
    { service: 's3', operation: 'ListBuckets', action: 's3:ListAllMyBuckets', resource: '*' },
    async (call) => {
      await call.authorize({ action: 's3:ListAllMyBuckets', resource: '*' });
      const buckets = await readTx((tx) => readAllBuckets(tx));
      return buckets.sort((a, b) => a.name.localeCompare(b.name));
    },
  );
}

export function createBucket(caller: Caller, name: string): Promise<Bucket> {
  const resource = bucketArn(name);
  return runCall(
    caller,
    { service: 's3', operation: 'CreateBucket', action: 's3:CreateBucket', resource },
    async (call) => {
      if (!isValidBucketName(name)) {
        throw new AwsError('InvalidBucketName', 'The specified bucket is not valid.');
      }
      await call.authorize({
        action: 's3:CreateBucket',
        resource,
        context: { 's3:locationconstraint': LAB_REGION },
      });
      return writeTx(async (tx) => {
        if (await readBucket(tx, name)) {
          throw new AwsError(
            'BucketAlreadyOwnedByYou',
            'Your previous request to create the named bucket succeeded and you already own it.',
          );
        }
        const bucket: Bucket = { name, region: LAB_REGION, creationDate: call.time };
        await writeBucket(tx, bucket, call.change);
        return bucket;
      });
    },
  );
}

/** ListObjectsV2, authorized as s3:ListBucket on the bucket. */
export function listObjectsV2(caller: Caller, bucket: string, prefix = ''): Promise<S3Object[]> {
  const resource = bucketArn(bucket);
  return runCall(
    caller,
    { service: 's3', operation: 'ListObjectsV2', action: 's3:ListBucket', resource },
    async (call) => {
      await call.authorize({
        action: 's3:ListBucket',
        resource,
        context: { 's3:prefix': prefix, 's3:max-keys': 1000 },
      });
      return readTx(async (tx) => {
        if (!(await readBucket(tx, bucket))) throw noSuchBucket();
        const objects = await readObjectsOfBucket(tx, bucket);
        return objects.filter((o) => o.key.startsWith(prefix)).map(toS3Object);
      });
    },
  );
}

export function getObject(caller: Caller, ref: ObjectRef): Promise<S3ObjectWithBody> {
  const resource = objectArn(ref.bucket, ref.key);
  return runCall(
    caller,
    { service: 's3', operation: 'GetObject', action: 's3:GetObject', resource },
    async (call) => {
      await call.authorize({ action: 's3:GetObject', resource });
      const found = await readTx(async (tx) => ({
        bucket: await readBucket(tx, ref.bucket),
        object: await readObject(tx, ref.bucket, ref.key),
      }));
      if (!found.bucket) throw noSuchBucket();
      if (!found.object) {
        // Without s3:ListBucket, S3 answers AccessDenied, never NoSuchKey.
        await call.authorize({ action: 's3:ListBucket', resource: bucketArn(ref.bucket) });
        throw new AwsError('NoSuchKey', 'The specified key does not exist.');
      }
      return { ...found.object };
    },
  );
}

/** An S3-style ETag: 32 quoted hex digits (real S3 uses the body's MD5). */
function etagOf(body: Uint8Array): string {
  return `"${contentHash(body)}"`;
}

export function putObject(caller: Caller, input: PutObjectInput): Promise<S3Object> {
  const resource = objectArn(input.bucket, input.key);
  return runCall(
    caller,
    { service: 's3', operation: 'PutObject', action: 's3:PutObject', resource },
    async (call) => {
      await call.authorize({ action: 's3:PutObject', resource });
      const body =
        input.body instanceof Uint8Array ? input.body.slice() : new Uint8Array(input.body.slice(0));
      const etag = etagOf(body);
      return writeTx(async (tx) => {
        if (!(await readBucket(tx, input.bucket))) throw noSuchBucket();
        const record: ObjectRecord = {
          bucket: input.bucket,
          key: input.key,
          body,
          contentType: input.contentType || 'binary/octet-stream',
          size: body.byteLength,
          etag,
          lastModified: call.time,
        };
        await writeObject(tx, record, call.change);
        return toS3Object(record);
      });
    },
  );
}
