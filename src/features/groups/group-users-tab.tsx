// A group's Users tab: its members, with "Remove users" and "Add users".
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '@/paths';
import { useAddUsersToGroup, useRemoveUserFromGroup } from '@/queries/iam-groups';
import { userRowsQuery } from '@/queries/iam-users';
import type { User } from '@/queries/types';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { formatAge } from '@/ui/format';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState } from '@/ui/table-states';
import { PickerModal } from './picker-modal';
import { UsersPickerTable } from './users-picker-table';

export interface GroupUsersTabProps {
  groupName: string;
  users: readonly User[];
  loading: boolean;
}

export function GroupUsersTab({ groupName, users, loading }: GroupUsersTabProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const remove = useRemoveUserFromGroup();
  const add = useAddUsersToGroup();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Remove users');
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [toAdd, setToAdd] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const [addError, setAddError] = useState<unknown>();
  const allUsers = useQuery({ ...userRowsQuery(caller), enabled: adding });

  async function onRemove() {
    setError(undefined);
    try {
      for (const userName of selected) await remove.mutateAsync({ caller, groupName, userName });
      pushFlash({
        type: 'success',
        header: `${selected.length} user(s) removed from ${groupName}.`,
      });
      setSelected([]);
    } catch (err) {
      setError(err);
    }
  }

  /** The picker closes, the review shows what the new members gain, and Confirm adds them. */
  function onAdd() {
    const userNames = toAdd;
    setAdding(false);
    setAddError(undefined);
    void permissionReview.review(
      userNames.map((userName) => ({
        kind: 'add-to-groups' as const,
        userName,
        groupNames: [groupName],
      })),
      async () => {
        try {
          await add.mutateAsync({ caller, groupName, userNames });
          pushFlash({
            type: 'success',
            header: `${userNames.length} user(s) added to ${groupName}.`,
          });
          setToAdd([]);
        } catch (err) {
          setAddError(err);
        }
      },
      'Add users',
    );
  }

  return (
    <SpaceBetween size="m">
      {permissionReview.dialog}
      {error ? <ApiErrorAlert error={error} header="Failed to remove users" /> : null}
      {addError && !adding ? <ApiErrorAlert error={addError} header="Failed to add users" /> : null}
      <Table
        items={[...users]}
        loading={loading}
        loadingText="Loading users"
        trackBy="userName"
        selectionType="multi"
        selectedItems={users.filter((u) => selected.includes(u.userName))}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems.map((u) => u.userName))}
        ariaLabels={{
          selectionGroupLabel: 'Users selection',
          itemSelectionLabel: (_s, u) => u.userName,
          allItemsSelectionLabel: () => 'Select all users',
        }}
        empty={<TableEmptyState />}
        columnDefinitions={[
          {
            id: 'userName',
            header: 'User name',
            isRowHeader: true,
            cell: (u) => <RouteLink to={paths.user(u.userName)}>{u.userName}</RouteLink>,
          },
          {
            id: 'lastActivity',
            header: 'Last activity',
            cell: (u) => formatAge(u.passwordLastUsed),
          },
          { id: 'created', header: 'Creation time', cell: (u) => formatAge(u.createDate) },
        ]}
        header={
          <Header
            counter={`(${users.length})`}
            description="An IAM user is an entity that you create in AWS to represent the person or application that uses it to interact with AWS."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  disabled={selected.length === 0}
                  loading={remove.isPending}
                  onClick={() => {
                    void permissionReview.review(
                      selected.map((userName) => ({
                        kind: 'remove-from-group' as const,
                        userName,
                        groupName,
                      })),
                      onRemove,
                    );
                  }}
                >
                  Remove users
                </Button>
                <Button variant="primary" onClick={() => setAdding(true)}>
                  Add users
                </Button>
              </SpaceBetween>
            }
          >
            Users in this group
          </Header>
        }
      />
      {adding && (
        <PickerModal
          header={`Add users to ${groupName}`}
          confirmLabel="Add users"
          canConfirm={toAdd.length > 0}
          loading={add.isPending}
          onConfirm={onAdd}
          onDismiss={() => setAdding(false)}
        >
          <SpaceBetween size="m">
            {allUsers.error ? <ApiErrorAlert error={allUsers.error} /> : null}
            <UsersPickerTable
              title="Other users in this account"
              rows={allUsers.data ?? []}
              loading={allUsers.isPending && !allUsers.error}
              selectedNames={toAdd}
              onChange={setToAdd}
              disabledNames={users.map((u) => u.userName)}
            />
            {addError ? <ApiErrorAlert error={addError} header="Failed to add users" /> : null}
          </SpaceBetween>
        </PickerModal>
      )}
    </SpaceBetween>
  );
}
