// IAM > Policies: every managed policy, with search and "Filter by Type".
import Button from '@cloudscape-design/components/button';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '@/paths';
import { policiesQuery } from '@/queries/iam-policies';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { ManagedPoliciesTable, type ManagedPolicyRow } from '@/ui/managed-policies-table';
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
  const [selected, setSelected] = useState<ManagedPolicyRow[]>([]);
  return (
    <SpaceBetween size="m">
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
            <Button
              disabled
              disabledReason={
                selected[0]?.type.startsWith('AWS managed')
                  ? 'AWS managed policies cannot be deleted.'
                  : 'Deleting customer managed policies comes in a later lab.'
              }
            >
              Delete
            </Button>
            <Button variant="primary" disabled disabledReason="Create policy comes in a later lab.">
              Create policy
            </Button>
          </SpaceBetween>
        }
      />
    </SpaceBetween>
  );
}
