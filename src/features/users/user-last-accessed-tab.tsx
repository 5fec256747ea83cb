// A user's Last Accessed tab: the services the user's policies allow, and when the user last used
// each, from the lab's call records.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { userLastAccessedQuery } from '@/queries/iam-users';
import { useCaller } from '@/state/acting-identity-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatAge } from '@/ui/format';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';

export interface UserLastAccessedTabProps {
  userName: string;
}

export function UserLastAccessedTab({ userName }: UserLastAccessedTabProps) {
  const caller = useCaller();
  const data = useQuery(userLastAccessedQuery(caller, userName));
  const rows = (data.data ?? []).map((s) => ({ ...s, policies: s.policyNames.join(', ') }));
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
      {data.error ? <ApiErrorAlert error={data.error} /> : null}
      <Table
        {...collectionProps}
        items={items}
        loading={data.isPending && !data.error}
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
          <Header
            counter={`(${rows.length})`}
            description="Allowed services show when this user last used them, from the calls recorded in this lab."
          >
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
