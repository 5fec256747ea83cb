// IAM > IAM user groups: the list, with search, Delete and Create group.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { groupRowsQuery } from '@/queries/iam-groups';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatAge } from '@/ui/format';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';
import { DeleteGroupsModal } from './delete-groups-modal';
import { GroupsHelp } from './groups-help';

export function GroupsPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM user groups', path: paths.groups() },
    ],
    help: GroupsHelp,
    contentType: 'table',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const groups = useQuery(groupRowsQuery(caller));
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const rows = (groups.data ?? []).map((r) => ({
    ...r,
    groupName: r.group.groupName,
    createDate: r.group.createDate,
    permissionsText:
      r.permissionsDefined === undefined ? '-' : r.permissionsDefined ? 'Defined' : 'Not defined',
  }));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection(rows, {
      filtering: {
        fields: ['groupName', 'permissionsText'],
        empty: <TableEmptyState />,
        noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
      },
      pagination: { pageSize: 25 },
      sorting: { defaultState: { sortingColumn: { sortingField: 'groupName' } } },
    });
  return (
    <SpaceBetween size="m">
      {groups.error ? <ApiErrorAlert error={groups.error} /> : null}
      <Table
        {...collectionProps}
        variant="full-page"
        items={items}
        loading={groups.isPending && !groups.error}
        loadingText="Loading user groups"
        trackBy="groupName"
        selectionType="multi"
        selectedItems={rows.filter((r) => selected.includes(r.groupName))}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems.map((r) => r.groupName))}
        ariaLabels={{
          selectionGroupLabel: 'User groups selection',
          itemSelectionLabel: (_s, r) => r.groupName,
          allItemsSelectionLabel: () => 'Select all user groups',
        }}
        columnDefinitions={[
          {
            id: 'groupName',
            header: 'Group name',
            sortingField: 'groupName',
            isRowHeader: true,
            cell: (r) => <RouteLink to={paths.group(r.groupName)}>{r.groupName}</RouteLink>,
          },
          { id: 'users', header: 'Users', cell: (r) => r.userCount ?? '-' },
          { id: 'permissions', header: 'Permissions', cell: (r) => r.permissionsText },
          {
            id: 'created',
            header: 'Creation time',
            sortingField: 'createDate',
            cell: (r) => formatAge(r.createDate),
          },
        ]}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={
              groups.isPending
                ? undefined
                : selected.length
                  ? `(${selected.length}/${rows.length})`
                  : `(${rows.length})`
            }
            info={
              <Link variant="info" onFollow={openHelp}>
                Info
              </Link>
            }
            description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh"
                  loading={groups.isFetching}
                  onClick={() => void groups.refetch()}
                />
                <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button variant="primary" onClick={() => navigate(paths.createGroup())}>
                  Create group
                </Button>
              </SpaceBetween>
            }
          >
            IAM user groups
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Search"
            filteringAriaLabel="Search user groups"
            countText={`${filteredItemsCount ?? 0} matches`}
          />
        }
        pagination={<Pagination {...paginationProps} />}
      />
      {deleting && (
        <DeleteGroupsModal
          groupNames={selected}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            setSelected([]);
          }}
        />
      )}
    </SpaceBetween>
  );
}
