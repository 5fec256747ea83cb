// Amazon S3 > Buckets > <bucket> > Edit Block public access (bucket settings): "Block all public
// access" and its four settings, saved with PutPublicAccessBlock after typing "confirm".
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  publicAccessBlockQuery,
  usePutPublicAccessBlock,
  type PublicAccessBlockConfiguration,
} from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { PublicAccessBlockFields } from './public-access-block-fields';
import { ALL_OFF } from './public-access-block-labels';
import { s3Breadcrumbs } from './buckets-page';
import { BucketPolicyHelp } from './s3-help';
import { s3Paths } from './s3-paths';

function SettingsForm({
  bucket,
  initial,
}: {
  bucket: string;
  initial: PublicAccessBlockConfiguration;
}) {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const put = usePutPublicAccessBlock();
  const [config, setConfig] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const back = () => navigate(s3Paths.bucket(bucket, 'permissions'));
  const save = () =>
    put.mutate(
      { caller, bucket, config },
      {
        onSuccess: () => {
          setConfirming(false);
          pushFlash({
            type: 'success',
            header: 'Successfully edited Block Public Access settings for this bucket.',
          });
          back();
        },
        onError: () => setConfirming(false),
      },
    );
  return (
    <Form
      header={<Header variant="h1">Edit Block public access (bucket settings)</Header>}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={back}>
            Cancel
          </Button>
          <Button variant="primary" onClick={() => setConfirming(true)}>
            Save changes
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        {put.error && (
          <ApiErrorAlert
            error={put.error}
            header="Failed to edit Block Public Access settings"
            deniedHeader="Failed to edit Block Public Access settings"
            deniedAdvice="To edit Block Public Access settings, the s3:PutBucketPublicAccessBlock permission is required."
          />
        )}
        <Container
          header={
            <Header
              variant="h2"
              description="Public access is granted to buckets and objects through access control lists (ACLs), bucket policies, access point policies, or all. In order to ensure that public access to this bucket and its objects is blocked, turn on Block all public access. These settings apply only to this bucket and its access points."
            >
              Block public access (bucket settings)
            </Header>
          }
        >
          <PublicAccessBlockFields value={config} onChange={setConfig} />
        </Container>
        {confirming && (
          <DeleteConfirmationModal
            header="Edit Block public access (bucket settings)?"
            confirmationText="confirm"
            instruction="To confirm the settings, enter confirm in the field."
            deleteLabel="Confirm"
            loading={put.isPending}
            onDelete={save}
            onDismiss={() => setConfirming(false)}
          >
            Updating the Block Public Access settings for this bucket will affect this bucket and
            all objects within. This may result in some objects becoming public.
          </DeleteConfirmationModal>
        )}
      </SpaceBetween>
    </Form>
  );
}

export function EditPublicAccessBlockPage() {
  const bucket = useParams().bucketName ?? '';
  const caller = useCaller();
  const current = useQuery(publicAccessBlockQuery(caller, bucket));
  usePageChrome({
    breadcrumbs: [
      ...s3Breadcrumbs,
      { text: bucket, path: s3Paths.bucket(bucket) },
      {
        text: 'Edit Block public access (bucket settings)',
        path: s3Paths.editPublicAccessBlock(bucket),
      },
    ],
    help: BucketPolicyHelp,
    contentType: 'form',
  });
  if (current.isPending) return <Spinner size="large" />;
  return <SettingsForm bucket={bucket} initial={current.data ?? ALL_OFF} />;
}
