// "Remove policy": detaches a managed policy, deletes an inline one, or, for a policy that comes
// through a group, removes the user from that group (as the console does).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useRemoveUserFromGroup } from '@/queries/iam-groups';
import { useDeleteUserPolicy, useDetachUserPolicy } from '@/queries/iam-users';
import { previewPermissionChange } from '@/queries/permission-diff';
import type { EffectivePolicy } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';

export interface RemovePolicyModalProps {
  userName: string;
  policy: EffectivePolicy;
  onDismiss: () => void;
}

export function RemovePolicyModal({ userName, policy, onDismiss }: RemovePolicyModalProps) {
  const caller = useCaller();
  const detach = useDetachUserPolicy();
  const deleteInline = useDeleteUserPolicy();
  const removeFromGroup = useRemoveUserFromGroup();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [error, setError] = useState<unknown>();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Remove policy');
  const pending = detach.isPending || deleteInline.isPending || removeFromGroup.isPending;

  async function onRemove() {
    setError(undefined);
    try {
      if (policy.groupName) {
        await removeFromGroup.mutateAsync({ caller, groupName: policy.groupName, userName });
        pushFlash({ type: 'success', header: `User removed from group ${policy.groupName}.` });
      } else if (policy.policyArn) {
        await detach.mutateAsync({ caller, userName, policyArn: policy.policyArn });
        pushFlash({ type: 'success', header: `Policy ${policy.policyName} removed.` });
      } else {
        await deleteInline.mutateAsync({ caller, userName, policyName: policy.policyName });
        pushFlash({ type: 'success', header: '1 inline policy removed' });
      }
      onDismiss();
    } catch (err) {
      setError(err);
    }
  }

  function onReview() {
    const principal = { kind: 'user' as const, name: userName };
    void permissionReview.review(
      policy.groupName
        ? { kind: 'remove-from-group', userName, groupName: policy.groupName }
        : policy.policyArn
          ? { kind: 'detach-policy', principal, policyArn: policy.policyArn }
          : { kind: 'delete-inline-policy', principal, policyName: policy.policyName },
      onRemove,
    );
  }

  // Remove first shows what the user loses; the review takes the dialog's place until answered.
  if (permissionReview.dialog) return permissionReview.dialog;
  return (
    <Modal
      visible
      header={`Remove policy ${policy.policyName}?`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={pending} onClick={onReview}>
              Remove policy
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          {policy.groupName
            ? `${policy.policyName} comes from the group ${policy.groupName}. Removing it removes ${userName} from the group ${policy.groupName}.`
            : `Remove the policy ${policy.policyName} from ${userName}?`}
        </Box>
        {error ? <ApiErrorAlert error={error} header="Failed to remove policy" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
