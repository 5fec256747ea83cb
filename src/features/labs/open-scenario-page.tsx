// A share link (#/scenarios/open?s=...): the scenario is decoded and checked in the page, shown as
// a preview, and opened only when the learner chooses how. A bad link is explained, never run.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/paths';
import { currentLabNameQuery, shareLinkQuery } from '@/queries/labs';
import { usePageChrome } from '@/state/page-chrome-store';
import { LabFilePreview } from './lab-file-preview';
import { useOpenLabFile } from './use-open-lab-file';

export function OpenScenarioPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Labs', path: paths.labs() },
      { text: 'Open shared scenario', path: paths.labs() },
    ],
  });
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const link = useQuery(shareLinkQuery(params.get('s')));
  const currentName = useQuery(currentLabNameQuery()).data;
  const opener = useOpenLabFile('dashboard');
  const preview = link.data;

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Lab — not affiliated with AWS. Someone shared a lab scenario with you. It opens in this browser only."
        >
          Open shared scenario
        </Header>
      }
    >
      <SpaceBetween size="l">
        {link.isPending && <StatusIndicator type="loading">Reading the link</StatusIndicator>}
        {link.error ? (
          <Alert
            type="error"
            header="This link cannot be opened"
            action={<Button onClick={() => navigate(paths.labs())}>Go to Labs</Button>}
          >
            {link.error.message}
          </Alert>
        ) : null}
        {opener.error ? (
          <Alert type="error" header="The scenario could not be opened">
            {opener.error instanceof Error ? opener.error.message : String(opener.error)}
          </Alert>
        ) : null}
        {preview && (
          <LabFilePreview
            preview={preview}
            currentLabName={currentName}
            newLabLabel="Open in a new lab"
            busy={opener.busy}
            onNewLab={() => void opener.open(preview.file, 'new')}
            onReplace={() => void opener.open(preview.file, 'replace')}
          />
        )}
      </SpaceBetween>
    </ContentLayout>
  );
}
