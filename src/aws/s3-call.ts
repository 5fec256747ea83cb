// One S3 request on a bucket: sent to the bucket's Region (aws:RequestedRegion), authorized with
// the bucket policy as the resource-based policy, and with the S3 keys every signed request has.

import type { ContextValue, Evaluation, PolicyInput } from '@/iam';
import { isPublicBucketPolicy } from '@/iam';
import { readBucket } from '@/storage/buckets';
import { readTx } from '@/storage/db';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import type { BucketRecord, Tag } from '@/storage/types';
import { AwsError } from './aws-error';
import { bucketArn } from './arns';
import type { AnyCaller } from './caller';
import { runCall, type AuthorizeSpec, type CallScope } from './call';

/** The console signs with SigV4 in the Authorization header, over TLS 1.3. */
export function signedRequestContext(caller: AnyCaller): Record<string, ContextValue> {
  if (caller.kind === 'anonymous') return {};
  return {
    's3:authType': 'REST-HEADER',
    's3:signatureversion': 'AWS4-HMAC-SHA256',
    's3:TlsVersion': 1.3,
  };
}

/** s3:ExistingObjectTag/<key> for each tag the object already has. */
export function existingTagContext(tags: readonly Tag[] = []): Record<string, string> {
  return Object.fromEntries(tags.map((t) => [`s3:ExistingObjectTag/${t.Key}`, t.Value]));
}

/** s3:RequestObjectTag/<key> and s3:RequestObjectTagKeys for a request that sets tags. */
export function requestTagContext(tags: readonly Tag[]): Record<string, ContextValue> {
  if (tags.length === 0) return {};
  const context: Record<string, ContextValue> = {
    's3:RequestObjectTagKeys': tags.map((t) => t.Key),
  };
  for (const t of tags) context[`s3:RequestObjectTag/${t.Key}`] = t.Value;
  return context;
}

export const noSuchBucket = () =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist');

/** The bucket owner's root may always read, change and delete the bucket policy (lockout rule). */
const POLICY_ACTIONS = new Set([
  's3:GetBucketPolicy',
  's3:PutBucketPolicy',
  's3:DeleteBucketPolicy',
]);

/** The policy with only its Deny statements. */
function onlyDenies(document: string): object {
  const parsed = JSON.parse(document) as { Statement?: unknown };
  const list = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  return { ...parsed, Statement: list.filter(isDeny) };
}

function isDeny(statement: unknown): boolean {
  return typeof statement === 'object' && statement !== null && 'Effect' in statement
    ? statement.Effect === 'Deny'
    : false;
}

/**
 * The bucket policy as the engine sees it for this caller and action. With RestrictPublicBuckets
 * on and a public policy, S3 blocks anonymous and cross-account access: it ignores every grant of
 * the policy for them (its denies still apply); callers of the owner's account keep theirs.
 */
export function bucketPolicyFor(
  caller: AnyCaller,
  bucket: BucketRecord,
  action: string,
): PolicyInput | undefined {
  if (!bucket.policy) return undefined;
  if (caller.kind === 'root' && POLICY_ACTIONS.has(action)) return undefined;
  const outsider = caller.kind === 'anonymous' || caller.accountId !== LAB_ACCOUNT_ID;
  let document: string | object = bucket.policy;
  if (outsider && bucket.publicAccessBlock?.RestrictPublicBuckets) {
    try {
      if (isPublicBucketPolicy(bucket.policy)) document = onlyDenies(bucket.policy);
    } catch {
      // Stored policies were validated as JSON; a broken one is left to the engine to report.
    }
  }
  return {
    document,
    name: 'Bucket policy',
    arn: bucketArn(bucket.name),
    type: 'resource',
    attachedVia: `Bucket ${bucket.name}`,
  };
}

export interface BucketScope extends CallScope {
  /** The bucket as stored when the request arrived. */
  readonly bucket: BucketRecord;
}

export interface BucketCallSpec {
  operation: string;
  action: string;
  resource: string;
}

/**
 * Runs a request on an existing bucket: NoSuchBucket when there is none (bucket names are
 * global, so S3 says so to anyone). `authorize` adds the bucket policy, the caller's S3 keys and
 * s3:ResourceAccount.
 */
export async function runBucketCall<T>(
  caller: AnyCaller,
  bucketName: string,
  spec: BucketCallSpec,
  body: (scope: BucketScope) => Promise<T>,
): Promise<T> {
  const bucket = await readTx((tx) => readBucket(tx, bucketName));
  return runCall(caller, { service: 's3', ...spec, region: bucket?.region }, async (call) => {
    if (!bucket) throw noSuchBucket();
    const withBucket = (authz: AuthorizeSpec): AuthorizeSpec => ({
      ...authz,
      context: {
        ...signedRequestContext(caller),
        's3:ResourceAccount': LAB_ACCOUNT_ID,
        ...authz.context,
      },
      resourcePolicy: authz.resourcePolicy ?? bucketPolicyFor(caller, bucket, authz.action),
    });
    return body({
      ...call,
      bucket,
      authorize: (authz): Promise<Evaluation> => call.authorize(withBucket(authz)),
      isAllowed: (authz): Promise<boolean> => call.isAllowed(withBucket(authz)),
    });
  });
}
