// IAM > Dashboard: resource counts (iam:GetAccountSummary), the AWS Account panel and the lab's
// scenarios entry.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { accountSummaryQuery, securityRecommendationsQuery } from '@/queries/iam-account';
import { labInfoQuery, scenarios } from '@/queries/lab';
import { LAB_ACCOUNT_ID, useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { AwsAccountPanel } from './aws-account-panel';
import { DashboardHelp } from './dashboard-help';
import { IamResources } from './iam-resources';
import { QuickLinks } from './quick-links';
import { SecurityRecommendations } from './security-recommendations';

export function DashboardPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Dashboard', path: paths.dashboard() },
    ],
    help: DashboardHelp,
    contentType: 'dashboard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const summary = useQuery(accountSummaryQuery(caller));
  const recommendations = useQuery(securityRecommendationsQuery(caller));
  const labInfo = useQuery(labInfoQuery());
  const accountId = labInfo.data?.accountId ?? LAB_ACCOUNT_ID;
  const scenarioName = scenarios.find((s) => s.id === labInfo.data?.scenarioId)?.name ?? '-';
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
          IAM Dashboard
        </Header>
      }
    >
      <Grid
        gridDefinition={[{ colspan: { default: 12, s: 8 } }, { colspan: { default: 12, s: 4 } }]}
      >
        {[
          <SpaceBetween size="l" key="main">
            <SecurityRecommendations
              {...(recommendations.data && { data: recommendations.data })}
              loading={recommendations.isPending}
              canAddRootMfa={caller.kind === 'root'}
              error={recommendations.error ?? undefined}
            />
            <IamResources
              summary={summary.data}
              loading={summary.isPending}
              error={summary.error ?? undefined}
            />
          </SpaceBetween>,
          <SpaceBetween size="l" key="side">
            <AwsAccountPanel accountId={accountId} />
            <QuickLinks {...(caller.kind === 'user' && { userName: caller.userName })} />
            <Container
              header={
                <Header
                  variant="h2"
                  description="Start from a prepared account or a guided walkthrough, or start over."
                >
                  Lab
                </Header>
              }
            >
              <SpaceBetween size="s">
                <Box variant="p">Scenario: {scenarioName}</Box>
                <Button onClick={() => navigate(paths.scenarios())}>Scenarios</Button>
              </SpaceBetween>
            </Container>
          </SpaceBetween>,
        ]}
      </Grid>
    </ContentLayout>
  );
}
