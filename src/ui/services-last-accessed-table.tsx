// The Last Accessed tab's table: the services an identity's policies allow, and when the identity
// last used each (shared by users and roles).
import { useCollection } from '@cloudscape-design/collection-hooks';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { ApiErrorAlert } from './api-error-alert';
import { formatAge } from './format';
import { TableEmptyState, TableNoMatchState } from './table-states';

/** One allowed service, as IAM's service last accessed details give it. */
export interface ServiceAccessRow {
  serviceName: string;
  serviceNamespace: string;
  /** Absent: "Not accessed in the tracking period". */
  lastAccessed?: string;
  policyNames: readonly string[];
}

export interface ServicesLastAccessedTableProps {
  services: readonly ServiceAccessRow[] | undefined;
  loading: boolean;
  error: unknown;
  /** Whose use the table shows, in a sentence. */
  description: string;
}

export function ServicesLastAccessedTable({
  services,
  loading,
  error,
  description,
}: ServicesLastAccessedTableProps) {
  const rows = (services ?? []).map((s) => ({ ...s, policies: s.policyNames.join(', ') }));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection(rows, {
      filtering: {
        fields: ['serviceName', 'policies'],
        empty: <TableEmptyState />,
        noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
      },
      pagination: { pageSize: 20 },
    });
  return (
    <SpaceBetween size="m">
      {error ? <ApiErrorAlert error={error} /> : null}
      <Table
        {...collectionProps}
        items={items}
        loading={loading && !error}
        loadingText="Loading last accessed information"
        trackBy="serviceNamespace"
        columnDefinitions={[
          { id: 'service', header: 'Service', isRowHeader: true, cell: (s) => s.serviceName },
          {
            id: 'policies',
            header: 'Policies granting permissions',
            cell: (s) => s.policies || '-',
          },
          {
            id: 'lastAccessed',
            header: 'Last accessed',
            cell: (s) =>
              s.lastAccessed ? formatAge(s.lastAccessed) : 'Not accessed in the tracking period',
          },
        ]}
        header={
          <Header counter={`(${rows.length})`} description={description}>
            Allowed services
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Search"
            filteringAriaLabel="Search services"
            countText={`${filteredItemsCount ?? 0} matches`}
          />
        }
        pagination={<Pagination {...paginationProps} />}
      />
    </SpaceBetween>
  );
}
