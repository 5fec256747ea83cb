// "Copy permissions": the user whose group memberships and managed policies the new user gets.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { UserRow } from '@/queries/types';
import { formatAge } from '@/ui/format';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';

export interface CopyFromUserTableProps {
  rows: readonly UserRow[];
  loading: boolean;
  selectedName?: string;
  onChange: (userName: string | undefined) => void;
}

export function CopyFromUserTable({
  rows,
  loading,
  selectedName,
  onChange,
}: CopyFromUserTableProps) {
  const flat = rows.map((r) => ({ ...r, userName: r.user.userName }));
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
      loading={loading}
      loadingText="Loading users"
      trackBy="userName"
      selectionType="single"
      selectedItems={flat.filter((r) => r.userName === selectedName)}
      onSelectionChange={(e) => onChange(e.detail.selectedItems[0]?.userName)}
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
        { id: 'groups', header: 'Groups', cell: (r) => r.groupNames?.join(', ') || '-' },
        {
          id: 'lastActivity',
          header: 'Last activity',
          cell: (r) => formatAge(r.lastActivity),
        },
      ]}
      header={<Header counter={`(${rows.length})`}>Copy permissions from user</Header>}
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
