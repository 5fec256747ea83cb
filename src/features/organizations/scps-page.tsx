// IAM > Access reports > Service control policies: the lab organization's SCPs, with "Create
// policy" and "Delete".
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
import { scpPoliciesQuery, scpTargetsQuery, useDeleteScp } from '@/queries/organizations';
import type { ScpPolicy } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { ConfirmModal } from '@/ui/confirm-modal';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState, TableNoMatchState } from '@/ui/table-states';
import { targetNames } from './scp-targets';
import { ScpsHelp } from './scps-help';

type Row = ScpPolicy & { type: string; attachedTo: string };

export function ScpsPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Service control policies', path: paths.serviceControlPolicies() },
    ],
    help: ScpsHelp,
    contentType: 'table',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const policies = useQuery(scpPoliciesQuery(caller));
  const targets = useQuery(scpTargetsQuery(caller));
  const remove = useDeleteScp();
  const [selectedId, setSelectedId] = useState<string>();
  const [deleting, setDeleting] = useState<Row>();
  const rows: Row[] = (policies.data ?? []).map((p) => ({
    ...p,
    type: p.awsManaged ? 'AWS managed' : 'Customer managed',
    attachedTo: targetNames(targets.data ?? [], p.targetIds),
  }));
  const selected = rows.find((r) => r.policyId === selectedId);
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount, actions } =
    useCollection(rows, {
      filtering: {
        fields: ['name', 'description', 'attachedTo'],
        empty: <TableEmptyState />,
        noMatch: <TableNoMatchState onClearFilter={() => actions.setFiltering('')} />,
      },
      pagination: { pageSize: 25 },
    });
  return (
    <SpaceBetween size="m">
      {policies.error ? <ApiErrorAlert error={policies.error} /> : null}
      <Table
        {...collectionProps}
        variant="full-page"
        items={items}
        loading={policies.isPending && !policies.error}
        loadingText="Loading service control policies"
        trackBy="policyId"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={(e) => setSelectedId(e.detail.selectedItems[0]?.policyId)}
        isItemDisabled={(row) => row.awsManaged}
        ariaLabels={{
          selectionGroupLabel: 'Service control policies selection',
          itemSelectionLabel: (_s, row) => row.name,
          allItemsSelectionLabel: () => 'Select all',
        }}
        columnDefinitions={[
          {
            id: 'name',
            header: 'Policy name',
            isRowHeader: true,
            cell: (p) => <RouteLink to={paths.scp(p.policyId)}>{p.name}</RouteLink>,
          },
          { id: 'type', header: 'Type', cell: (p) => p.type },
          { id: 'attachedTo', header: 'Attached to', cell: (p) => p.attachedTo || '-' },
          { id: 'description', header: 'Description', cell: (p) => p.description || '-' },
        ]}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={policies.isPending ? undefined : `(${rows.length})`}
            info={
              <Link variant="info" onFollow={openHelp}>
                Info
              </Link>
            }
            description="Service control policies (SCPs) set the maximum permissions for the principals in the accounts of your organization, including the root user."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh"
                  loading={policies.isFetching}
                  onClick={() => void policies.refetch()}
                />
                <Button disabled={!selected} onClick={() => setDeleting(selected)}>
                  Delete
                </Button>
                <Button variant="primary" onClick={() => navigate(paths.createScp())}>
                  Create policy
                </Button>
              </SpaceBetween>
            }
          >
            Service control policies
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Search"
            filteringAriaLabel="Search service control policies"
            countText={`${filteredItemsCount ?? 0} matches`}
          />
        }
        pagination={<Pagination {...paginationProps} />}
      />
      {deleting && (
        <ConfirmModal
          header={`Delete ${deleting.name}?`}
          confirmLabel="Delete policy"
          errorHeader="Failed to delete the policy"
          onConfirm={async () => {
            await remove.mutateAsync({ caller, policyId: deleting.policyId });
            pushFlash({ type: 'success', header: `Policy ${deleting.name} deleted.` });
            setSelectedId(undefined);
          }}
          onDismiss={() => setDeleting(undefined)}
        >
          {`Delete the service control policy ${deleting.name}? A policy must be detached from every root, OU and account first.`}
        </ConfirmModal>
      )}
    </SpaceBetween>
  );
}
