// IAM > Roles: the account's roles; in this issue the two service-linked roles every account has.
// TODO(#4): Create role and the role details page.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { paths } from '@/paths';
import { rolesQuery, trustedEntitiesLabel } from '@/queries/iam-roles';
import type { Role } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';
import { RolesHelp } from './roles-help';

export function RolesPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Roles', path: paths.roles() },
    ],
    help: RolesHelp,
    contentType: 'table',
  });
  const caller = useCaller();
  const roles = useQuery(rolesQuery(caller));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection<Role>(roles.data ?? [], {
      filtering: {
        fields: ['roleName', 'description'],
        empty: <TableEmptyState />,
        noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
      },
      pagination: { pageSize: 25 },
      sorting: { defaultState: { sortingColumn: { sortingField: 'roleName' } } },
    });
  return (
    <SpaceBetween size="m">
      {roles.error ? <ApiErrorAlert error={roles.error} /> : null}
      <Table
        {...collectionProps}
        variant="full-page"
        items={items}
        loading={roles.isPending}
        loadingText="Loading roles"
        trackBy="roleName"
        columnDefinitions={[
          {
            id: 'roleName',
            header: 'Role name',
            sortingField: 'roleName',
            isRowHeader: true,
            cell: (role) => role.roleName,
          },
          { id: 'trusted', header: 'Trusted entities', cell: (role) => trustedEntitiesLabel(role) },
          { id: 'lastActivity', header: 'Last activity', cell: () => '-' },
        ]}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={roles.isPending ? undefined : `(${roles.data?.length ?? 0})`}
            info={
              <Link variant="info" onFollow={openHelp}>
                Info
              </Link>
            }
            description="An IAM role is an identity you can create that has specific permissions with credentials that are valid for short durations. Roles can be assumed by entities that you trust."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh"
                  loading={roles.isFetching}
                  onClick={() => void roles.refetch()}
                />
                <Button disabled>Delete</Button>
                <Button
                  variant="primary"
                  disabled
                  disabledReason="Create role comes in a later lab."
                >
                  Create role
                </Button>
              </SpaceBetween>
            }
          >
            Roles
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Search"
            filteringAriaLabel="Search roles"
            countText={`${filteredItemsCount ?? 0} matches`}
          />
        }
        pagination={<Pagination {...paginationProps} />}
      />
    </SpaceBetween>
  );
}
