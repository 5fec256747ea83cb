// A group's Permissions tab: managed and inline policies, "Remove", and "Add permissions ▾"
// (Attach policies | Create inline policy).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import {
  groupPermissionsQuery,
  useAttachGroupPolicies,
  useDeleteGroupPolicy,
  useDetachGroupPolicy,
} from '@/queries/iam-groups';
import { policiesQuery } from '@/queries/iam-policies';
import type { EffectivePolicy } from '@/queries/types';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { ManagedPoliciesTable } from '@/ui/managed-policies-table';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState } from '@/ui/table-states';
import { PickerModal } from './picker-modal';

export interface GroupPermissionsTabProps {
  groupName: string;
}

const rowId = (p: EffectivePolicy) => p.policyArn ?? `inline:${p.policyName}`;

export function GroupPermissionsTab({ groupName }: GroupPermissionsTabProps) {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const permissions = useQuery(groupPermissionsQuery(caller, groupName));
  const detach = useDetachGroupPolicy();
  const deleteInline = useDeleteGroupPolicy();
  const attach = useAttachGroupPolicies();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Confirm');
  const [selectedId, setSelectedId] = useState<string>();
  const [attaching, setAttaching] = useState(false);
  const [toAttach, setToAttach] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const [attachError, setAttachError] = useState<unknown>();
  const policies = useQuery({ ...policiesQuery(caller), enabled: attaching });
  const rows = (permissions.data ?? []).map((p) => ({ ...p, id: rowId(p) }));
  const selected = rows.find((r) => r.id === selectedId);

  async function onRemove() {
    if (!selected) return;
    setError(undefined);
    try {
      if (selected.policyArn) {
        await detach.mutateAsync({ caller, groupName, policyArn: selected.policyArn });
        pushFlash({ type: 'success', header: `Policy ${selected.policyName} removed.` });
      } else {
        await deleteInline.mutateAsync({ caller, groupName, policyName: selected.policyName });
        pushFlash({ type: 'success', header: '1 inline policy removed' });
      }
      setSelectedId(undefined);
    } catch (err) {
      setError(err);
    }
  }

  /** The picker closes, the review shows what the members gain, and Confirm attaches. */
  function onAttach() {
    const policyArns = toAttach;
    setAttaching(false);
    setAttachError(undefined);
    void permissionReview.review(
      { kind: 'attach-policies', principal: { kind: 'group', name: groupName }, policyArns },
      async () => {
        try {
          await attach.mutateAsync({ caller, groupName, policyArns });
          pushFlash({
            type: 'success',
            header: `${policyArns.length} policy(ies) attached to ${groupName}.`,
          });
          setToAttach([]);
        } catch (err) {
          setAttachError(err);
        }
      },
    );
  }

  function onReviewRemove() {
    if (!selected) return;
    const principal = { kind: 'group' as const, name: groupName };
    void permissionReview.review(
      selected.policyArn
        ? { kind: 'detach-policy', principal, policyArn: selected.policyArn }
        : { kind: 'delete-inline-policy', principal, policyName: selected.policyName },
      onRemove,
    );
  }

  const current = rows.filter((r) => r.policyArn).map((r) => r.policyArn ?? '');
  return (
    <SpaceBetween size="m">
      {permissions.error ? <ApiErrorAlert error={permissions.error} /> : null}
      {permissionReview.dialog}
      {error ? <ApiErrorAlert error={error} header="Failed to remove policy" /> : null}
      {attachError && !attaching ? (
        <ApiErrorAlert error={attachError} header="Failed to attach policies" />
      ) : null}
      <Table
        items={rows}
        loading={permissions.isPending && !permissions.error}
        loadingText="Loading permissions"
        trackBy="id"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={(e) => setSelectedId(e.detail.selectedItems[0]?.id)}
        ariaLabels={{
          selectionGroupLabel: 'Permissions policies selection',
          itemSelectionLabel: (_s, r) => r.policyName,
          allItemsSelectionLabel: () => 'Select all',
        }}
        empty={<TableEmptyState />}
        columnDefinitions={[
          {
            id: 'policyName',
            header: 'Policy name',
            isRowHeader: true,
            cell: (p) => (
              <RouteLink
                to={
                  p.policyArn
                    ? paths.policy(p.policyArn)
                    : paths.groupInlinePolicy(groupName, p.policyName)
                }
              >
                {p.policyName}
              </RouteLink>
            ),
          },
          { id: 'type', header: 'Type', cell: (p) => p.type },
        ]}
        header={
          <Header
            counter={`(${rows.length})`}
            description={
              <Box variant="span" color="text-body-secondary">
                You can attach up to 10 managed policies.
              </Box>
            }
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button onClick={() => navigate(paths.simulatePrincipal('group', groupName))}>
                  Simulate
                </Button>
                <Button
                  disabled={!selected}
                  loading={detach.isPending || deleteInline.isPending}
                  onClick={onReviewRemove}
                >
                  Remove
                </Button>
                <ButtonDropdown
                  variant="primary"
                  items={[
                    { id: 'attach', text: 'Attach policies' },
                    { id: 'inline', text: 'Create inline policy' },
                  ]}
                  onItemClick={(e) =>
                    e.detail.id === 'inline'
                      ? navigate(paths.groupInlinePolicy(groupName))
                      : setAttaching(true)
                  }
                >
                  Add permissions
                </ButtonDropdown>
              </SpaceBetween>
            }
          >
            Permissions policies
          </Header>
        }
      />
      {attaching && (
        <PickerModal
          header={`Attach permission policies to ${groupName}`}
          confirmLabel="Attach policies"
          canConfirm={toAttach.length > 0}
          loading={attach.isPending}
          onConfirm={onAttach}
          onDismiss={() => setAttaching(false)}
        >
          <SpaceBetween size="m">
            {policies.error ? <ApiErrorAlert error={policies.error} /> : null}
            <ManagedPoliciesTable
              title="Other permissions policies"
              items={(policies.data ?? []).filter((p) => !current.includes(p.arn))}
              loading={policies.isPending && !policies.error}
              columns={['type', 'usedAs', 'description']}
              selectionType="multi"
              selectedItems={(policies.data ?? []).filter((p) => toAttach.includes(p.arn))}
              onSelectionChange={(r) => setToAttach(r.map((p) => p.arn))}
              pageSize={10}
            />
            {attachError ? (
              <ApiErrorAlert error={attachError} header="Failed to attach policies" />
            ) : null}
          </SpaceBetween>
        </PickerModal>
      )}
    </SpaceBetween>
  );
}
