// The "Upload: status" page shown after an upload: a summary and one row per file.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Popover from '@cloudscape-design/components/popover';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { DenialAlert, deniedCallOf, errorCodeOf } from '@/ui/denial-alert';
import { formatS3Size, objectType } from './s3-format';

export interface UploadResult {
  name: string;
  type: string;
  size: number;
  /** The failed PutObject call's error, or null when the file was stored. */
  error: unknown;
}

export interface UploadStatusProps {
  /** "s3://bucket/prefix/" */
  destination: string;
  results: readonly UploadResult[];
  onClose: () => void;
}

/** The Error column: "Access Denied" opens the console's explanation; other errors show their code. */
function ErrorCell({ error }: { error: unknown }) {
  if (error === null) return <>-</>;
  const denied = deniedCallOf(error);
  if (!denied)
    return <>{errorCodeOf(error) ?? (error instanceof Error ? error.message : 'Error')}</>;
  return (
    <Popover
      header="Access Denied"
      size="large"
      triggerType="text"
      content={
        <SpaceBetween size="xs">
          <Box variant="p">You don&apos;t have permissions to upload files and folders.</Box>
          <Box variant="code">{denied.message}</Box>
        </SpaceBetween>
      }
    >
      Access Denied
    </Popover>
  );
}

export function UploadStatus({ destination, results, onClose }: UploadStatusProps) {
  const ok = results.filter((r) => r.error === null);
  const failed = results.filter((r) => r.error !== null);
  const denial = failed.map((r) => deniedCallOf(r.error)).find((d) => d !== null);
  const files = (rows: readonly UploadResult[]) =>
    `${rows.length} ${rows.length === 1 ? 'file' : 'files'}, ${formatS3Size(
      rows.reduce((n, r) => n + r.size, 0),
    )}`;
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        actions={
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        }
      >
        Upload: status
      </Header>
      {denial && (
        <DenialAlert header="You don't have permissions to upload files and folders" error={denial}>
          After you or your AWS administrator has updated your permissions to allow the s3:PutObject
          action, try again.
        </DenialAlert>
      )}
      <Container header={<Header variant="h2">Summary</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Destination', value: destination },
            {
              label: 'Succeeded',
              value: <StatusIndicator type="success">{files(ok)}</StatusIndicator>,
            },
            {
              label: 'Failed',
              value: (
                <StatusIndicator type={failed.length > 0 ? 'error' : 'success'}>
                  {files(failed)}
                </StatusIndicator>
              ),
            },
          ]}
        />
      </Container>
      <Table
        variant="container"
        header={<Header counter={`(${results.length})`}>Files and folders</Header>}
        items={[...results]}
        trackBy="name"
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (r) => r.name, isRowHeader: true },
          { id: 'type', header: 'Type', cell: (r) => objectType(r.name) },
          { id: 'size', header: 'Size', cell: (r) => formatS3Size(r.size) },
          {
            id: 'status',
            header: 'Status',
            cell: (r) =>
              r.error === null ? (
                <StatusIndicator type="success">Succeeded</StatusIndicator>
              ) : (
                <StatusIndicator type="error">Failed</StatusIndicator>
              ),
          },
          { id: 'error', header: 'Error', cell: (r) => <ErrorCell error={r.error} /> },
        ]}
      />
    </SpaceBetween>
  );
}
