// IAM > Dashboard: resource counts (iam:GetAccountSummary), the AWS Account panel and the lab's
// scenarios entry.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { accountSummaryQuery } from '@/queries/iam-account';
import { labInfoQuery, scenarios } from '@/queries/lab';
import { LAB_ACCOUNT_ID, useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { DashboardHelp } from './dashboard-help';
import { IamResources } from './iam-resources';

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
  const labInfo = useQuery(labInfoQuery());
  const accountId = labInfo.data?.accountId ?? LAB_ACCOUNT_ID;
  const signInUrl = `https://${accountId}.signin.aws.amazon.com/console`;
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
            <IamResources
              summary={summary.data}
              loading={summary.isPending}
              error={summary.error ?? undefined}
            />
          </SpaceBetween>,
          <SpaceBetween size="l" key="side">
            <Container header={<Header variant="h2">AWS Account</Header>}>
              <ColumnLayout columns={1} variant="text-grid">
                {[
                  <div key="id">
                    <Box variant="awsui-key-label">Account ID</Box>
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={accountId}
                      copyButtonAriaLabel="Copy Account ID"
                      copySuccessText="Account ID copied"
                      copyErrorText="Account ID failed to copy"
                    />
                  </div>,
                  <div key="alias">
                    <Box variant="awsui-key-label">Account Alias</Box>
                    <Box color="text-status-inactive">-</Box>
                  </div>,
                  <div key="url">
                    <Box variant="awsui-key-label">Sign-in URL for IAM users in this account</Box>
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={signInUrl}
                      copyButtonAriaLabel="Copy Sign-in URL"
                      copySuccessText="Sign-in URL copied"
                      copyErrorText="Sign-in URL failed to copy"
                    />
                  </div>,
                ]}
              </ColumnLayout>
            </Container>
            <Container
              header={
                <Header variant="h2" description="Start from a prepared account, or start over.">
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
