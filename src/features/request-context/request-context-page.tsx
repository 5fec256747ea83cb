// Lab > Request context: the global condition keys the lab's requests send, and what each recent
// request sent. A lab control, not an AWS page.
import ContentLayout from '@cloudscape-design/components/content-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { paths } from '@/paths';
import {
  recentCallContextsQuery,
  requestContextQuery,
  useSaveRequestContext,
  type RequestContextSettings,
} from '@/queries/request-context';
import { useFlash } from '@/state/flash-store';
import { openHelp, usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { RecentCallContextsTable } from './recent-call-contexts-table';
import { RequestContextForm } from './request-context-form';
import { RequestContextHelp } from './request-context-help';

const RECENT = 10;

export function RequestContextPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'Lab', path: paths.scenarios() },
      { text: 'Request context', path: paths.requestContext() },
    ],
    help: RequestContextHelp,
  });
  const settings = useQuery(requestContextQuery());
  const recent = useQuery(recentCallContextsQuery(RECENT));
  const save = useSaveRequestContext();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [error, setError] = useState<unknown>();

  async function onSave(next: RequestContextSettings) {
    setError(undefined);
    try {
      await save.mutateAsync(next);
      pushFlash({
        type: 'success',
        header: 'Request context saved.',
        content: 'Every request from now on sends these values.',
      });
    } catch (err) {
      setError(err);
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
          description="The values that condition keys read in every request the lab sends. Lab — not affiliated with AWS."
        >
          Request context
        </Header>
      }
    >
      <SpaceBetween size="l">
        {error ? <ApiErrorAlert error={error} header="Failed to save the request context" /> : null}
        {settings.error ? (
          <ApiErrorAlert error={settings.error} header="Failed to load the request context" />
        ) : null}
        <Container header={<Header variant="h2">Global condition keys</Header>}>
          {settings.data ? (
            <RequestContextForm settings={settings.data} saving={save.isPending} onSave={onSave} />
          ) : (
            <Spinner />
          )}
        </Container>
        <RecentCallContextsTable calls={recent.data ?? []} loading={recent.isPending} />
      </SpaceBetween>
    </ContentLayout>
  );
}
