// S3: buckets, objects and folders, tags, bucket policies and Block Public Access.

import { queryOptions, useMutation } from '@tanstack/react-query';
import { isAwsError } from '@/aws/aws-error';
import { anonymousCaller, type Caller } from '@/aws/caller';
import * as s3 from '@/aws/s3-api';
import type { CopyObjectInput, ObjectRef, PutObjectInput } from '@/aws/s3-api';
import type { PublicAccessBlockConfiguration } from '@/aws/s3-api';
import type { Tag } from '@/aws/types';
import { useServiceMutation } from './use-iam-mutation';

export { LAB_MAX_OBJECT_BYTES, S3_REGIONS } from '@/aws/s3-api';
export type { ListObjectsResult, PublicAccessBlockConfiguration } from '@/aws/s3-api';

/** Answers S3 gives for "not configured", which the console shows as an empty state. */
async function orNull<T>(promise: Promise<T>, code: string): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isAwsError(error) && error.code === code) return null;
    throw error;
  }
}

export const bucketsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['s3', 'buckets', caller.arn],
    queryFn: () => s3.listBuckets(caller),
  });

/** The Objects tab: ListObjectsV2 with delimiter "/" under the folder's prefix. */
export const objectsQuery = (caller: Caller, bucket: string, prefix = '') =>
  queryOptions({
    queryKey: ['s3', 'objects', bucket, 'list', prefix, caller.arn],
    queryFn: () => s3.listObjects(caller, bucket, { prefix, delimiter: '/' }),
  });

/** GetObject: the object with its bytes. */
export const objectQuery = (caller: Caller, ref: ObjectRef) =>
  queryOptions({
    queryKey: ['s3', 'objects', ref.bucket, 'object', ref.key, caller.arn],
    queryFn: () => s3.getObject(caller, ref),
  });

export const objectTaggingQuery = (caller: Caller, ref: ObjectRef) =>
  queryOptions({
    queryKey: ['s3', 'objects', ref.bucket, 'tagging', ref.key, caller.arn],
    queryFn: () => s3.getObjectTagging(caller, ref),
  });

/** The Properties tab's Region (GetBucketLocation). */
export const bucketLocationQuery = (caller: Caller, bucket: string) =>
  queryOptions({
    queryKey: ['s3', 'buckets', bucket, 'location', caller.arn],
    queryFn: () => s3.getBucketLocation(caller, bucket),
  });

/** The bucket policy's JSON, or null when the bucket has none. */
export const bucketPolicyQuery = (caller: Caller, bucket: string) =>
  queryOptions({
    queryKey: ['s3', 'buckets', bucket, 'policy', caller.arn],
    queryFn: () => orNull(s3.getBucketPolicy(caller, bucket), 'NoSuchBucketPolicy'),
  });

/** Block Public Access (bucket settings), or null when the bucket has no configuration. */
export const publicAccessBlockQuery = (caller: Caller, bucket: string) =>
  queryOptions({
    queryKey: ['s3', 'buckets', bucket, 'public-access-block', caller.arn],
    queryFn: () =>
      orNull(s3.getPublicAccessBlock(caller, bucket), 'NoSuchPublicAccessBlockConfiguration'),
  });

/**
 * Create bucket: CreateBucket in the chosen Region (every Block Public Access setting on), then,
 * when the form turned some off, PutPublicAccessBlock as the console does. The bucket exists even
 * if that second call fails; its error comes back as `publicAccessBlockError`.
 */
export const useCreateBucket = () =>
  useServiceMutation(
    's3',
    async (v: {
      caller: Caller;
      bucket: string;
      region?: string;
      publicAccessBlock?: PublicAccessBlockConfiguration;
    }) => {
      const bucket = await s3.createBucket(v.caller, v.bucket, v.region);
      const config = v.publicAccessBlock;
      if (!config || Object.values(config).every(Boolean)) return { bucket };
      try {
        await s3.putPublicAccessBlock(v.caller, v.bucket, config);
        return { bucket };
      } catch (publicAccessBlockError) {
        return { bucket, publicAccessBlockError };
      }
    },
  );

export const useDeleteBucket = () =>
  useServiceMutation('s3', (v: { caller: Caller; bucket: string }) =>
    s3.deleteBucket(v.caller, v.bucket),
  );

/** The console's "Empty bucket": lists every object, then deletes them one by one. */
export const useEmptyBucket = () =>
  useServiceMutation('s3', async (v: { caller: Caller; bucket: string }) => {
    const objects = await s3.listObjectsV2(v.caller, v.bucket);
    for (const o of objects) await s3.deleteObject(v.caller, { bucket: v.bucket, key: o.key });
    return objects.length;
  });

export const usePutObject = () =>
  useServiceMutation('s3', (v: PutObjectInput & { caller: Caller }) => {
    const { caller, ...input } = v;
    return s3.putObject(caller, input);
  });

/**
 * The console's "Delete objects": each key, and for a folder every object under its prefix
 * (listed first, so deleting a folder also needs s3:ListBucket). Returns how many were deleted.
 */
export const useDeleteObjects = () =>
  useServiceMutation(
    's3',
    async (v: { caller: Caller; bucket: string; keys: string[]; folders: string[] }) => {
      const keys = [...v.keys];
      for (const prefix of v.folders) {
        const inside = await s3.listObjectsV2(v.caller, v.bucket, prefix);
        keys.push(...inside.map((o) => o.key));
      }
      const unique = [...new Set(keys)];
      for (const key of unique) await s3.deleteObject(v.caller, { bucket: v.bucket, key });
      return unique.length;
    },
  );

export const useCopyObject = () =>
  useServiceMutation('s3', (v: CopyObjectInput & { caller: Caller }) => s3.copyObject(v.caller, v));

export const usePutObjectTagging = () =>
  useServiceMutation('s3', (v: { caller: Caller; ref: ObjectRef; tags: Tag[] }) =>
    s3.putObjectTagging(v.caller, v.ref, v.tags),
  );

export const usePutBucketPolicy = () =>
  useServiceMutation('s3', (v: { caller: Caller; bucket: string; policy: string }) =>
    s3.putBucketPolicy(v.caller, v.bucket, v.policy),
  );

export const useDeleteBucketPolicy = () =>
  useServiceMutation('s3', (v: { caller: Caller; bucket: string }) =>
    s3.deleteBucketPolicy(v.caller, v.bucket),
  );

export const usePutPublicAccessBlock = () =>
  useServiceMutation(
    's3',
    (v: { caller: Caller; bucket: string; config: PublicAccessBlockConfiguration }) =>
      s3.putPublicAccessBlock(v.caller, v.bucket, v.config),
  );

/** Opens an object's URL with no credentials: an anonymous GetObject (nothing is cached). */
export const useAnonymousGetObject = () =>
  useMutation({ mutationFn: (ref: ObjectRef) => s3.getObject(anonymousCaller(), ref) });
