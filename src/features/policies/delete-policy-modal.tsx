// Delete a customer managed policy, as the console does: typed confirmation, then the policy is
// detached from its users, groups and roles and deleted with all its versions.
import Box from '@cloudscape-design/components/box';
import { useState } from 'react';
import { useDeletePolicy } from '@/queries/iam-policies';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';

export interface DeletePolicyModalProps {
  policyName: string;
  policyArn: string;
  /** Users, groups and roles it is attached to. */
  attachmentCount: number;
  onDismiss: () => void;
  onDeleted: () => void;
}

export function DeletePolicyModal(props: DeletePolicyModalProps) {
  const { policyName, policyArn, attachmentCount } = props;
  const caller = useCaller();
  const remove = useDeletePolicy();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [error, setError] = useState<unknown>();

  async function onDelete() {
    setError(undefined);
    try {
      await remove.mutateAsync({ caller, policyArn });
      pushFlash({ type: 'success', header: `Policy ${policyName} deleted.` });
      props.onDeleted();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <DeleteConfirmationModal
      header={`Delete ${policyName}?`}
      confirmationText={policyName}
      instruction="To confirm deletion, enter the policy name in the text input field."
      deleteLabel="Delete"
      loading={remove.isPending}
      error={error ? <ApiErrorAlert error={error} header="Failed to delete policy" /> : undefined}
      onDelete={() => void onDelete()}
      onDismiss={props.onDismiss}
    >
      <Box variant="p">
        {attachmentCount > 0
          ? `${policyName} is attached to ${attachmentCount} ${attachmentCount === 1 ? 'entity' : 'entities'}. Deleting it also detaches it from every user, user group and role it is attached to, and deletes all of its versions.`
          : `Deleting ${policyName} also deletes all of its versions.`}
      </Box>
    </DeleteConfirmationModal>
  );
}
