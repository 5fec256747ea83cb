// Delete user group(s): the console's composite delete (members, managed and inline policies
// first), after typing the group name, or "<n> user groups" for several.
import Box from '@cloudscape-design/components/box';
import { useState } from 'react';
import { useDeleteGroup } from '@/queries/iam-groups';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { usePermissionReview } from '@/ui/permission-review';

export interface DeleteGroupsModalProps {
  groupNames: readonly string[];
  onDismiss: () => void;
  onDeleted: () => void;
}

export function DeleteGroupsModal({ groupNames, onDismiss, onDeleted }: DeleteGroupsModalProps) {
  const caller = useCaller();
  const deleteGroup = useDeleteGroup();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [error, setError] = useState<unknown>();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Delete');
  const single = groupNames.length === 1 ? groupNames[0] : undefined;
  const phrase = single ?? `${groupNames.length} user groups`;

  async function onDelete() {
    setError(undefined);
    try {
      for (const groupName of groupNames) await deleteGroup.mutateAsync({ caller, groupName });
      pushFlash({
        type: 'success',
        header: single ? `User group ${single} deleted.` : `${phrase} deleted.`,
      });
      onDeleted();
    } catch (err) {
      setError(err);
    }
  }

  if (permissionReview.dialog) return permissionReview.dialog;
  return (
    <DeleteConfirmationModal
      header={single ? `Delete ${single}?` : `Delete ${phrase}?`}
      confirmationText={phrase}
      instruction={
        single
          ? 'To confirm deletion, enter the user group name in the text input field.'
          : `To confirm deletion, enter "${phrase}" in the text input field.`
      }
      deleteLabel="Delete"
      loading={deleteGroup.isPending || permissionReview.reviewing}
      error={
        error ? <ApiErrorAlert error={error} header="Failed to delete user group" /> : undefined
      }
      onDelete={() => {
        setError(undefined);
        // What the deletion takes from whom, when it takes anything, is reviewed first.
        const changes = groupNames.map((name) => ({
          kind: 'delete-principal' as const,
          principal: { kind: 'group' as const, name },
        }));
        void permissionReview.reviewIfChanges(changes, onDelete);
      }}
      onDismiss={onDismiss}
    >
      <Box variant="p">
        Deleting {single ? 'this user group' : 'these user groups'} removes{' '}
        {single ? 'its' : 'their'} users from the group and deletes its attached and inline
        policies: {groupNames.join(', ')}.
      </Box>
    </DeleteConfirmationModal>
  );
}
