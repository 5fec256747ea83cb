// Amazon S3 > Buckets > <bucket> > Delete bucket: type the bucket's name; a bucket with objects
// must be emptied first (BucketNotEmpty), with the console's "Empty bucket" way out.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { objectsQuery, useDeleteBucket } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { errorCodeOf } from '@/ui/denial-alert';
import { s3Breadcrumbs } from './buckets-page';
import { BucketsHelp } from './s3-help';
import { s3Paths } from './s3-paths';

export function DeleteBucketPage() {
  const bucket = useParams().bucketName ?? '';
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  // The console looks into the bucket first (ListObjectsV2) to warn that it is not empty.
  const objects = useQuery(objectsQuery(caller, bucket));
  const deleteBucket = useDeleteBucket();
  const [typed, setTyped] = useState('');
  usePageChrome({
    breadcrumbs: [
      ...s3Breadcrumbs,
      { text: bucket, path: s3Paths.bucket(bucket) },
      { text: 'Delete bucket', path: s3Paths.deleteBucket(bucket) },
    ],
    help: BucketsHelp,
    contentType: 'form',
  });
  const listed = objects.data;
  const notEmptyError = errorCodeOf(deleteBucket.error) === 'BucketNotEmpty';
  const notEmpty =
    notEmptyError ||
    (listed !== undefined && listed.contents.length + listed.commonPrefixes.length > 0);

  const submit = () =>
    deleteBucket.mutate(
      { caller, bucket },
      {
        onSuccess: () => {
          pushFlash({ type: 'success', header: `Successfully deleted bucket "${bucket}"` });
          navigate(s3Paths.buckets());
        },
      },
    );

  return (
    <form onSubmit={(e) => (e.preventDefault(), submit())}>
      <Form
        header={<Header variant="h1">Delete bucket</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(s3Paths.buckets())}>
              Cancel
            </Button>
            <Button variant="primary" disabled={typed !== bucket} loading={deleteBucket.isPending}>
              Delete bucket
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Alert type="warning">
            Deleting a bucket cannot be undone. Bucket names are unique. If you delete a bucket,
            another AWS user can use the name.
          </Alert>
          {notEmpty && (
            <Alert
              type="error"
              header="This bucket is not empty"
              action={
                <Button formAction="none" onClick={() => navigate(s3Paths.emptyBucket(bucket))}>
                  Empty bucket
                </Button>
              }
            >
              Buckets must be empty before they can be deleted. To delete all objects in the bucket,
              use the empty bucket configuration.
              {notEmptyError && deleteBucket.error && (
                <div data-testid="api-message">{deleteBucket.error.message}</div>
              )}
            </Alert>
          )}
          {deleteBucket.error && !notEmptyError && (
            <ApiErrorAlert
              error={deleteBucket.error}
              header="Failed to delete bucket"
              deniedHeader="Failed to delete bucket"
            />
          )}
          <Container>
            <FormField
              label={`Delete bucket "${bucket}"?`}
              description="To confirm deletion, enter the name of the bucket in the text input field."
            >
              <Input
                value={typed}
                placeholder={bucket}
                ariaLabel="Bucket name to confirm"
                onChange={({ detail }) => setTyped(detail.value)}
              />
            </FormField>
          </Container>
        </SpaceBetween>
      </Form>
    </form>
  );
}
