// Service control policies > <name>: the policy's details, its content and its targets.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/paths';
import { scpPolicyQuery, useDeleteScp } from '@/queries/organizations';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { ConfirmModal } from '@/ui/confirm-modal';
import { ScpContent } from './scp-content';
import { ScpTargetsTab } from './scp-targets-tab';
import { ScpsHelp } from './scps-help';

export function ScpDetailsPage() {
  const policyId = useParams().policyId ?? '';
  const [search, setSearch] = useSearchParams();
  const tab = search.get('section') === 'targets' ? 'targets' : 'content';
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const policy = useQuery(scpPolicyQuery(caller, policyId));
  const remove = useDeleteScp();
  const [deleting, setDeleting] = useState(false);
  const p = policy.data;
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Service control policies', path: paths.serviceControlPolicies() },
      { text: p?.name ?? policyId, path: paths.scp(policyId) },
    ],
    help: ScpsHelp,
  });
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
          actions={
            p && !p.awsManaged ? (
              <SpaceBetween direction="horizontal" size="xs">
                <Button onClick={() => setDeleting(true)}>Delete</Button>
                <Button onClick={() => navigate(paths.editScp(policyId))}>Edit policy</Button>
              </SpaceBetween>
            ) : undefined
          }
        >
          {p?.name ?? policyId}
        </Header>
      }
    >
      {policy.error ? (
        <ApiErrorAlert error={policy.error} header="Failed to load the policy" />
      ) : (
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Policy details</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: 'Policy ID', value: p?.policyId ?? '-' },
                {
                  label: 'Type',
                  value: p ? (p.awsManaged ? 'AWS managed' : 'Customer managed') : '-',
                },
                { label: 'Description', value: p?.description || '-' },
                {
                  label: 'ARN',
                  value: p ? (
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={p.arn}
                      copyButtonAriaLabel="Copy ARN"
                      copySuccessText="ARN copied"
                      copyErrorText="ARN failed to copy"
                    />
                  ) : (
                    '-'
                  ),
                },
              ]}
            />
          </Container>
          <Tabs
            activeTabId={tab}
            onChange={(e) => setSearch({ section: e.detail.activeTabId }, { replace: true })}
            tabs={[
              {
                id: 'content',
                label: 'Content',
                content: p ? <ScpContent content={p.content} /> : null,
              },
              {
                id: 'targets',
                label: 'Targets',
                content: p ? <ScpTargetsTab policy={p} /> : null,
              },
            ]}
          />
        </SpaceBetween>
      )}
      {deleting && p && (
        <ConfirmModal
          header={`Delete ${p.name}?`}
          confirmLabel="Delete policy"
          errorHeader="Failed to delete the policy"
          onConfirm={async () => {
            await remove.mutateAsync({ caller, policyId });
            pushFlash({ type: 'success', header: `Policy ${p.name} deleted.` });
            navigate(paths.serviceControlPolicies());
          }}
          onDismiss={() => setDeleting(false)}
        >
          {`Delete the service control policy ${p.name}? A policy must be detached from every root, OU and account first.`}
        </ConfirmModal>
      )}
    </ContentLayout>
  );
}
