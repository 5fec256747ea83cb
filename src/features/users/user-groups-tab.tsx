// A user's Groups tab: "User groups membership (n)", with Remove and "Add user to groups".
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '@/paths';
import { useRemoveUserFromGroup } from '@/queries/iam-groups';
import { groupsForUserQuery, userPermissionsQuery } from '@/queries/iam-users';
import type { Group } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState } from '@/ui/table-states';
import { AddToGroupsModal } from './add-to-groups-modal';

export interface UserGroupsTabProps {
  userName: string;
}

export function UserGroupsTab({ userName }: UserGroupsTabProps) {
  const caller = useCaller();
  const groups = useQuery(groupsForUserQuery(caller, userName));
  const permissions = useQuery(userPermissionsQuery(caller, userName));
  const remove = useRemoveUserFromGroup();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [selected, setSelected] = useState<Group[]>([]);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<unknown>();
  const rows = groups.data ?? [];
  const policiesOf = (groupName: string) =>
    (permissions.data ?? [])
      .filter((p) => p.groupName === groupName)
      .map((p) => p.policyName)
      .join(', ') || (permissions.data ? 'None' : '-');

  async function onRemove() {
    setError(undefined);
    try {
      for (const group of selected) {
        await remove.mutateAsync({ caller, groupName: group.groupName, userName });
      }
      pushFlash({
        type: 'success',
        header: `User removed from group ${selected.map((g) => g.groupName).join(', ')}.`,
      });
      setSelected([]);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <SpaceBetween size="m">
      {groups.error ? <ApiErrorAlert error={groups.error} /> : null}
      {error ? <ApiErrorAlert error={error} header="Failed to remove user from group" /> : null}
      <Table
        items={rows}
        loading={groups.isPending && !groups.error}
        loadingText="Loading groups"
        trackBy="groupName"
        selectionType="multi"
        selectedItems={rows.filter((g) => selected.some((s) => s.groupName === g.groupName))}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems)}
        ariaLabels={{
          selectionGroupLabel: 'User groups selection',
          itemSelectionLabel: (_s, g) => g.groupName,
          allItemsSelectionLabel: () => 'Select all groups',
        }}
        empty={<TableEmptyState />}
        columnDefinitions={[
          {
            id: 'groupName',
            header: 'Group name',
            isRowHeader: true,
            cell: (g) => <RouteLink to={paths.group(g.groupName)}>{g.groupName}</RouteLink>,
          },
          { id: 'policies', header: 'Attached policies', cell: (g) => policiesOf(g.groupName) },
        ]}
        header={
          <Header
            counter={`(${rows.length})`}
            description={
              <Box variant="span" color="text-body-secondary">
                A user group is a collection of IAM users. Use groups to specify permissions for a
                collection of users. A user can be a member of up to 10 groups at a time.
              </Box>
            }
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  disabled={selected.length === 0}
                  loading={remove.isPending}
                  onClick={() => void onRemove()}
                >
                  Remove
                </Button>
                <Button variant="primary" onClick={() => setAdding(true)}>
                  Add user to groups
                </Button>
              </SpaceBetween>
            }
          >
            User groups membership
          </Header>
        }
      />
      {adding && (
        <AddToGroupsModal
          userName={userName}
          currentGroupNames={rows.map((g) => g.groupName)}
          onDismiss={() => setAdding(false)}
        />
      )}
    </SpaceBetween>
  );
}
