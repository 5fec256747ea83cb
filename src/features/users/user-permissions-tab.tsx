// A user's Permissions tab: every policy in force (Policy name · Type · Attached via), with
// "Remove" and "Add permissions ▾" (Add permissions | Create inline policy), then the permissions
// boundary.
import { useCollection } from '@cloudscape-design/collection-hooks';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { userPermissionsQuery } from '@/queries/iam-users';
import type { EffectivePolicy } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import {
  matchesPolicyType,
  PolicyTypeFilter,
  type PolicyTypeFilterValue,
} from '@/ui/policy-type-filter';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';
import { RemovePolicyModal } from './remove-policy-modal';
import { UserBoundaryPanel } from './user-boundary-panel';

export interface UserPermissionsTabProps {
  userName: string;
}

const rowId = (p: EffectivePolicy) => `${p.attachedVia}|${p.policyArn ?? p.policyName}`;

export function UserPermissionsTab({ userName }: UserPermissionsTabProps) {
  const caller = useCaller();
  const navigate = useNavigate();
  const permissions = useQuery(userPermissionsQuery(caller, userName));
  const [typeFilter, setTypeFilter] = useState<PolicyTypeFilterValue>('all');
  const [selected, setSelected] = useState<EffectivePolicy>();
  const [removing, setRemoving] = useState<EffectivePolicy>();
  const all = (permissions.data ?? []).map((p) => ({ ...p, id: rowId(p) }));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection(
      all.filter((p) => matchesPolicyType(p.type, typeFilter)),
      {
        filtering: {
          fields: ['policyName', 'type', 'attachedVia'],
          empty: <TableEmptyState />,
          noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
        },
        pagination: { pageSize: 25 },
        sorting: { defaultState: { sortingColumn: { sortingField: 'policyName' } } },
      },
    );
  const selectedRow = all.find((r) => selected && r.id === rowId(selected));
  return (
    <SpaceBetween size="l">
      {permissions.error ? <ApiErrorAlert error={permissions.error} /> : null}
      <Table
        {...collectionProps}
        items={items}
        loading={permissions.isPending && !permissions.error}
        loadingText="Loading permissions"
        trackBy="id"
        selectionType="single"
        selectedItems={selectedRow ? [selectedRow] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0])}
        ariaLabels={{
          selectionGroupLabel: 'Permissions policies selection',
          itemSelectionLabel: (_s, r) => r.policyName,
          allItemsSelectionLabel: () => 'Select all',
        }}
        columnDefinitions={[
          {
            id: 'policyName',
            header: 'Policy name',
            sortingField: 'policyName',
            isRowHeader: true,
            cell: (p) =>
              p.policyArn ? (
                <RouteLink to={paths.policy(p.policyArn)}>{p.policyName}</RouteLink>
              ) : (
                <RouteLink to={paths.userInlinePolicy(userName, p.policyName)}>
                  {p.policyName}
                </RouteLink>
              ),
          },
          { id: 'type', header: 'Type', sortingField: 'type', cell: (p) => p.type },
          { id: 'attachedVia', header: 'Attached via', cell: (p) => p.attachedVia },
        ]}
        header={
          <Header
            counter={`(${all.length})`}
            description="Permissions are defined by policies attached to the user directly or through groups."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh"
                  onClick={() => void permissions.refetch()}
                />
                <Button onClick={() => navigate(paths.simulatePrincipal('user', userName))}>
                  Simulate
                </Button>
                <Button disabled={!selectedRow} onClick={() => setRemoving(selectedRow)}>
                  Remove
                </Button>
                <ButtonDropdown
                  variant="primary"
                  mainAction={{
                    text: 'Add permissions',
                    onClick: () => navigate(paths.addUserPermissions(userName)),
                  }}
                  ariaLabel="More ways to add permissions"
                  items={[
                    { id: 'add', text: 'Add permissions' },
                    { id: 'inline', text: 'Create inline policy' },
                  ]}
                  onItemClick={(e) =>
                    navigate(
                      e.detail.id === 'inline'
                        ? paths.userInlinePolicy(userName)
                        : paths.addUserPermissions(userName),
                    )
                  }
                />
              </SpaceBetween>
            }
          >
            Permissions policies
          </Header>
        }
        filter={
          <div style={{ display: 'flex', gap: '16px', flexWrap: 'wrap' }}>
            <div style={{ flex: '1 1 280px' }}>
              <TextFilter
                {...filterProps}
                filteringPlaceholder="Search"
                filteringAriaLabel="Search permissions policies"
                countText={`${filteredItemsCount ?? 0} matches`}
              />
            </div>
            <div style={{ flex: '0 1 300px' }}>
              <PolicyTypeFilter value={typeFilter} onChange={setTypeFilter} includeInline />
            </div>
          </div>
        }
        pagination={<Pagination {...paginationProps} />}
      />
      <UserBoundaryPanel userName={userName} />
      {removing && (
        <RemovePolicyModal
          userName={userName}
          policy={removing}
          onDismiss={() => {
            setRemoving(undefined);
            setSelected(undefined);
          }}
        />
      )}
    </SpaceBetween>
  );
}
