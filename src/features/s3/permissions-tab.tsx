// A bucket's Permissions tab: Block public access (GetPublicAccessBlock) and the bucket policy
// (GetBucketPolicy), each with Edit; the policy also with Delete (DeleteBucketPolicy).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { previewPermissionChange } from '@/queries/permission-diff';
import { bucketPolicyQuery, publicAccessBlockQuery, useDeleteBucketPolicy } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { DenialDetails, deniedCallOf } from '@/ui/denial-alert';
import { ALL_OFF, PUBLIC_ACCESS_SETTINGS, allOn } from './public-access-block-labels';
import { s3Paths } from './s3-paths';

const onOff = (on: boolean) => (
  // Off is the risky state, so it carries the warning sign.
  <StatusIndicator type={on ? 'success' : 'warning'} iconAriaLabel={on ? 'On' : 'Off'}>
    {on ? 'On' : 'Off'}
  </StatusIndicator>
);

function PublicAccessBlockPanel({ bucket }: { bucket: string }) {
  const caller = useCaller();
  const navigate = useNavigate();
  const config = useQuery(publicAccessBlockQuery(caller, bucket));
  const current = config.data ?? ALL_OFF;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Public access is granted to buckets and objects through access control lists (ACLs), bucket policies, access point policies, or all. In order to ensure that public access to this bucket and its objects is blocked, turn on Block all public access. These settings apply only to this bucket and its access points."
          actions={
            <Button
              ariaLabel="Edit Block public access (bucket settings)"
              onClick={() => navigate(s3Paths.editPublicAccessBlock(bucket))}
            >
              Edit
            </Button>
          }
        >
          Block public access (bucket settings)
        </Header>
      }
    >
      {config.error ? (
        <ApiErrorAlert
          error={config.error}
          deniedHeader="Insufficient permissions to view Block Public Access settings"
          deniedAdvice="After you or your AWS administrator has updated your permissions to allow the s3:GetBucketPublicAccessBlock action, refresh the page."
        />
      ) : (
        <SpaceBetween size="s">
          <KeyValuePairs
            items={[
              {
                label: 'Block all public access',
                value: config.data === undefined ? '-' : onOff(allOn(current)),
              },
            ]}
          />
          <ExpandableSection headerText="Individual Block Public Access settings for this bucket">
            <KeyValuePairs
              items={PUBLIC_ACCESS_SETTINGS.map(({ setting, label }) => ({
                label,
                value: onOff(current[setting]),
              }))}
            />
          </ExpandableSection>
        </SpaceBetween>
      )}
    </Container>
  );
}

function BucketPolicyPanel({ bucket }: { bucket: string }) {
  const caller = useCaller();
  const navigate = useNavigate();
  const policy = useQuery(bucketPolicyQuery(caller, bucket));
  const remove = useDeleteBucketPolicy();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [confirming, setConfirming] = useState(false);
  const permissionReview = usePermissionReview(previewPermissionChange, 'Delete');
  const removeDenied = deniedCallOf(remove.error);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="The bucket policy, written in JSON, provides access to the objects stored in the bucket. Bucket policies don't apply to objects owned by other accounts."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                ariaLabel="Edit bucket policy"
                onClick={() => navigate(s3Paths.editBucketPolicy(bucket))}
              >
                Edit
              </Button>
              <Button
                ariaLabel="Delete bucket policy"
                disabled={!policy.data}
                onClick={() => {
                  remove.reset();
                  setConfirming(true);
                }}
              >
                Delete
              </Button>
            </SpaceBetween>
          }
        >
          Bucket policy
        </Header>
      }
    >
      {policy.error && (
        <ApiErrorAlert
          error={policy.error}
          deniedHeader="Insufficient permissions to view the bucket policy"
          deniedAdvice="After you or your AWS administrator has updated your permissions to allow the s3:GetBucketPolicy action, refresh the page."
        />
      )}
      {permissionReview.dialog}
      {policy.data === null && <Box color="text-status-inactive">No policy to display.</Box>}
      {policy.data && (
        <Box variant="code">
          <pre aria-label="Bucket policy" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {policy.data}
          </pre>
        </Box>
      )}
      {confirming && (
        <DeleteConfirmationModal
          header="Delete bucket policy?"
          confirmationText="delete"
          instruction="To confirm, enter delete in the text input field."
          deleteLabel="Delete"
          loading={remove.isPending}
          error={
            remove.error &&
            (removeDenied ? <DenialDetails error={removeDenied} /> : remove.error.message)
          }
          onDelete={() =>
            // Who loses (or gains, when the policy denied) access is shown before the delete.
            void permissionReview.review({ kind: 'set-bucket-policy', bucket }, async () =>
              remove.mutate(
                { caller, bucket },
                {
                  onSuccess: () => {
                    setConfirming(false);
                    pushFlash({ type: 'success', header: 'Successfully deleted bucket policy.' });
                  },
                },
              ),
            )
          }
          onDismiss={() => setConfirming(false)}
        >
          Deleting the bucket policy removes every permission it grants or denies.
        </DeleteConfirmationModal>
      )}
    </Container>
  );
}

export function PermissionsTab({ bucket }: { bucket: string }) {
  return (
    <SpaceBetween size="l">
      <PublicAccessBlockPanel bucket={bucket} />
      <BucketPolicyPanel bucket={bucket} />
    </SpaceBetween>
  );
}
