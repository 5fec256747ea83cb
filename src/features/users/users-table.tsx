// The IAM users table: search, selection and the columns the lab has data for.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Pagination from '@cloudscape-design/components/pagination';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { ReactNode } from 'react';
import { paths } from '@/paths';
import type { UserRow } from '@/queries/types';
import { formatAge } from '@/ui/format';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';

export interface UsersTableProps {
  rows: readonly UserRow[];
  loading: boolean;
  header: ReactNode;
  selectedItems: readonly UserRow[];
  onSelectionChange: (rows: UserRow[]) => void;
  /** Shown when there are no rows, e.g. an empty account's "Create user". */
  empty?: ReactNode;
}

/** Console last sign-in: "None" without a password, "Never" for an unused one. */
function consoleLastSignIn(row: UserRow): string {
  if (row.consoleAccess === undefined) return '-';
  if (!row.consoleAccess) return 'None';
  return row.user.passwordLastUsed ? formatAge(row.user.passwordLastUsed) : 'Never';
}

/** Password age in whole days, as the console counts it: "Today", "1 day", "22 days". */
function passwordAge(row: UserRow): string {
  if (row.consoleAccess === undefined) return '-';
  if (!row.consoleAccess || !row.passwordCreateDate) return 'None';
  const days = Math.floor((Date.now() - Date.parse(row.passwordCreateDate)) / 86_400_000);
  return days < 1 ? 'Today' : `${days} day${days === 1 ? '' : 's'}`;
}

/** "Virtual" for a user with an MFA device, "-" without one or when the caller may not list them. */
function mfa(row: UserRow): string {
  return row.mfaDeviceCount ? 'Virtual' : '-';
}

/** "AKIA... (Active)", one line per key. */
function accessKeyIds(row: UserRow): ReactNode {
  if (!row.accessKeys?.length) return '-';
  return row.accessKeys.map((k) => (
    <div key={k.accessKeyId}>
      {k.accessKeyId} ({k.status})
    </div>
  ));
}

/** The age of the oldest active key. */
function activeKeyAge(row: UserRow): string {
  const active = row.accessKeys?.find((k) => k.status === 'Active');
  if (!active) return '-';
  const days = Math.floor((Date.now() - Date.parse(active.createDate)) / 86_400_000);
  return days < 1 ? 'Today' : `${days} day${days === 1 ? '' : 's'}`;
}

const columns: TableProps.ColumnDefinition<UserRow>[] = [
  {
    id: 'userName',
    header: 'User name',
    sortingField: 'userName',
    isRowHeader: true,
    cell: (row) => <RouteLink to={paths.user(row.user.userName)}>{row.user.userName}</RouteLink>,
  },
  { id: 'path', header: 'Path', cell: (row) => row.user.path },
  {
    id: 'groups',
    header: 'Group(s)',
    cell: (row) => (row.groupNames?.length ? row.groupNames.join(', ') : row.groupNames ? 0 : '-'),
  },
  {
    id: 'lastActivity',
    header: 'Last activity',
    cell: (row) => formatAge(row.lastActivity),
  },
  { id: 'mfa', header: 'MFA', cell: mfa },
  { id: 'passwordAge', header: 'Password age', cell: passwordAge },
  { id: 'consoleLastSignIn', header: 'Console last sign-in', cell: consoleLastSignIn },
  { id: 'accessKeyId', header: 'Access key ID', cell: accessKeyIds },
  { id: 'activeKeyAge', header: 'Active key age', cell: activeKeyAge },
  {
    id: 'created',
    header: 'Creation time',
    sortingField: 'createDate',
    cell: (row) => formatAge(row.user.createDate),
  },
];

export function UsersTable({
  rows,
  loading,
  header,
  selectedItems,
  onSelectionChange,
  empty,
}: UsersTableProps) {
  // Flattened so that search and sorting see the user's fields.
  const flat = rows.map((row) => ({
    ...row,
    userName: row.user.userName,
    createDate: row.user.createDate,
    groupsText: row.groupNames?.join(' ') ?? '',
  }));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection(flat, {
      filtering: {
        fields: ['userName', 'groupsText'],
        empty: empty ?? <TableEmptyState />,
        noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
      },
      pagination: { pageSize: 25 },
      sorting: { defaultState: { sortingColumn: { sortingField: 'userName' } } },
    });
  const selectedNames = new Set(selectedItems.map((r) => r.user.userName));
  return (
    <Table
      {...collectionProps}
      variant="full-page"
      items={items}
      loading={loading}
      loadingText="Loading users"
      columnDefinitions={columns}
      trackBy="userName"
      selectionType="multi"
      selectedItems={flat.filter((i) => selectedNames.has(i.userName))}
      onSelectionChange={(event) => onSelectionChange(event.detail.selectedItems)}
      ariaLabels={{
        selectionGroupLabel: 'Users selection',
        itemSelectionLabel: (_s, item) => item.user.userName,
        allItemsSelectionLabel: () => 'Select all users',
      }}
      header={header}
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
