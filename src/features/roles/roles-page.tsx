// IAM > Roles: the account's roles (two service-linked roles in every account), with "Create role"
// and "Delete".
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
import { roleRowsQuery, trustedEntitiesLabel } from '@/queries/iam-roles';
import type { RoleRow } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatAge } from '@/ui/format';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';
import { DeleteRoleModal } from './delete-role-modal';
import { RolesHelp } from './roles-help';

type Row = RoleRow & { roleName: string; trusted: string };

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
  const navigate = useNavigate();
  const roles = useQuery(roleRowsQuery(caller));
  const [selected, setSelected] = useState<Row>();
  const [deleting, setDeleting] = useState<Row>();
  const rows: Row[] = (roles.data ?? []).map((r) => ({
    ...r,
    roleName: r.role.roleName,
    trusted: trustedEntitiesLabel(r.role),
  }));
  const selectedRow = rows.find((r) => r.roleName === selected?.roleName);
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection<Row>(rows, {
      filtering: {
        fields: ['roleName', 'trusted'],
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
        selectionType="single"
        selectedItems={selectedRow ? [selectedRow] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0])}
        isItemDisabled={(row) => row.role.serviceLinkedService !== undefined}
        ariaLabels={{
          selectionGroupLabel: 'Roles selection',
          itemSelectionLabel: (_s, row) => row.roleName,
          allItemsSelectionLabel: () => 'Select all roles',
        }}
        columnDefinitions={[
          {
            id: 'roleName',
            header: 'Role name',
            sortingField: 'roleName',
            isRowHeader: true,
            cell: (row) => <RouteLink to={paths.role(row.roleName)}>{row.roleName}</RouteLink>,
          },
          {
            id: 'trusted',
            header: 'Trusted entities',
            sortingField: 'trusted',
            cell: (r) => r.trusted,
          },
          {
            id: 'lastActivity',
            header: 'Last activity',
            cell: (row) => (row.lastActivity ? formatAge(row.lastActivity) : 'None'),
          },
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
                <Button disabled={!selectedRow} onClick={() => setDeleting(selectedRow)}>
                  Delete
                </Button>
                <Button variant="primary" onClick={() => navigate(paths.createRole())}>
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
      {deleting && (
        <DeleteRoleModal
          roleName={deleting.roleName}
          lastActivity={deleting.lastActivity}
          onDismiss={() => setDeleting(undefined)}
          onDeleted={() => {
            setDeleting(undefined);
            setSelected(undefined);
          }}
        />
      )}
    </SpaceBetween>
  );
}
