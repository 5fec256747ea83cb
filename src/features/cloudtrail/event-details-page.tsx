// CloudTrail > Event history > <event>: its details, the resources it referenced, its event record
// in CloudTrail's JSON, and (the lab's addition) why it was allowed or denied, and "Re-run now".
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { eventQuery, type TrailEventDetail } from '@/queries/cloudtrail';
import { useCaller } from '@/state/acting-identity-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatConsoleDate } from '@/ui/format';
import { RecordedExplanation } from '@/ui/recorded-explanation';
import { CloudTrailHelp } from './cloudtrail-help';
import { cloudTrailPaths } from './cloudtrail-paths';
import { EventRerun } from './event-rerun';

function EventDetails({ detail }: { detail: TrailEventDetail }) {
  const { row, event, call } = detail;
  const json = JSON.stringify(event, null, 4);
  const denied = call.decision !== undefined && call.decision !== 'allowed';
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Details</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Event time', value: formatConsoleDate(row.eventTime) },
            { label: 'User name', value: row.userName },
            { label: 'Event name', value: row.eventName },
            { label: 'Event source', value: row.eventSource },
            { label: 'AWS access key', value: row.accessKeyId ?? '-' },
            { label: 'Source IP address', value: event.sourceIPAddress },
            { label: 'Event ID', value: row.eventId },
            { label: 'Request ID', value: event.requestID },
            { label: 'AWS region', value: row.awsRegion },
            { label: 'Error code', value: row.errorCode ?? '-' },
            { label: 'Read-only', value: String(row.readOnly) },
          ]}
        />
      </Container>
      <Table
        variant="container"
        header={
          <Header variant="h2" counter={`(${event.resources?.length ?? 0})`}>
            Resources referenced
          </Header>
        }
        items={event.resources ?? []}
        columnDefinitions={[
          { id: 'type', header: 'Resource type', cell: (r) => r.type },
          { id: 'name', header: 'Resource name', cell: (r) => r.ARN },
        ]}
        empty="No resources referenced."
      />
      <Container
        header={
          <Header
            variant="h2"
            actions={
              <CopyToClipboard
                variant="button"
                copyButtonText="Copy"
                copySuccessText="Event record copied"
                copyErrorText="Event record failed to copy"
                textToCopy={json}
              />
            }
          >
            Event record
          </Header>
        }
      >
        <Box variant="code">
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="event-record">
            {json}
          </pre>
        </Box>
      </Container>
      <Container
        header={
          <Header
            variant="h2"
            description="Lab — not affiliated with AWS: how the policy engine decided this request when it was made."
          >
            {denied ? 'Why was this request denied?' : 'Why was this request allowed?'}
          </Header>
        }
      >
        {call.explanation ? (
          <RecordedExplanation summary={call.explanation} action={call.action} />
        ) : (
          <Box variant="p">
            This call failed before anything was authorized ({call.errorCode ?? 'no error code'}),
            so there is no decision to explain.
          </Box>
        )}
      </Container>
      <EventRerun call={call} />
    </SpaceBetween>
  );
}

export function EventDetailsPage() {
  const { eventId = '' } = useParams();
  const caller = useCaller();
  const detail = useQuery(eventQuery(caller, eventId));
  const name = detail.data?.row.eventName ?? eventId;
  usePageChrome({
    breadcrumbs: [
      { text: 'CloudTrail', path: cloudTrailPaths.eventHistory() },
      { text: 'Event history', path: cloudTrailPaths.eventHistory() },
      { text: name, path: cloudTrailPaths.event(eventId) },
    ],
    help: CloudTrailHelp,
  });
  return (
    <ContentLayout header={<Header variant="h1">{name}</Header>}>
      {detail.isPending ? (
        <Spinner size="large" />
      ) : detail.error ? (
        <ApiErrorAlert error={detail.error} />
      ) : detail.data ? (
        <EventDetails detail={detail.data} />
      ) : (
        <Alert type="error" header="Event not found">
          No event has the ID {eventId}.
        </Alert>
      )}
    </ContentLayout>
  );
}
