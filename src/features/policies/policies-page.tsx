// IAM > Policies: every managed policy, with search and "Filter by Type".
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { policiesQuery } from '@/queries/iam-policies';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { ManagedPoliciesTable, type ManagedPolicyRow } from '@/ui/managed-policies-table';
import { DeletePolicyModal } from './delete-policy-modal';
import { PoliciesHelp } from './policies-help';

export function PoliciesPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Policies', path: paths.policies() },
    ],
    help: PoliciesHelp,
    contentType: 'table',
  });
  const caller = useCaller();
  const policies = useQuery(policiesQuery(caller));
  const navigate = useNavigate();
  const [selected, setSelected] = useState<ManagedPolicyRow[]>([]);
  const [deleting, setDeleting] = useState(false);
  const chosen = selected[0];
  return (
    <SpaceBetween size="m">
      {deleting && chosen ? (
        <DeletePolicyModal
          policyName={chosen.policyName}
          policyArn={chosen.arn}
          attachmentCount={chosen.attachmentCount}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            setSelected([]);
          }}
        />
      ) : null}
      {policies.error ? <ApiErrorAlert error={policies.error} /> : null}
      <ManagedPoliciesTable
        variant="full-page"
        title="Policies"
        info={
          <Link variant="info" onFollow={openHelp}>
            Info
          </Link>
        }
        description="A policy is an object in AWS that defines permissions."
        items={policies.data ?? []}
        loading={policies.isPending && !policies.error}
        columns={['type', 'usedAs', 'description']}
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={setSelected}
        policyPath={(row) => paths.policy(row.arn)}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button
              iconName="refresh"
              ariaLabel="Refresh"
              loading={policies.isFetching}
              onClick={() => void policies.refetch()}
            />
            <ButtonDropdown
              disabled={!chosen}
              items={[
                { id: 'attach', text: 'Attach' },
                { id: 'detach', text: 'Detach' },
                {
                  id: 'delete',
                  text: 'Delete',
                  disabled: chosen?.type !== 'Customer managed',
                  disabledReason: 'AWS managed policies cannot be deleted.',
                },
              ]}
              onItemClick={(e) => {
                if (!chosen) return;
                if (e.detail.id === 'delete') setDeleting(true);
                // Attach and Detach work on the policy's Entities attached tab, as in the console.
                else navigate(paths.policy(chosen.arn, 'entities'));
              }}
            >
              Actions
            </ButtonDropdown>
            <Button
              disabled={chosen?.type !== 'Customer managed'}
              disabledReason={
                chosen ? 'AWS managed policies cannot be deleted.' : 'Select a policy to delete.'
              }
              onClick={() => setDeleting(true)}
            >
              Delete
            </Button>
            <Button variant="primary" onClick={() => navigate(paths.createPolicy())}>
              Create policy
            </Button>
          </SpaceBetween>
        }
      />
    </SpaceBetween>
  );
}
