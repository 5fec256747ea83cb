// S3's own checks when a bucket policy is saved with PutBucketPolicy: every resource must be the
// bucket or an object in it, and every action an S3 action (AmazonS3 example-bucket-policies;
// S3 answers MalformedPolicy "Policy has invalid resource" / "Policy has invalid action").
import type { JsonNode } from '../parse/json-with-positions';
import { Collector, Phase } from './grammar-errors';
import { fieldOf, statementsOf, stringsOf } from './policy-view';

/** S3's PutBucketPolicy messages. */
export const BUCKET_MESSAGES = {
  resource: 'Policy has invalid resource',
  action: 'Policy has invalid action',
} as const;

/** True when a resource names the bucket itself or objects in it. */
export function isInBucket(resource: string, bucketName: string): boolean {
  const bucketArn = `arn:aws:s3:::${bucketName}`;
  return resource === bucketArn || resource.startsWith(`${bucketArn}/`);
}

/** True for an action S3 can grant in its bucket policy: "*", "s3:*" or any "s3:..." pattern. */
export function isS3Action(action: string): boolean {
  return action === '*' || action.toLowerCase().startsWith('s3:');
}

/** Adds S3's errors for resources outside the bucket and actions of other services. */
export function checkBucketScope(root: JsonNode, bucketName: string, out: Collector): void {
  for (const st of statementsOf(root)) {
    if (st.node.kind !== 'object') continue;
    for (const name of ['Resource', 'NotResource'] as const) {
      const f = fieldOf(st.node, name, st.path);
      if (!f) continue;
      for (const r of stringsOf(f)) {
        if (!isInBucket(r.value, bucketName))
          out.add(Phase.ResourceFormat, BUCKET_MESSAGES.resource, r.path, r.span);
      }
    }
    for (const name of ['Action', 'NotAction'] as const) {
      const f = fieldOf(st.node, name, st.path);
      if (!f) continue;
      for (const a of stringsOf(f)) {
        if (!isS3Action(a.value))
          out.add(Phase.ActionFormat, BUCKET_MESSAGES.action, a.path, a.span);
      }
    }
  }
}
