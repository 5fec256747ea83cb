// A role's Permissions tab: its policies (Policy name · Type · Attached entities) with "Remove" and
// "Add permissions ▾" (Attach policies | Create inline policy), and its permissions boundary.
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
import { policiesQuery } from '@/queries/iam-policies';
import {
  rolePermissionsQuery,
  useDeleteRolePolicy,
  useDetachRolePolicy,
} from '@/queries/iam-roles';
import type { EffectivePolicy } from '@/queries/types';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';
import { ConfirmModal } from '@/ui/confirm-modal';
import { RoleBoundaryPanel } from './role-boundary-panel';

export interface RolePermissionsTabProps {
  roleName: string;
  /** Service-linked roles: only their service may change them. */
  readOnly: boolean;
}

type Row = EffectivePolicy & { id: string; attachedEntities: number | undefined };

export function RolePermissionsTab({ roleName, readOnly }: RolePermissionsTabProps) {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const permissions = useQuery(rolePermissionsQuery(caller, roleName));
  const policies = useQuery(policiesQuery(caller));
  const detach = useDetachRolePolicy();
  const deleteInline = useDeleteRolePolicy();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Remove policy');
  const [selected, setSelected] = useState<string>();
  const [removing, setRemoving] = useState<Row>();
  const counts = new Map((policies.data ?? []).map((p) => [p.arn, p.attachmentCount]));
  const rows: Row[] = (permissions.data?.policies ?? []).map((p) => ({
    ...p,
    id: p.policyArn ?? `inline:${p.policyName}`,
    attachedEntities: p.policyArn ? counts.get(p.policyArn) : 1,
  }));
  const selectedRow = rows.find((r) => r.id === selected);
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection(rows, {
      filtering: {
        fields: ['policyName', 'type'],
        empty: <TableEmptyState />,
        noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
      },
      pagination: { pageSize: 25 },
      sorting: { defaultState: { sortingColumn: { sortingField: 'policyName' } } },
    });

  async function remove(row: Row) {
    if (row.policyArn) {
      await detach.mutateAsync({ caller, roleName, policyArn: row.policyArn });
      pushFlash({ type: 'success', header: `Policy ${row.policyName} removed.` });
    } else {
      await deleteInline.mutateAsync({ caller, roleName, policyName: row.policyName });
      pushFlash({ type: 'success', header: '1 inline policy removed' });
    }
    setSelected(undefined);
  }

  return (
    <SpaceBetween size="l">
      {permissionReview.dialog}
      {permissions.error ? <ApiErrorAlert error={permissions.error} /> : null}
      <Table
        {...collectionProps}
        items={items}
        loading={permissions.isPending && !permissions.error}
        loadingText="Loading permissions"
        trackBy="id"
        selectionType={readOnly ? undefined : 'single'}
        selectedItems={selectedRow ? [selectedRow] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0]?.id)}
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
            cell: (p) => (
              <RouteLink
                to={
                  p.policyArn
                    ? paths.policy(p.policyArn)
                    : paths.roleInlinePolicy(roleName, p.policyName)
                }
              >
                {p.policyName}
              </RouteLink>
            ),
          },
          { id: 'type', header: 'Type', sortingField: 'type', cell: (p) => p.type },
          {
            id: 'attachedEntities',
            header: 'Attached entities',
            cell: (p) => p.attachedEntities ?? '-',
          },
        ]}
        header={
          <Header
            counter={`(${rows.length})`}
            description="You can attach up to 10 managed policies."
            actions={
              readOnly ? (
                // A service-linked role's policies can't be changed, but can be simulated.
                <Button onClick={() => navigate(paths.simulatePrincipal('role', roleName))}>
                  Simulate
                </Button>
              ) : (
                <SpaceBetween direction="horizontal" size="xs">
                  <Button
                    iconName="refresh"
                    ariaLabel="Refresh"
                    onClick={() => void permissions.refetch()}
                  />
                  <Button onClick={() => navigate(paths.simulatePrincipal('role', roleName))}>
                    Simulate
                  </Button>
                  <Button disabled={!selectedRow} onClick={() => setRemoving(selectedRow)}>
                    Remove
                  </Button>
                  <ButtonDropdown
                    variant="primary"
                    items={[
                      { id: 'attach', text: 'Attach policies' },
                      { id: 'inline', text: 'Create inline policy' },
                    ]}
                    onItemClick={(e) =>
                      navigate(
                        e.detail.id === 'inline'
                          ? paths.roleInlinePolicy(roleName)
                          : paths.roleAttachPolicies(roleName),
                      )
                    }
                  >
                    Add permissions
                  </ButtonDropdown>
                </SpaceBetween>
              )
            }
          >
            Permissions policies
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Search"
            filteringAriaLabel="Search permissions policies"
            countText={`${filteredItemsCount ?? 0} matches`}
          />
        }
        pagination={<Pagination {...paginationProps} />}
      />
      <RoleBoundaryPanel
        roleName={roleName}
        boundary={permissions.data?.boundary}
        loading={permissions.isPending}
        readOnly={readOnly}
      />
      {removing && (
        <ConfirmModal
          header={`Remove policy ${removing.policyName}?`}
          confirmLabel="Remove policy"
          errorHeader="Failed to remove policy"
          onConfirm={() => {
            const principal = { kind: 'role' as const, name: roleName };
            return permissionReview.review(
              removing.policyArn
                ? { kind: 'detach-policy', principal, policyArn: removing.policyArn }
                : { kind: 'delete-inline-policy', principal, policyName: removing.policyName },
              () => remove(removing),
            );
          }}
          onDismiss={() => setRemoving(undefined)}
        >
          {`Remove the policy ${removing.policyName} from ${roleName}?`}
        </ConfirmModal>
      )}
    </SpaceBetween>
  );
}
