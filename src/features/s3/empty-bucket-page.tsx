// Amazon S3 > Buckets > <bucket> > Empty bucket: type "permanently delete", then every object is
// listed and deleted.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useEmptyBucket } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { s3Breadcrumbs } from './buckets-page';
import { BucketsHelp } from './s3-help';
import { s3Paths } from './s3-paths';

const CONFIRM = 'permanently delete';

export function EmptyBucketPage() {
  const bucket = useParams().bucketName ?? '';
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const emptyBucket = useEmptyBucket();
  const [typed, setTyped] = useState('');
  usePageChrome({
    breadcrumbs: [
      ...s3Breadcrumbs,
      { text: bucket, path: s3Paths.bucket(bucket) },
      { text: 'Empty bucket', path: s3Paths.emptyBucket(bucket) },
    ],
    help: BucketsHelp,
    contentType: 'form',
  });
  const submit = () =>
    emptyBucket.mutate(
      { caller, bucket },
      {
        onSuccess: (count) => {
          pushFlash({
            type: 'success',
            header: `Successfully emptied bucket "${bucket}"`,
            content: `${count} ${count === 1 ? 'object' : 'objects'} deleted.`,
          });
          navigate(s3Paths.buckets());
        },
      },
    );
  return (
    <form onSubmit={(e) => (e.preventDefault(), submit())}>
      <Form
        header={<Header variant="h1">Empty bucket</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(s3Paths.buckets())}>
              Cancel
            </Button>
            <Button variant="primary" disabled={typed !== CONFIRM} loading={emptyBucket.isPending}>
              Empty
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Alert type="warning">
            Emptying the bucket deletes all objects in the bucket and cannot be undone. Objects
            added to the bucket while the empty bucket action is in progress might be deleted.
          </Alert>
          {emptyBucket.error && (
            <ApiErrorAlert
              error={emptyBucket.error}
              header="Failed to empty bucket"
              deniedHeader="Failed to empty bucket"
            />
          )}
          <Container>
            <FormField
              label={`Permanently delete all objects in bucket "${bucket}"?`}
              description="To confirm deletion, type permanently delete in the text input field."
            >
              <Input
                value={typed}
                placeholder={CONFIRM}
                ariaLabel="Confirm permanently delete"
                onChange={({ detail }) => setTyped(detail.value)}
              />
            </FormField>
          </Container>
        </SpaceBetween>
      </Form>
    </form>
  );
}
