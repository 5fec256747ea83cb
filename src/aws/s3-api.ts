// The simulated S3 API. Buckets here (ListBuckets, CreateBucket, DeleteBucket, GetBucketLocation);
// objects in s3-objects.ts; bucket policies and Block Public Access in s3-bucket-policy.ts.

import { readAllBuckets, readBucket, removeBucket, writeBucket } from '@/storage/buckets';
import { readTx, writeTx } from '@/storage/db';
import { LAB_REGION } from '@/storage/lab-constants';
import { countObjectsOfBucket } from '@/storage/objects';
import { AwsError } from './aws-error';
import { bucketArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { runBucketCall, signedRequestContext } from './s3-call';
import type { Bucket } from './types';

export * from './s3-objects';
export * from './s3-bucket-policy';

/** The Regions a lab bucket can be created in. */
export const S3_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-southeast-1',
  'ap-northeast-1',
] as const;

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

/** ListBuckets, authorized as s3:ListAllMyBuckets (no resource-level permissions). */
export function listBuckets(caller: Caller): Promise<Bucket[]> {
  return runCall(
    caller,
    { service: 's3', operation: 'ListBuckets', action: 's3:ListAllMyBuckets', resource: '*' },
    async (call) => {
      await call.authorize({
        action: 's3:ListAllMyBuckets',
        resource: '*',
        context: signedRequestContext(caller),
      });
      const buckets = await readTx((tx) => readAllBuckets(tx));
      return buckets.sort((a, b) => a.name.localeCompare(b.name));
    },
  );
}

/**
 * CreateBucket, sent to the chosen Region. Outside us-east-1 the request carries a
 * LocationConstraint (s3:locationconstraint). New buckets have every Block Public Access setting
 * on, as S3 does since April 2023.
 */
export function createBucket(caller: Caller, name: string, region = LAB_REGION): Promise<Bucket> {
  const resource = bucketArn(name);
  return runCall(
    caller,
    { service: 's3', operation: 'CreateBucket', action: 's3:CreateBucket', resource, region },
    async (call) => {
      if (!isValidBucketName(name)) {
        throw new AwsError('InvalidBucketName', 'The specified bucket is not valid.');
      }
      if (!(S3_REGIONS as readonly string[]).includes(region)) {
        throw new AwsError(
          'InvalidLocationConstraint',
          'The specified location-constraint is not valid',
        );
      }
      await call.authorize({
        action: 's3:CreateBucket',
        resource,
        context: {
          ...signedRequestContext(caller),
          ...(region !== 'us-east-1' && { 's3:locationconstraint': region }),
        },
      });
      return writeTx(async (tx) => {
        if (await readBucket(tx, name)) {
          throw new AwsError(
            'BucketAlreadyOwnedByYou',
            'Your previous request to create the named bucket succeeded and you already own it.',
          );
        }
        const bucket: Bucket = {
          name,
          region,
          creationDate: call.time,
          publicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
        };
        await writeBucket(tx, bucket, call.change);
        return bucket;
      });
    },
  );
}

/** DeleteBucket: only an empty bucket can go (BucketNotEmpty otherwise). */
export function deleteBucket(caller: Caller, name: string): Promise<void> {
  const resource = bucketArn(name);
  return runBucketCall(
    caller,
    name,
    { operation: 'DeleteBucket', action: 's3:DeleteBucket', resource },
    async (call) => {
      await call.authorize({ action: 's3:DeleteBucket', resource });
      await writeTx(async (tx) => {
        if ((await countObjectsOfBucket(tx, name)) > 0) {
          throw new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty');
        }
        await removeBucket(tx, name, call.change);
      });
    },
  );
}

/** GetBucketLocation: the bucket's Region (the console's Properties tab asks for it). */
export function getBucketLocation(caller: Caller, name: string): Promise<string> {
  const resource = bucketArn(name);
  return runBucketCall(
    caller,
    name,
    { operation: 'GetBucketLocation', action: 's3:GetBucketLocation', resource },
    async (call) => {
      await call.authorize({ action: 's3:GetBucketLocation', resource });
      return call.bucket.region;
    },
  );
}
