// A policy's Targets tab: the organization's root, OU and account, with "Attach" and "Detach".
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { scpTargetsQuery, useAttachScp, useDetachScp } from '@/queries/organizations';
import { previewPermissionChange } from '@/queries/permission-diff';
import type { ScpPolicy, ScpTarget } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { TableEmptyState } from '@/ui/table-states';
import { targetTypeLabel } from './scp-targets';

export interface ScpTargetsTabProps {
  policy: ScpPolicy;
}

export function ScpTargetsTab({ policy }: ScpTargetsTabProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const targets = useQuery(scpTargetsQuery(caller));
  const attach = useAttachScp();
  const detach = useDetachScp();
  const [selectedId, setSelectedId] = useState<string>();
  const [error, setError] = useState<{ kind: 'attach' | 'detach'; error: unknown }>();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Attach policy');
  const rows = targets.data ?? [];
  const selected = rows.find((t) => t.targetId === selectedId);
  const attached = (t: ScpTarget) => policy.targetIds.includes(t.targetId);
  const run = async (target: ScpTarget, kind: 'attach' | 'detach') => {
    const v = { caller, policyId: policy.policyId, targetId: target.targetId };
    try {
      if (kind === 'attach') await attach.mutateAsync(v);
      else await detach.mutateAsync(v);
    } catch (err) {
      setError({ kind, error: err });
      return;
    }
    pushFlash({
      type: 'success',
      header:
        kind === 'attach'
          ? `Policy ${policy.name} attached to ${target.name}.`
          : `Policy ${policy.name} detached from ${target.name}.`,
    });
  };
  // Attach and Detach first show who gains or loses access under the target; Confirm saves.
  const review = (target: ScpTarget, kind: 'attach' | 'detach') => {
    setError(undefined);
    const change = {
      kind: `${kind}-scp` as const,
      policyId: policy.policyId,
      targetId: target.targetId,
    };
    void permissionReview.review(
      change,
      () => run(target, kind),
      kind === 'attach' ? 'Attach policy' : 'Detach policy',
    );
  };
  return (
    <SpaceBetween size="m">
      {targets.error ? <ApiErrorAlert error={targets.error} /> : null}
      {error ? (
        <ApiErrorAlert
          error={error.error}
          header={
            error.kind === 'attach' ? 'Failed to attach the policy' : 'Failed to detach the policy'
          }
        />
      ) : null}
      {permissionReview.dialog}
      <Table
        items={rows}
        loading={targets.isPending && !targets.error}
        loadingText="Loading targets"
        trackBy="targetId"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={(e) => setSelectedId(e.detail.selectedItems[0]?.targetId)}
        ariaLabels={{
          selectionGroupLabel: 'Targets selection',
          itemSelectionLabel: (_s, t) => t.name,
          allItemsSelectionLabel: () => 'Select all',
        }}
        empty={<TableEmptyState />}
        columnDefinitions={[
          { id: 'name', header: 'Name', isRowHeader: true, cell: (t) => t.name },
          { id: 'type', header: 'Type', cell: (t) => targetTypeLabel(t.type) },
          { id: 'id', header: 'ID', cell: (t) => t.targetId },
          {
            id: 'status',
            header: 'Policy status',
            cell: (t) =>
              attached(t) ? (
                <StatusIndicator type="success">Attached</StatusIndicator>
              ) : (
                <StatusIndicator type="stopped">Not attached</StatusIndicator>
              ),
          },
        ]}
        header={
          <Header
            counter={`(${policy.targetIds.length})`}
            description="The roots, organizational units (OUs) and accounts this policy is attached to. Every level above an account must allow a request."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  disabled={!selected || attached(selected)}
                  onClick={() => selected && review(selected, 'attach')}
                >
                  Attach
                </Button>
                <Button
                  disabled={!selected || !attached(selected)}
                  onClick={() => selected && review(selected, 'detach')}
                >
                  Detach
                </Button>
              </SpaceBetween>
            }
          >
            Targets
          </Header>
        }
      />
    </SpaceBetween>
  );
}
