// "Add user to group": the account's groups to choose from.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { ReactNode } from 'react';
import type { GroupRow } from '@/queries/types';
import { formatAge } from '@/ui/format';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';

export interface GroupsPickerTableProps {
  rows: readonly GroupRow[];
  loading: boolean;
  selectedNames: readonly string[];
  onChange: (groupNames: string[]) => void;
  /** Groups the user is already in: shown, not selectable. */
  disabledNames?: readonly string[];
  title?: string;
  empty?: ReactNode;
}

export function GroupsPickerTable({
  rows,
  loading,
  selectedNames,
  onChange,
  disabledNames = [],
  title = 'User groups',
  empty,
}: GroupsPickerTableProps) {
  const flat = rows.map((r) => ({ ...r, groupName: r.group.groupName }));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection(flat, {
      filtering: {
        fields: ['groupName'],
        empty: empty ?? <TableEmptyState />,
        noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
      },
      pagination: { pageSize: 10 },
      sorting: { defaultState: { sortingColumn: { sortingField: 'groupName' } } },
    });
  return (
    <Table
      {...collectionProps}
      items={items}
      loading={loading}
      loadingText="Loading user groups"
      trackBy="groupName"
      selectionType="multi"
      selectedItems={flat.filter((r) => selectedNames.includes(r.groupName))}
      onSelectionChange={(e) => onChange(e.detail.selectedItems.map((r) => r.groupName))}
      isItemDisabled={(r) => disabledNames.includes(r.groupName)}
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
          cell: (r) => r.groupName,
        },
        { id: 'users', header: 'Users', cell: (r) => r.userCount ?? '-' },
        {
          id: 'permissions',
          header: 'Permissions',
          cell: (r) =>
            r.permissionsDefined === undefined
              ? '-'
              : r.permissionsDefined
                ? 'Defined'
                : 'Not defined',
        },
        { id: 'created', header: 'Created', cell: (r) => formatAge(r.group.createDate) },
      ]}
      header={<Header counter={`(${selectedNames.length}/${rows.length})`}>{title}</Header>}
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
  );
}
