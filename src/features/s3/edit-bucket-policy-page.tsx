// Amazon S3 > Buckets > <bucket> > Edit bucket policy: the JSON policy editor with the engine's
// resource-policy validation (Principal required, resources in this bucket, S3 actions only).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { previewPermissionChange } from '@/queries/permission-diff';
import { bucketPolicyQuery, usePutBucketPolicy } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { PolicyEditor } from '@/ui/policy-editor/policy-editor';
import { s3Breadcrumbs } from './buckets-page';
import { BucketPolicyHelp } from './s3-help';
import { s3Paths } from './s3-paths';

function PolicyForm({ bucket, initial }: { bucket: string; initial: string }) {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const putPolicy = usePutBucketPolicy();
  const [text, setText] = useState(initial);
  const back = () => navigate(s3Paths.bucket(bucket, 'permissions'));
  const permissionReview = usePermissionReview(previewPermissionChange, 'Save changes');
  // A bucket policy changes who may do what: review it first (an unparsable one goes straight to
  // S3, which refuses it with MalformedPolicy).
  const save = () =>
    void permissionReview.review({ kind: 'set-bucket-policy', bucket, document: text }, async () =>
      put(),
    );
  const put = () =>
    putPolicy.mutate(
      { caller, bucket, policy: text },
      {
        onSuccess: () => {
          pushFlash({ type: 'success', header: 'Successfully edited bucket policy.' });
          back();
        },
      },
    );
  return (
    <Form
      header={<Header variant="h1">Edit bucket policy</Header>}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={back}>
            Cancel
          </Button>
          <Button variant="primary" loading={putPolicy.isPending} onClick={save}>
            Save changes
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        {permissionReview.dialog}
        {putPolicy.error && (
          <ApiErrorAlert
            error={putPolicy.error}
            header="Failed to edit bucket policy"
            deniedHeader="Failed to edit bucket policy"
            deniedAdvice="You either don't have permissions to edit the bucket policy, or your bucket policy grants a level of public access that conflicts with your Block Public Access settings. To edit a bucket policy, you need s3:PutBucketPolicy permissions."
          />
        )}
        <Container
          header={
            <Header
              variant="h2"
              description="The bucket policy, written in JSON, provides access to the objects stored in the bucket. Bucket policies don't apply to objects owned by other accounts."
            >
              Bucket policy
            </Header>
          }
        >
          <SpaceBetween size="m">
            <FormField label="Bucket ARN">
              <Box variant="code">{`arn:aws:s3:::${bucket}`}</Box>
            </FormField>
            <FormField label="Policy">
              <PolicyEditor
                value={text}
                onChange={setText}
                options={{ kind: 'resource', purpose: 'bucket', bucketName: bucket }}
              />
            </FormField>
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </Form>
  );
}

export function EditBucketPolicyPage() {
  const bucket = useParams().bucketName ?? '';
  const caller = useCaller();
  const policy = useQuery(bucketPolicyQuery(caller, bucket));
  usePageChrome({
    breadcrumbs: [
      ...s3Breadcrumbs,
      { text: bucket, path: s3Paths.bucket(bucket) },
      { text: 'Edit bucket policy', path: s3Paths.editBucketPolicy(bucket) },
    ],
    help: BucketPolicyHelp,
    contentType: 'form',
  });
  if (policy.isPending) return <Spinner size="large" />;
  // Without s3:GetBucketPolicy the editor starts empty: the policy can still be replaced.
  return <PolicyForm bucket={bucket} initial={policy.data ?? ''} />;
}
