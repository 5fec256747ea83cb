// Help panels of the S3 pages.
import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';

export function BucketsHelp() {
  return (
    <HelpPanel header={<h2>General purpose buckets</h2>}>
      <Box variant="p">
        A bucket is a container for objects stored in Amazon S3. Listing buckets needs the{' '}
        <code>s3:ListAllMyBuckets</code> action (the ListBuckets API operation). Opening a bucket
        lists its objects with <code>s3:ListBucket</code> (ListObjectsV2).
      </Box>
      <Box variant="p">
        In this lab, buckets and objects live in your browser. Every call is authorized by the
        lab&apos;s policy engine as the identity you are acting as.
      </Box>
    </HelpPanel>
  );
}

export function BucketHelp() {
  return (
    <HelpPanel header={<h2>Objects</h2>}>
      <Box variant="p">
        Listing objects calls ListObjectsV2, which needs <code>s3:ListBucket</code> on the bucket
        ARN <code>arn:aws:s3:::bucket-name</code>, with the condition keys <code>s3:prefix</code>,{' '}
        <code>s3:delimiter</code> and <code>s3:max-keys</code>. Opening an object needs{' '}
        <code>s3:GetObject</code> on the object ARN <code>arn:aws:s3:::bucket-name/key</code>;
        uploading and creating a folder need <code>s3:PutObject</code>; deleting needs{' '}
        <code>s3:DeleteObject</code>.
      </Box>
      <Box variant="p">
        Folders are key prefixes: &quot;Create folder&quot; stores an empty object whose key ends in
        &quot;/&quot;. Copying needs <code>s3:GetObject</code> on the source and{' '}
        <code>s3:PutObject</code> on the destination. Object tags are read and written with{' '}
        <code>s3:GetObjectTagging</code> and <code>s3:PutObjectTagging</code>, and policies test
        them with <code>s3:ExistingObjectTag/&lt;key&gt;</code>.
      </Box>
      <Box variant="p">
        Without <code>s3:ListBucket</code>, a missing key is answered AccessDenied, not NoSuchKey,
        so a caller cannot learn which keys exist.
      </Box>
    </HelpPanel>
  );
}

export function CreateBucketHelp() {
  return (
    <HelpPanel header={<h2>Create bucket</h2>}>
      <Box variant="p">
        Creating a bucket needs <code>s3:CreateBucket</code>. Bucket names are 3 to 63 characters:
        lowercase letters, numbers, periods and hyphens, beginning and ending with a letter or
        number. In AWS they are unique across all accounts; in this lab, within the lab.
      </Box>
      <Box variant="p">
        The request goes to the chosen Region, so a policy can test it with{' '}
        <code>aws:RequestedRegion</code>; outside us-east-1 it also carries{' '}
        <code>s3:locationconstraint</code>. Turning Block Public Access settings off also calls
        PutPublicAccessBlock, which needs <code>s3:PutBucketPublicAccessBlock</code>.
      </Box>
    </HelpPanel>
  );
}

export function BucketPolicyHelp() {
  return (
    <HelpPanel header={<h2>Bucket permissions</h2>}>
      <Box variant="p">
        A bucket policy is a resource-based policy: every request on the bucket or its objects is
        decided by the caller&apos;s identity-based policies together with it. In the same account a
        bucket policy that names a user grants access by itself; an explicit deny in either policy
        wins.
      </Box>
      <Box variant="p">
        Block Public Access overrides policies: with <i>BlockPublicPolicy</i> on, S3 refuses a
        bucket policy that grants public access; with <i>RestrictPublicBuckets</i> on, it ignores
        such a policy&apos;s grants to anonymous and cross-account callers. The account&apos;s root
        user can always read, change and delete the bucket policy.
      </Box>
    </HelpPanel>
  );
}
