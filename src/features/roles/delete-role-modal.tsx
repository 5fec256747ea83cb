// The console's Delete role dialog. Its delete is the console's composite one: managed policies
// are detached, inline policies and the instance profile deleted, then the role (the API alone
// would answer DeleteConflict).
import Box from '@cloudscape-design/components/box';
import { useState } from 'react';
import { useDeleteRole } from '@/queries/iam-roles';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { usePermissionReview } from '@/ui/permission-review';
import { formatAge } from '@/ui/format';

export interface DeleteRoleModalProps {
  roleName: string;
  lastActivity?: string;
  onDismiss: () => void;
  onDeleted: () => void;
}

export function DeleteRoleModal({
  roleName,
  lastActivity,
  onDismiss,
  onDeleted,
}: DeleteRoleModalProps) {
  const caller = useCaller();
  const deleteRole = useDeleteRole();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [error, setError] = useState<unknown>();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Delete');

  async function onDelete() {
    setError(undefined);
    try {
      await deleteRole.mutateAsync({ caller, roleName });
      pushFlash({ type: 'success', header: `Role ${roleName} deleted.` });
      onDeleted();
    } catch (err) {
      setError(err);
    }
  }

  if (permissionReview.dialog) return permissionReview.dialog;
  return (
    <DeleteConfirmationModal
      header={`Delete ${roleName}?`}
      confirmationText={roleName}
      instruction="To confirm deletion, enter the role name in the text input field."
      deleteLabel="Delete"
      loading={deleteRole.isPending || permissionReview.reviewing}
      error={error ? <ApiErrorAlert error={error} header="Failed to delete role" /> : undefined}
      onDelete={() => {
        setError(undefined);
        // What the deletion takes from whom, when it takes anything, is reviewed first.
        const changes = [roleName].map((name) => ({
          kind: 'delete-principal' as const,
          principal: { kind: 'role' as const, name },
        }));
        void permissionReview.reviewIfChanges(changes, onDelete);
      }}
      onDismiss={onDismiss}
    >
      <Box variant="p">
        Delete {roleName} permanently? Its attached policies are detached, and its inline policies
        and instance profile are deleted with it.
      </Box>
      <Box variant="p">
        Last activity:{' '}
        {lastActivity ? formatAge(lastActivity) : 'Not accessed in the tracking period'}
      </Box>
    </DeleteConfirmationModal>
  );
}
