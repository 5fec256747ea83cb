// IAM > Policies > <name>: Summary, the JSON of the default version, and Entities attached.
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { paths } from '@/paths';
import { policyEntitiesQuery, policyQuery, policyVersionQuery } from '@/queries/iam-policies';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatConsoleDate } from '@/ui/format';
import { PoliciesHelp } from './policies-help';
import { PolicyEntitiesTable } from './policy-entities';
import { PolicyJson } from './policy-json';

export function PolicyDetailsPage() {
  const policyArn = useParams().policyArn ?? '';
  const [search, setSearch] = useSearchParams();
  const tab = search.get('section') === 'entities' ? 'entities' : 'permissions';
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
  const entities = useQuery({
    ...policyEntitiesQuery(caller, policyArn),
    enabled: tab === 'entities',
  });
  const boundaryEntities = useQuery({
    ...policyEntitiesQuery(caller, policyArn, 'PermissionsBoundary'),
    enabled: tab === 'entities',
  });
  const p = policy.data;
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
        >
          {p?.policyName ?? name}
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
                        description="Permissions defined in this policy document specify which actions are allowed or denied."
                      >
                        Permissions defined in this policy
                      </Header>
                    }
                  >
                    {version.error ? (
                      <ApiErrorAlert error={version.error} />
                    ) : version.data ? (
                      <PolicyJson document={version.data.document} />
                    ) : (
                      <Spinner />
                    )}
                  </Container>
                ),
              },
              {
                id: 'entities',
                label: 'Entities attached',
                content:
                  entities.error || boundaryEntities.error ? (
                    <ApiErrorAlert error={entities.error ?? boundaryEntities.error} />
                  ) : (
                    <SpaceBetween size="l">
                      <PolicyEntitiesTable entities={entities.data} loading={entities.isPending} />
                      <PolicyEntitiesTable
                        usage="boundary"
                        entities={boundaryEntities.data}
                        loading={boundaryEntities.isPending}
                      />
                    </SpaceBetween>
                  ),
              },
            ]}
          />
        </SpaceBetween>
      )}
    </ContentLayout>
  );
}
