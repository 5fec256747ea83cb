// Security credentials → "Access keys (n)": each key with its status and Actions (Activate,
// Deactivate, Delete). The console deletes only an inactive key, after a typed confirmation.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { useDeleteAccessKey, useUpdateAccessKey } from '@/queries/iam-credentials';
import type { AccessKeyMetadata, Tag } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { formatAge, formatConsoleDate } from '@/ui/format';
import { TableEmptyState } from '@/ui/table-states';

export interface AccessKeysSectionProps {
  userName: string;
  /** undefined: not readable by the caller. */
  keys?: readonly AccessKeyMetadata[];
  loadError?: unknown;
  /** The user's tags: a key's description is the tag named after its ID. */
  tags: readonly Tag[];
}

export function AccessKeysSection({ userName, keys, loadError, tags }: AccessKeysSectionProps) {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const update = useUpdateAccessKey();
  const remove = useDeleteAccessKey();
  const [deleting, setDeleting] = useState<AccessKeyMetadata>();
  const [error, setError] = useState<unknown>();
  const list = keys ?? [];

  async function setStatus(key: AccessKeyMetadata, status: 'Active' | 'Inactive') {
    setError(undefined);
    try {
      await update.mutateAsync({ caller, userName, accessKeyId: key.accessKeyId, status });
      pushFlash({
        type: 'success',
        header: `Access key ${key.accessKeyId} ${status === 'Active' ? 'activated' : 'deactivated'}.`,
      });
    } catch (err) {
      setError(err);
    }
  }

  async function onDelete(key: AccessKeyMetadata) {
    try {
      await remove.mutateAsync({ caller, userName, accessKeyId: key.accessKeyId });
      setDeleting(undefined);
      pushFlash({ type: 'success', header: `Access key ${key.accessKeyId} deleted.` });
    } catch (err) {
      setError(err);
      setDeleting(undefined);
    }
  }

  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={keys ? `(${list.length})` : undefined}
          description="Use access keys to send programmatic calls to AWS from the AWS CLI, AWS Tools for PowerShell, AWS SDKs, or direct AWS API calls. You can have a maximum of two access keys (active or inactive) at a time."
          actions={
            <Button
              disabled={!keys || list.length >= 2}
              onClick={() => navigate(paths.createAccessKey(userName))}
            >
              Create access key
            </Button>
          }
        >
          Access keys
        </Header>
      }
    >
      <SpaceBetween size="m">
        {error ? <ApiErrorAlert error={error} header="Failed to change the access key" /> : null}
        {loadError ? <ApiErrorAlert error={loadError} /> : null}
        {keys && list.length === 0 && (
          <TableEmptyState
            title="No access keys"
            subtitle="As a best practice, avoid using long-term credentials like access keys. Instead, use tools which provide short term credentials."
            action={
              <Button onClick={() => navigate(paths.createAccessKey(userName))}>
                Create access key
              </Button>
            }
          />
        )}
        {list.map((key) => (
          <Container
            key={key.accessKeyId}
            header={
              <Header
                variant="h3"
                actions={
                  <ButtonDropdown
                    ariaLabel={`Actions for ${key.accessKeyId}`}
                    items={[
                      key.status === 'Active'
                        ? { id: 'deactivate', text: 'Deactivate' }
                        : { id: 'activate', text: 'Activate' },
                      {
                        id: 'delete',
                        text: 'Delete',
                        disabled: key.status === 'Active',
                        disabledReason: 'Deactivate the access key before you delete it.',
                      },
                    ]}
                    onItemClick={(e) => {
                      if (e.detail.id === 'activate') void setStatus(key, 'Active');
                      if (e.detail.id === 'deactivate') void setStatus(key, 'Inactive');
                      if (e.detail.id === 'delete') setDeleting(key);
                    }}
                  >
                    Actions
                  </ButtonDropdown>
                }
              >
                {key.accessKeyId}
              </Header>
            }
          >
            <KeyValuePairs
              columns={4}
              items={[
                {
                  label: 'Description',
                  value: tags.find((t) => t.Key === key.accessKeyId)?.Value || '-',
                },
                {
                  label: 'Status',
                  value:
                    key.status === 'Active' ? (
                      <StatusIndicator>Active</StatusIndicator>
                    ) : (
                      <StatusIndicator type="stopped">Inactive</StatusIndicator>
                    ),
                },
                {
                  label: 'Last used',
                  value: key.lastUsed ? formatAge(key.lastUsed.date) : 'Never',
                },
                { label: 'Created', value: formatConsoleDate(key.createDate) },
                { label: 'Access key age', value: formatAge(key.createDate) },
              ]}
            />
          </Container>
        ))}
      </SpaceBetween>
      {deleting && (
        <DeleteConfirmationModal
          header={`Delete ${deleting.accessKeyId}?`}
          confirmationText={deleting.accessKeyId}
          instruction="To confirm deletion, enter the access key ID in the text input field."
          deleteLabel="Delete"
          loading={remove.isPending}
          onDelete={() => void onDelete(deleting)}
          onDismiss={() => setDeleting(undefined)}
        >
          <Box variant="p">
            Applications that use this access key can no longer call AWS. This action cannot be
            undone.
          </Box>
        </DeleteConfirmationModal>
      )}
    </Container>
  );
}
