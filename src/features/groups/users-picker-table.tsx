// Users to add to a group: the create page's "Add users to the group - Optional" and "Add users".
import { useCollection } from '@cloudscape-design/collection-hooks';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { ReactNode } from 'react';
import type { UserRow } from '@/queries/types';
import { formatAge } from '@/ui/format';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';

export interface UsersPickerTableProps {
  rows: readonly UserRow[];
  loading: boolean;
  title: string;
  description?: ReactNode;
  selectedNames: readonly string[];
  onChange: (userNames: string[]) => void;
  disabledNames?: readonly string[];
}

export function UsersPickerTable(props: UsersPickerTableProps) {
  const disabled = props.disabledNames ?? [];
  const flat = props.rows.map((r) => ({
    ...r,
    userName: r.user.userName,
    createDate: r.user.createDate,
  }));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection(flat, {
      filtering: {
        fields: ['userName'],
        empty: <TableEmptyState />,
        noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
      },
      pagination: { pageSize: 10 },
      sorting: { defaultState: { sortingColumn: { sortingField: 'userName' } } },
    });
  return (
    <Table
      {...collectionProps}
      items={items}
      loading={props.loading}
      loadingText="Loading users"
      trackBy="userName"
      selectionType="multi"
      selectedItems={flat.filter((r) => props.selectedNames.includes(r.userName))}
      onSelectionChange={(e) => props.onChange(e.detail.selectedItems.map((r) => r.userName))}
      isItemDisabled={(r) => disabled.includes(r.userName)}
      ariaLabels={{
        selectionGroupLabel: 'Users selection',
        itemSelectionLabel: (_s, r) => r.userName,
        allItemsSelectionLabel: () => 'Select all users',
      }}
      columnDefinitions={[
        {
          id: 'userName',
          header: 'User name',
          sortingField: 'userName',
          isRowHeader: true,
          cell: (r) => r.userName,
        },
        { id: 'groups', header: 'Groups', cell: (r) => r.groupNames?.length ?? '-' },
        {
          id: 'lastActivity',
          header: 'Last activity',
          cell: (r) => formatAge(r.lastActivity),
        },
        {
          id: 'created',
          header: 'Creation time',
          sortingField: 'createDate',
          cell: (r) => formatAge(r.createDate),
        },
      ]}
      header={
        <Header
          counter={`(${props.selectedNames.length}/${props.rows.length})`}
          description={props.description}
        >
          {props.title}
        </Header>
      }
      filter={
        <TextFilter
          {...filterProps}
          filteringPlaceholder="Search"
          filteringAriaLabel="Search users"
          countText={`${filteredItemsCount ?? 0} matches`}
        />
      }
      pagination={<Pagination {...paginationProps} />}
    />
  );
}
