// S3 objects: ListObjectsV2 (prefix and delimiter), GetObject, PutObject (files and folders),
// DeleteObject, CopyObject, GetObjectTagging and PutObjectTagging.

import { readBucket } from '@/storage/buckets';
import { readTx, writeTx } from '@/storage/db';
import { readObject, readObjectsWithPrefix, removeObject, writeObject } from '@/storage/objects';
import type { ObjectRecord, Tag } from '@/storage/types';
import { contentHash } from '@/lib/content-hash';
import { AwsError } from './aws-error';
import { bucketArn, objectArn } from './arns';
import type { AnyCaller, Caller } from './caller';
import {
  bucketPolicyFor,
  existingTagContext,
  noSuchBucket,
  requestTagContext,
  runBucketCall,
  type BucketScope,
} from './s3-call';
import type { S3Object, S3ObjectWithBody } from './types';

export interface ObjectRef {
  bucket: string;
  key: string;
}

export interface PutObjectInput extends ObjectRef {
  body: Uint8Array | ArrayBuffer;
  contentType?: string;
  /** The x-amz-server-side-encryption header, when the request sets one ("AES256"). */
  serverSideEncryption?: 'AES256';
  /** The x-amz-tagging header's tags. */
  tags?: Tag[];
}

export interface ListObjectsInput {
  prefix?: string;
  /** "/" groups keys into folders (CommonPrefixes). */
  delimiter?: string;
  maxKeys?: number;
}

export interface ListObjectsResult {
  contents: S3Object[];
  /** The folders under the prefix: "photos/", "photos/2026/". */
  commonPrefixes: string[];
  isTruncated: boolean;
}

/** Lab simplification: objects live in the browser's IndexedDB, so one object holds at most 10 MB. */
export const LAB_MAX_OBJECT_BYTES = 10 * 1024 * 1024;

const MAX_TAGS = 10;

function toS3Object(record: ObjectRecord): S3Object {
  const { body: _body, tags: _tags, ...rest } = record;
  return rest;
}

/** ListObjectsV2, authorized as s3:ListBucket with s3:prefix, s3:delimiter and s3:max-keys. */
export function listObjects(
  caller: Caller,
  bucket: string,
  input: ListObjectsInput = {},
): Promise<ListObjectsResult> {
  const { prefix = '', delimiter, maxKeys = 1000 } = input;
  const resource = bucketArn(bucket);
  return runBucketCall(
    caller,
    bucket,
    { operation: 'ListObjectsV2', action: 's3:ListBucket', resource },
    async (call) => {
      await call.authorize({
        action: 's3:ListBucket',
        resource,
        context: {
          's3:prefix': prefix,
          's3:max-keys': maxKeys,
          ...(delimiter !== undefined && { 's3:delimiter': delimiter }),
        },
      });
      const records = await readTx((tx) => readObjectsWithPrefix(tx, bucket, prefix));
      const contents: S3Object[] = [];
      const folders = new Set<string>();
      for (const record of records) {
        const rest = record.key.slice(prefix.length);
        const cut = delimiter ? rest.indexOf(delimiter) : -1;
        if (delimiter && cut >= 0) folders.add(prefix + rest.slice(0, cut + delimiter.length));
        else contents.push(toS3Object(record));
      }
      const commonPrefixes = [...folders];
      const isTruncated = contents.length + commonPrefixes.length > maxKeys;
      return {
        contents: contents.slice(0, maxKeys),
        commonPrefixes: commonPrefixes.slice(0, Math.max(0, maxKeys - contents.length)),
        isTruncated,
      };
    },
  );
}

/** ListObjectsV2 without a delimiter: every object under the prefix. */
export async function listObjectsV2(
  caller: Caller,
  bucket: string,
  prefix = '',
): Promise<S3Object[]> {
  return (await listObjects(caller, bucket, { prefix })).contents;
}

/** Without s3:ListBucket, S3 answers a missing key with AccessDenied, never NoSuchKey. */
async function noSuchKey(call: BucketScope, bucket: string): Promise<never> {
  await call.authorize({ action: 's3:ListBucket', resource: bucketArn(bucket) });
  throw new AwsError('NoSuchKey', 'The specified key does not exist.');
}

/** GetObject, also for an anonymous request (an object URL opened in a browser). */
export function getObject(caller: AnyCaller, ref: ObjectRef): Promise<S3ObjectWithBody> {
  const resource = objectArn(ref.bucket, ref.key);
  return runBucketCall(
    caller,
    ref.bucket,
    { operation: 'GetObject', action: 's3:GetObject', resource },
    async (call) => {
      const object = await readTx((tx) => readObject(tx, ref.bucket, ref.key));
      await call.authorize({
        action: 's3:GetObject',
        resource,
        context: existingTagContext(object?.tags),
      });
      if (!object) return noSuchKey(call, ref.bucket);
      const { tags: _tags, ...rest } = object;
      return rest;
    },
  );
}

/** An S3-style ETag: 32 quoted hex digits (real S3 uses the body's MD5). */
function etagOf(body: Uint8Array): string {
  return `"${contentHash(body)}"`;
}

/** PutObject. A key ending in "/" with no body is the console's "Create folder". */
export function putObject(caller: Caller, input: PutObjectInput): Promise<S3Object> {
  const resource = objectArn(input.bucket, input.key);
  return runBucketCall(
    caller,
    input.bucket,
    { operation: 'PutObject', action: 's3:PutObject', resource },
    async (call) => {
      const tags = input.tags ?? [];
      await call.authorize({
        action: 's3:PutObject',
        resource,
        context: {
          ...(input.serverSideEncryption && {
            's3:x-amz-server-side-encryption': input.serverSideEncryption,
          }),
          ...requestTagContext(tags),
        },
      });
      const body =
        input.body instanceof Uint8Array ? input.body.slice() : new Uint8Array(input.body.slice(0));
      if (body.byteLength > LAB_MAX_OBJECT_BYTES) {
        throw new AwsError(
          'EntityTooLarge',
          'Your proposed upload exceeds the maximum allowed size',
        );
      }
      checkTags(tags);
      const record: ObjectRecord = {
        bucket: input.bucket,
        key: input.key,
        body,
        contentType: input.contentType || 'binary/octet-stream',
        size: body.byteLength,
        etag: etagOf(body),
        lastModified: call.time,
        // Without the header S3 applies the bucket's default encryption, SSE-S3.
        serverSideEncryption: input.serverSideEncryption ?? 'AES256',
        ...(tags.length > 0 && { tags }),
      };
      await writeTx((tx) => writeObject(tx, record, call.change));
      return toS3Object(record);
    },
  );
}

/** DeleteObject: S3 answers 204 whether or not the key existed. */
export function deleteObject(caller: Caller, ref: ObjectRef): Promise<void> {
  const resource = objectArn(ref.bucket, ref.key);
  return runBucketCall(
    caller,
    ref.bucket,
    { operation: 'DeleteObject', action: 's3:DeleteObject', resource },
    async (call) => {
      await call.authorize({ action: 's3:DeleteObject', resource });
      await writeTx((tx) => removeObject(tx, ref.bucket, ref.key, call.change));
    },
  );
}

export interface CopyObjectInput {
  source: ObjectRef;
  target: ObjectRef;
}

/**
 * CopyObject, sent to the target bucket: s3:GetObject on the source (under the source bucket's
 * policy) and s3:PutObject on the target with s3:x-amz-copy-source. Tags and encryption are
 * copied with the object (the COPY directives).
 */
export function copyObject(caller: Caller, input: CopyObjectInput): Promise<S3Object> {
  const { source, target } = input;
  const resource = objectArn(target.bucket, target.key);
  return runBucketCall(
    caller,
    target.bucket,
    { operation: 'CopyObject', action: 's3:PutObject', resource },
    async (call) => {
      const found = await readTx(async (tx) => ({
        bucket: await readBucket(tx, source.bucket),
        object: await readObject(tx, source.bucket, source.key),
      }));
      if (!found.bucket) throw noSuchBucket();
      const sourceArn = objectArn(source.bucket, source.key);
      await call.authorize({
        action: 's3:GetObject',
        resource: sourceArn,
        context: existingTagContext(found.object?.tags),
        resourcePolicy: bucketPolicyFor(caller, found.bucket, 's3:GetObject'),
      });
      if (!found.object) {
        await call.authorize({
          action: 's3:ListBucket',
          resource: bucketArn(source.bucket),
          resourcePolicy: bucketPolicyFor(caller, found.bucket, 's3:ListBucket'),
        });
        throw new AwsError('NoSuchKey', 'The specified key does not exist.');
      }
      await call.authorize({
        action: 's3:PutObject',
        resource,
        context: {
          's3:x-amz-copy-source': `${source.bucket}/${source.key}`,
          's3:x-amz-metadata-directive': 'COPY',
        },
      });
      const record: ObjectRecord = { ...found.object, ...target, lastModified: call.time };
      await writeTx((tx) => writeObject(tx, record, call.change));
      return toS3Object(record);
    },
  );
}

function checkTags(tags: readonly Tag[]): void {
  if (tags.length > MAX_TAGS) {
    throw new AwsError('BadRequest', 'Object tags cannot be greater than 10');
  }
  const keys = new Set<string>();
  for (const tag of tags) {
    if (tag.Key.length < 1 || tag.Key.length > 128) {
      throw new AwsError('InvalidTag', 'The TagKey you have provided is invalid');
    }
    if (tag.Value.length > 256) {
      throw new AwsError('InvalidTag', 'The TagValue you have provided is invalid');
    }
    if (keys.has(tag.Key)) {
      throw new AwsError('InvalidTag', 'Cannot provide multiple Tags with the same key');
    }
    keys.add(tag.Key);
  }
}

/** GetObjectTagging: the object's tag set, under s3:ExistingObjectTag conditions. */
export function getObjectTagging(caller: Caller, ref: ObjectRef): Promise<Tag[]> {
  const resource = objectArn(ref.bucket, ref.key);
  return runBucketCall(
    caller,
    ref.bucket,
    { operation: 'GetObjectTagging', action: 's3:GetObjectTagging', resource },
    async (call) => {
      const object = await readTx((tx) => readObject(tx, ref.bucket, ref.key));
      await call.authorize({
        action: 's3:GetObjectTagging',
        resource,
        context: existingTagContext(object?.tags),
      });
      if (!object) return noSuchKey(call, ref.bucket);
      return object.tags ?? [];
    },
  );
}

/** PutObjectTagging: replaces the object's whole tag set (an empty set removes every tag). */
export function putObjectTagging(caller: Caller, ref: ObjectRef, tags: Tag[]): Promise<void> {
  const resource = objectArn(ref.bucket, ref.key);
  return runBucketCall(
    caller,
    ref.bucket,
    { operation: 'PutObjectTagging', action: 's3:PutObjectTagging', resource },
    async (call) => {
      const object = await readTx((tx) => readObject(tx, ref.bucket, ref.key));
      await call.authorize({
        action: 's3:PutObjectTagging',
        resource,
        context: { ...existingTagContext(object?.tags), ...requestTagContext(tags) },
      });
      if (!object) return noSuchKey(call, ref.bucket);
      checkTags(tags);
      const { tags: _old, ...rest } = object;
      const record: ObjectRecord = tags.length > 0 ? { ...rest, tags } : rest;
      await writeTx((tx) => writeObject(tx, record, call.change));
    },
  );
}
