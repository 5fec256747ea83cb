// Bucket policies (GetBucketPolicy, PutBucketPolicy, DeleteBucketPolicy) and Block Public Access
// (GetPublicAccessBlock, PutPublicAccessBlock) of a bucket.

import { isPublicBucketPolicy, loadServiceCatalog, parsePolicy, validatePolicy } from '@/iam';
import { readBucket, writeBucket } from '@/storage/buckets';
import { readTx, writeTx } from '@/storage/db';
import type { ChangeMeta } from '@/storage/record-store';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import { readAllRoles } from '@/storage/roles';
import { readAllUsers } from '@/storage/users';
import type { BucketRecord, PublicAccessBlockConfiguration } from '@/storage/types';
import { AwsError } from './aws-error';
import { bucketArn } from './arns';
import type { Caller } from './caller';
import { noSuchBucket, runBucketCall } from './s3-call';

export type { PublicAccessBlockConfiguration } from '@/storage/types';

/** Rewrites the bucket as stored now (not as the call first read it), with one change record. */
function updateBucket(
  name: string,
  meta: ChangeMeta,
  change: (bucket: BucketRecord) => BucketRecord,
): Promise<void> {
  return writeTx(async (tx) => {
    const bucket = await readBucket(tx, name);
    if (!bucket) throw noSuchBucket();
    await writeBucket(tx, change(bucket), meta);
  });
}

/** The ARNs of the account's users and roles: a bucket policy may only name ones that exist. */
async function knownPrincipalArns(): Promise<Set<string>> {
  const [users, roles] = await readTx(
    async (tx) => [await readAllUsers(tx), await readAllRoles(tx)] as const,
  );
  return new Set([...users.map((u) => u.arn), ...roles.map((r) => r.arn)]);
}

/**
 * S3's checks on PutBucketPolicy: invalid JSON, the policy grammar (Principal required, ...),
 * resources outside the bucket, non-S3 actions, unknown principals of this account, and the 20 KB
 * quota, all answered MalformedPolicy. Principals of other accounts cannot be looked up here, so
 * they are accepted, as IAM resolves them in their own account.
 */
export async function checkBucketPolicy(bucket: string, text: string): Promise<void> {
  const parsed = parsePolicy(text);
  if (!parsed.ok) throw new AwsError('MalformedPolicy', 'This policy contains invalid Json');
  const known = await knownPrincipalArns();
  const own = `arn:aws:iam::${LAB_ACCOUNT_ID}:`;
  const result = validatePolicy(parsed.policy, 'resource', await loadServiceCatalog(), {
    purpose: 'bucket',
    bucketName: bucket,
    principalExists: (arn) => !arn.startsWith(own) || arn === `${own}root` || known.has(arn),
  });
  const [first] = result.errors;
  if (first) throw new AwsError('MalformedPolicy', first.message);
}

/** GetBucketPolicy: the policy's JSON, or NoSuchBucketPolicy. */
export function getBucketPolicy(caller: Caller, bucket: string): Promise<string> {
  const resource = bucketArn(bucket);
  return runBucketCall(
    caller,
    bucket,
    { operation: 'GetBucketPolicy', action: 's3:GetBucketPolicy', resource },
    async (call) => {
      await call.authorize({ action: 's3:GetBucketPolicy', resource });
      if (!call.bucket.policy) {
        throw new AwsError('NoSuchBucketPolicy', 'The bucket policy does not exist');
      }
      return call.bucket.policy;
    },
  );
}

/**
 * PutBucketPolicy. With BlockPublicPolicy on, a public policy is refused with AccessDenied even
 * when the caller may put policies.
 */
export function putBucketPolicy(caller: Caller, bucket: string, policy: string): Promise<void> {
  const resource = bucketArn(bucket);
  return runBucketCall(
    caller,
    bucket,
    { operation: 'PutBucketPolicy', action: 's3:PutBucketPolicy', resource },
    async (call) => {
      await call.authorize({ action: 's3:PutBucketPolicy', resource });
      await checkBucketPolicy(bucket, policy);
      if (call.bucket.publicAccessBlock?.BlockPublicPolicy && isPublicBucketPolicy(policy)) {
        throw new AwsError(
          'AccessDenied',
          `User: ${caller.arn} is not authorized to perform: s3:PutBucketPolicy on resource: "${resource}" because public policies are blocked by the BlockPublicPolicy block public access setting.`,
        );
      }
      await updateBucket(bucket, call.change, (b) => ({ ...b, policy }));
    },
  );
}

/** DeleteBucketPolicy: S3 answers 204 whether or not there was one. */
export function deleteBucketPolicy(caller: Caller, bucket: string): Promise<void> {
  const resource = bucketArn(bucket);
  return runBucketCall(
    caller,
    bucket,
    { operation: 'DeleteBucketPolicy', action: 's3:DeleteBucketPolicy', resource },
    async (call) => {
      await call.authorize({ action: 's3:DeleteBucketPolicy', resource });
      if (!call.bucket.policy) return;
      await updateBucket(bucket, call.change, ({ policy: _policy, ...rest }) => rest);
    },
  );
}

/** GetPublicAccessBlock (authorized as s3:GetBucketPublicAccessBlock). */
export function getPublicAccessBlock(
  caller: Caller,
  bucket: string,
): Promise<PublicAccessBlockConfiguration> {
  const resource = bucketArn(bucket);
  return runBucketCall(
    caller,
    bucket,
    { operation: 'GetPublicAccessBlock', action: 's3:GetBucketPublicAccessBlock', resource },
    async (call) => {
      await call.authorize({ action: 's3:GetBucketPublicAccessBlock', resource });
      const config = call.bucket.publicAccessBlock;
      if (!config) {
        throw new AwsError(
          'NoSuchPublicAccessBlockConfiguration',
          'The public access block configuration was not found',
        );
      }
      return config;
    },
  );
}

/** PutPublicAccessBlock (authorized as s3:PutBucketPublicAccessBlock). */
export function putPublicAccessBlock(
  caller: Caller,
  bucket: string,
  config: PublicAccessBlockConfiguration,
): Promise<void> {
  const resource = bucketArn(bucket);
  return runBucketCall(
    caller,
    bucket,
    { operation: 'PutPublicAccessBlock', action: 's3:PutBucketPublicAccessBlock', resource },
    async (call) => {
      await call.authorize({ action: 's3:PutBucketPublicAccessBlock', resource });
      const publicAccessBlock: PublicAccessBlockConfiguration = {
        BlockPublicAcls: config.BlockPublicAcls,
        IgnorePublicAcls: config.IgnorePublicAcls,
        BlockPublicPolicy: config.BlockPublicPolicy,
        RestrictPublicBuckets: config.RestrictPublicBuckets,
      };
      await updateBucket(bucket, call.change, (b) => ({ ...b, publicAccessBlock }));
    },
  );
}
