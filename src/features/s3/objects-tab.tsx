// A bucket's Objects tab: ListObjectsV2 under the folder shown, and "Delete objects".
import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { objectsQuery, useDeleteObjects } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { DenialAlert, DenialDetails, deniedCallOf } from '@/ui/denial-alert';
import { ObjectsTable, type ObjectRow } from './objects-table';

export interface ObjectsTabProps {
  bucket: string;
  prefix: string;
}

export function ObjectsTab({ bucket, prefix }: ObjectsTabProps) {
  const caller = useCaller();
  const objects = useQuery(objectsQuery(caller, bucket, prefix));
  const deleteObjects = useDeleteObjects();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [toDelete, setToDelete] = useState<ObjectRow[] | null>(null);
  const denied = deniedCallOf(objects.error);
  const rows: ObjectRow[] = [
    ...(objects.data?.commonPrefixes ?? []).map((key) => ({
      key,
      folder: true,
      size: 0,
      lastModified: '',
    })),
    // The folder's own marker object ("photos/") is the folder itself, not a row in it.
    ...(objects.data?.contents ?? [])
      .filter((o) => o.key !== prefix)
      .map((o) => ({ key: o.key, folder: false, size: o.size, lastModified: o.lastModified })),
  ];
  const deleteError = deleteObjects.error;
  const deleteDenied = deniedCallOf(deleteError);

  const confirmDelete = (selected: ObjectRow[]) =>
    deleteObjects.mutate(
      {
        caller,
        bucket,
        keys: selected.filter((r) => !r.folder).map((r) => r.key),
        folders: selected.filter((r) => r.folder).map((r) => r.key),
      },
      {
        onSuccess: (count) => {
          setToDelete(null);
          pushFlash({
            type: 'success',
            header: `Successfully deleted objects`,
            content: `${count} ${count === 1 ? 'object' : 'objects'} deleted from s3://${bucket}/${prefix}.`,
          });
        },
      },
    );

  return (
    <SpaceBetween size="m">
      {denied && (
        <DenialAlert header="Insufficient permissions to list objects" error={denied}>
          After you or your AWS administrator has updated your permissions to allow the
          s3:ListBucket action, refresh the page. Learn more about Identity and access management in
          Amazon S3.
        </DenialAlert>
      )}
      {objects.error && !denied && (
        <Alert type="error" header="Failed to list objects">
          {objects.error.message}
        </Alert>
      )}
      <ObjectsTable
        bucket={bucket}
        prefix={prefix}
        rows={rows}
        loading={objects.isPending && !objects.error}
        denied={denied !== null}
        onRefresh={() => void objects.refetch()}
        onDelete={(selected) => {
          deleteObjects.reset();
          setToDelete(selected);
        }}
      />
      {toDelete && (
        <DeleteConfirmationModal
          header="Delete objects"
          confirmationText="permanently delete"
          instruction="To confirm deletion, type permanently delete in the text input field."
          deleteLabel="Delete objects"
          loading={deleteObjects.isPending}
          error={
            deleteError &&
            (deleteDenied ? <DenialDetails error={deleteDenied} /> : deleteError.message)
          }
          onDelete={() => confirmDelete(toDelete)}
          onDismiss={() => setToDelete(null)}
        >
          Specified objects: {toDelete.map((r) => r.key.slice(prefix.length)).join(', ')}
        </DeleteConfirmationModal>
      )}
    </SpaceBetween>
  );
}
