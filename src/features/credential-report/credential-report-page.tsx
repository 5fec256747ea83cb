// IAM > Credential report: generate (iam:GenerateCredentialReport), then "Download credentials
// report" (iam:GetCredentialReport) as status_reports_<date>T<time>.csv.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { docs, paths } from '@/paths';
import { credentialReportQuery, useGenerateCredentialReport } from '@/queries/iam-account-settings';
import { useCaller } from '@/state/acting-identity-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { ExternalLink } from '@/ui/external-link';
import { formatConsoleDate } from '@/ui/format';
import { CredentialReportHelp } from './credential-report-help';
import { downloadBlob } from '@/ui/download-csv';

/** status_reports_2026-12-01T10:00:00+00:00.csv, the file name AWS's console gives. */
export function reportFileName(generatedTime: string): string {
  return `status_reports_${new Date(generatedTime).toISOString().replace(/\.\d{3}Z$/, '+00:00')}.csv`;
}

export function CredentialReportPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Credential report', path: paths.credentialReport() },
    ],
    help: CredentialReportHelp,
  });
  const caller = useCaller();
  const client = useQueryClient();
  const generate = useGenerateCredentialReport();
  const [error, setError] = useState<unknown>();
  const [generatedTime, setGeneratedTime] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onDownload() {
    setError(undefined);
    setBusy(true);
    try {
      await generate.mutateAsync({ caller });
      const report = await client.fetchQuery({ ...credentialReportQuery(caller), staleTime: 0 });
      setGeneratedTime(report.generatedTime);
      downloadBlob(
        reportFileName(report.generatedTime),
        new Blob([report.content], { type: 'text/csv' }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

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
          description="You can generate and download a credential report that lists all users in your account and the status of their various credentials, including passwords, access keys, and MFA devices."
        >
          Credential report
        </Header>
      }
    >
      <SpaceBetween size="l">
        {error ? <ApiErrorAlert error={error} header="Failed to download the report" /> : null}
        <Container
          header={
            <Header
              variant="h2"
              actions={
                <Button variant="primary" loading={busy} onClick={() => void onDownload()}>
                  Download credentials report
                </Button>
              }
            >
              Credential report
            </Header>
          }
        >
          <SpaceBetween size="s">
            <Box variant="p">
              The report is a CSV file with one row for the root user and one for each IAM user. IAM
              generates a new report at most every 4 hours; within that time you get the last one
              again. <ExternalLink href={docs.credentialReport}>Learn more</ExternalLink>
            </Box>
            {generatedTime && (
              <Box variant="p" data-testid="report-generated">
                Report generated {formatConsoleDate(generatedTime)}.
              </Box>
            )}
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
