// IAM > Policies > <name>: Policy details; Permissions (Summary | JSON of the default version, Edit),
// Entities attached (as a permissions policy and as a boundary), and Policy versions.
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Button from '@cloudscape-design/components/button';
import Link from '@cloudscape-design/components/link';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths, type PolicyTab } from '@/paths';
import { policyQuery, policyVersionQuery } from '@/queries/iam-policies';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatConsoleDate } from '@/ui/format';
import { DeletePolicyModal } from './delete-policy-modal';
import { PoliciesHelp } from './policies-help';
import { PolicyEntitiesTab } from './policy-entities-tab';
import { PolicyJson } from './policy-json';
import { PolicySummary } from './policy-summary';
import { PolicyTagsTab } from './policy-tags-tab';
import { PolicyVersionsTab } from './policy-versions-tab';

const TABS: readonly PolicyTab[] = ['permissions', 'entities', 'tags', 'versions'];

export function PolicyDetailsPage() {
  const policyArn = useParams().policyArn ?? '';
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((t) => t === search.get('section')) ?? 'permissions';
  const [view, setView] = useState<'summary' | 'json'>('json');
  const navigate = useNavigate();
  const name = policyArn.split('/').pop() ?? policyArn;
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Policies', path: paths.policies() },
      { text: name, path: paths.policy(policyArn) },
    ],
    help: PoliciesHelp,
  });
  const caller = useCaller();
  const policy = useQuery(policyQuery(caller, policyArn));
  const version = useQuery({
    ...policyVersionQuery(caller, policyArn, policy.data?.defaultVersionId ?? ''),
    enabled: policy.data !== undefined,
  });
  const p = policy.data;
  const customer = p?.type === 'Customer managed';
  const [deleting, setDeleting] = useState(false);
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={
            customer && p ? <Button onClick={() => setDeleting(true)}>Delete</Button> : undefined
          }
          info={
            <Link variant="info" onFollow={openHelp}>
              Info
            </Link>
          }
        >
          {p?.policyName ?? name}
        </Header>
      }
    >
      {deleting && p ? (
        <DeletePolicyModal
          policyName={p.policyName}
          policyArn={p.arn}
          attachmentCount={p.attachmentCount}
          onDismiss={() => setDeleting(false)}
          onDeleted={() => navigate(paths.policies())}
        />
      ) : null}
      {policy.error ? (
        <ApiErrorAlert error={policy.error} header="Failed to load the policy" />
      ) : (
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Policy details</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: 'Type', value: p?.type ?? '-' },
                { label: 'Creation time', value: formatConsoleDate(p?.createDate) },
                { label: 'Edited time', value: formatConsoleDate(p?.updateDate) },
                {
                  label: 'ARN',
                  value: (
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={policyArn}
                      copyButtonAriaLabel="Copy ARN"
                      copySuccessText="ARN copied"
                      copyErrorText="ARN failed to copy"
                    />
                  ),
                },
                { label: 'Description', value: p?.description || '-' },
              ]}
            />
          </Container>
          <Tabs
            activeTabId={tab}
            onChange={(e) => setSearch({ section: e.detail.activeTabId }, { replace: true })}
            tabs={[
              {
                id: 'permissions',
                label: 'Permissions',
                content: (
                  <Container
                    header={
                      <Header
                        variant="h2"
                        description="Permissions defined in this policy document specify which actions are allowed or denied. To define permissions for an IAM identity (user, user group, or role), attach a policy to it."
                        actions={
                          <SpaceBetween direction="horizontal" size="xs">
                            <SegmentedControl
                              label="Permissions view"
                              selectedId={view}
                              onChange={(e) =>
                                setView(e.detail.selectedId === 'json' ? 'json' : 'summary')
                              }
                              options={[
                                { id: 'summary', text: 'Summary' },
                                { id: 'json', text: 'JSON' },
                              ]}
                            />
                            {view === 'json' && version.data ? (
                              <CopyToClipboard
                                variant="button"
                                textToCopy={version.data.document}
                                copyButtonText="Copy"
                                copySuccessText="JSON copied"
                                copyErrorText="JSON failed to copy"
                              />
                            ) : null}
                            {customer ? (
                              <Button onClick={() => navigate(paths.editPolicy(policyArn))}>
                                Edit
                              </Button>
                            ) : null}
                          </SpaceBetween>
                        }
                      >
                        Permissions defined in this policy
                      </Header>
                    }
                  >
                    {version.error ? (
                      <ApiErrorAlert error={version.error} />
                    ) : !version.data ? (
                      <Spinner />
                    ) : view === 'json' ? (
                      <PolicyJson document={version.data.document} />
                    ) : (
                      <PolicySummary document={version.data.document} />
                    )}
                  </Container>
                ),
              },
              {
                id: 'entities',
                label: 'Entities attached',
                content: (
                  <PolicyEntitiesTab policyArn={policyArn} policyName={p?.policyName ?? name} />
                ),
              },
              ...(customer
                ? [
                    { id: 'tags', label: 'Tags', content: <PolicyTagsTab tags={p?.tags ?? []} /> },
                    {
                      id: 'versions',
                      label: 'Policy versions',
                      content: <PolicyVersionsTab policyArn={policyArn} />,
                    },
                  ]
                : []),
            ]}
          />
        </SpaceBetween>
      )}
    </ContentLayout>
  );
}
