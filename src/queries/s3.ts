// S3: buckets, objects, and uploads.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as s3 from '@/aws/s3-api';
import type { ObjectRef } from '@/aws/s3-api';
import { useServiceMutation } from './use-iam-mutation';

export const bucketsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['s3', 'buckets', caller.arn],
    queryFn: () => s3.listBuckets(caller),
  });

/** ListObjectsV2 (authorized as s3:ListBucket). */
export const objectsQuery = (caller: Caller, bucket: string, prefix = '') =>
  queryOptions({
    queryKey: ['s3', 'objects', bucket, 'list', prefix, caller.arn],
    queryFn: () => s3.listObjectsV2(caller, bucket, prefix),
  });

/** GetObject: the object with its bytes. */
export const objectQuery = (caller: Caller, ref: ObjectRef) =>
  queryOptions({
    queryKey: ['s3', 'objects', ref.bucket, 'object', ref.key, caller.arn],
    queryFn: () => s3.getObject(caller, ref),
  });

/** CreateBucket in the chosen Region. */
export const useCreateBucket = () =>
  useServiceMutation('s3', (v: { caller: Caller; bucket: string; region?: string }) =>
    s3.createBucket(v.caller, v.bucket, v.region),
  );

export const usePutObject = () =>
  useServiceMutation(
    's3',
    (v: {
      caller: Caller;
      bucket: string;
      key: string;
      body: Uint8Array | ArrayBuffer;
      contentType?: string;
    }) => {
      const { caller, ...input } = v;
      return s3.putObject(caller, input);
    },
  );
