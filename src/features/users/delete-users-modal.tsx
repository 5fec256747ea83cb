// The console's Delete user dialog. Its delete is the console's composite one: group memberships,
// password, inline and attached policies go first, then the user (AWS's API alone would refuse).
import Box from '@cloudscape-design/components/box';
import { useState } from 'react';
import { useDeleteUser } from '@/queries/iam-users';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { usePermissionReview } from '@/ui/permission-review';

export interface DeleteUsersModalProps {
  userNames: readonly string[];
  onDismiss: () => void;
  onDeleted: () => void;
}

export function DeleteUsersModal({ userNames, onDismiss, onDeleted }: DeleteUsersModalProps) {
  const caller = useCaller();
  const deleteUser = useDeleteUser();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [error, setError] = useState<unknown>();
  const single = userNames.length === 1 ? userNames[0] : undefined;
  const permissionReview = usePermissionReview(
    previewPermissionChange,
    single ? 'Delete user' : 'Delete users',
  );

  async function onDelete() {
    setError(undefined);
    try {
      for (const userName of userNames) {
        await deleteUser.mutateAsync({ caller, userName });
      }
      pushFlash({
        type: 'success',
        header: single ? `User ${single} deleted.` : `${userNames.length} users deleted.`,
      });
      onDeleted();
    } catch (err) {
      setError(err);
    }
  }

  if (permissionReview.dialog) return permissionReview.dialog;
  return (
    <DeleteConfirmationModal
      header={single ? `Delete ${single}?` : `Delete ${userNames.length} users?`}
      confirmationText={single ?? 'delete'}
      instruction={
        single
          ? 'To confirm deletion, enter the user name in the text input field.'
          : 'To confirm deletion, enter delete in the text input field.'
      }
      deleteLabel={single ? 'Delete user' : 'Delete users'}
      loading={deleteUser.isPending || permissionReview.reviewing}
      error={error ? <ApiErrorAlert error={error} header="Failed to delete user" /> : undefined}
      onDelete={() => {
        setError(undefined);
        // What the deletion takes from whom, when it takes anything, is reviewed first.
        const changes = userNames.map((name) => ({
          kind: 'delete-principal' as const,
          principal: { kind: 'user' as const, name },
        }));
        void permissionReview.reviewIfChanges(changes, onDelete);
      }}
      onDismiss={onDismiss}
    >
      <Box variant="p">
        {single
          ? `Delete ${single} permanently? This will also delete all its user data, security credentials and inline policies.`
          : `Delete ${userNames.join(', ')} permanently? This will also delete all their user data, security credentials and inline policies.`}
      </Box>
    </DeleteConfirmationModal>
  );
}
