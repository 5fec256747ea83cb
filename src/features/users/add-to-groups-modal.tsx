// "Add user to groups": choose groups, then AddUserToGroup for each, all or nothing.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { groupRowsQuery } from '@/queries/iam-groups';
import { useAddUserPermissions } from '@/queries/iam-users';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { GroupsPickerTable } from './groups-picker-table';

export interface AddToGroupsModalProps {
  userName: string;
  currentGroupNames: readonly string[];
  onDismiss: () => void;
}

export function AddToGroupsModal({
  userName,
  currentGroupNames,
  onDismiss,
}: AddToGroupsModalProps) {
  const caller = useCaller();
  const groups = useQuery(groupRowsQuery(caller));
  const add = useAddUserPermissions();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Add to groups');

  async function onAdd() {
    setError(undefined);
    try {
      await add.mutateAsync({ caller, userName, groupNames: selected });
      pushFlash({ type: 'success', header: `User added to group ${selected.join(', ')}` });
      onDismiss();
    } catch (err) {
      setError(err);
    }
  }

  // Add first shows what the user gains; the review takes the dialog's place until answered.
  if (permissionReview.dialog) return permissionReview.dialog;
  return (
    <Modal
      visible
      size="large"
      header="Add user to groups"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={selected.length === 0}
              loading={add.isPending}
              onClick={() =>
                void permissionReview.review(
                  { kind: 'add-to-groups', userName, groupNames: selected },
                  onAdd,
                )
              }
            >
              Add to groups
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {groups.error ? <ApiErrorAlert error={groups.error} /> : null}
        <GroupsPickerTable
          rows={groups.data ?? []}
          loading={groups.isPending && !groups.error}
          selectedNames={selected}
          onChange={setSelected}
          disabledNames={currentGroupNames}
        />
        {error ? <ApiErrorAlert error={error} header="Failed to add user to groups" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
