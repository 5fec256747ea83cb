// A table of managed policies with search and "Filter by Type": the Policies list, and the
// "Attach policies" steps of the user and group pages.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useState, type ReactNode } from 'react';
import {
  matchesPolicyType,
  PolicyTypeFilter,
  type PolicyTypeFilterValue,
} from './policy-type-filter';
import type { PolicyTypeLabel } from './policy-type-filter';
import { RouteLink } from './route-link';
import { TableEmptyState, TableNoMatchState } from './table-states';

export interface ManagedPolicyRow {
  arn: string;
  policyName: string;
  type: PolicyTypeLabel;
  description: string;
  /** How many identities it is attached to, as a permissions policy. */
  attachmentCount: number;
  /** How many users and roles have it as their permissions boundary. */
  permissionsBoundaryUsageCount?: number;
}

export type ManagedPolicyColumn = 'type' | 'usedAs' | 'attachedEntities' | 'description';

export interface ManagedPoliciesTableProps {
  items: readonly ManagedPolicyRow[];
  loading?: boolean;
  /** "Policies", "Permissions policies". */
  title: string;
  description?: ReactNode;
  info?: ReactNode;
  columns: readonly ManagedPolicyColumn[];
  selectionType?: 'single' | 'multi';
  selectedItems?: readonly ManagedPolicyRow[];
  onSelectionChange?: (items: ManagedPolicyRow[]) => void;
  isItemDisabled?: (item: ManagedPolicyRow) => boolean;
  /** Route path of a policy's details page; the name becomes a link. */
  policyPath?: (item: ManagedPolicyRow) => string;
  actions?: ReactNode;
  /** Shown instead of rows, e.g. a denial. */
  empty?: ReactNode;
  variant?: TableProps.Variant;
  pageSize?: number;
}

function usedAs(row: ManagedPolicyRow): string {
  const uses = [];
  if (row.attachmentCount > 0) uses.push(`Permissions policy (${row.attachmentCount})`);
  const boundaries = row.permissionsBoundaryUsageCount ?? 0;
  if (boundaries > 0) uses.push(`Permissions boundary (${boundaries})`);
  return uses.length > 0 ? uses.join(', ') : 'None';
}

export function ManagedPoliciesTable(props: ManagedPoliciesTableProps) {
  const { items, selectionType, selectedItems = [], policyPath } = props;
  const [typeFilter, setTypeFilter] = useState<PolicyTypeFilterValue>('all');
  const filtered = items.filter((item) => matchesPolicyType(item.type, typeFilter));
  const {
    items: shown,
    collectionProps,
    filterProps,
    paginationProps,
    filteredItemsCount,
    actions,
  } = useCollection(filtered, {
    filtering: {
      fields: ['policyName', 'type', 'description'],
      empty: props.empty ?? <TableEmptyState />,
      noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
    },
    pagination: { pageSize: props.pageSize ?? 25 },
    sorting: { defaultState: { sortingColumn: { sortingField: 'policyName' } } },
  });
  const columnDefinitions: TableProps.ColumnDefinition<ManagedPolicyRow>[] = [
    {
      id: 'policyName',
      header: 'Policy name',
      sortingField: 'policyName',
      isRowHeader: true,
      cell: (row) =>
        policyPath ? <RouteLink to={policyPath(row)}>{row.policyName}</RouteLink> : row.policyName,
    },
    ...props.columns.map((column): TableProps.ColumnDefinition<ManagedPolicyRow> => {
      switch (column) {
        case 'type':
          return { id: 'type', header: 'Type', sortingField: 'type', cell: (row) => row.type };
        case 'usedAs':
          return { id: 'usedAs', header: 'Used as', cell: usedAs };
        case 'attachedEntities':
          return {
            id: 'attachedEntities',
            header: 'Attached entities',
            sortingField: 'attachmentCount',
            cell: (row) => row.attachmentCount,
          };
        case 'description':
          return { id: 'description', header: 'Description', cell: (row) => row.description };
      }
    }),
  ];
  // "(n/m)" while rows are selected, as the console counts; "(m)" otherwise.
  const counter =
    selectionType && selectedItems.length > 0
      ? `(${selectedItems.length}/${items.length})`
      : `(${items.length})`;
  return (
    <Table
      {...collectionProps}
      variant={props.variant ?? 'container'}
      items={shown}
      loading={props.loading}
      loadingText="Loading policies"
      columnDefinitions={columnDefinitions}
      selectionType={selectionType}
      selectedItems={[...selectedItems]}
      onSelectionChange={(event) => props.onSelectionChange?.(event.detail.selectedItems)}
      isItemDisabled={props.isItemDisabled}
      trackBy="arn"
      ariaLabels={{
        selectionGroupLabel: 'Policies selection',
        itemSelectionLabel: (_state, item) => item.policyName,
        allItemsSelectionLabel: () => 'Select all policies',
      }}
      header={
        <Header
          variant={props.variant === 'full-page' ? 'awsui-h1-sticky' : 'h2'}
          counter={props.loading ? undefined : counter}
          description={props.description}
          info={props.info}
          actions={props.actions}
        >
          {props.title}
        </Header>
      }
      filter={
        <div style={{ display: 'flex', gap: '16px', flexWrap: 'wrap' }}>
          <div style={{ flex: '1 1 280px' }}>
            <TextFilter
              {...filterProps}
              filteringPlaceholder="Search"
              filteringAriaLabel="Search policies"
              countText={`${filteredItemsCount ?? 0} matches`}
            />
          </div>
          <div style={{ flex: '0 1 300px' }}>
            <PolicyTypeFilter value={typeFilter} onChange={setTypeFilter} />
          </div>
        </div>
      }
      pagination={<Pagination {...paginationProps} />}
    />
  );
}
