// Amazon S3 > Buckets > <bucket> > <key>: an object's overview, its content, Download and Open.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useCaller } from '@/state/acting-identity-store';
import { objectQuery } from '@/queries/s3';
import { usePageChrome } from '@/state/page-chrome-store';
import { DenialAlert, deniedCallOf } from '@/ui/denial-alert';
import { s3Breadcrumbs } from './buckets-page';
import { ObjectPreview } from './object-preview';
import { BucketHelp } from './s3-help';
import { formatS3Date, formatS3Size, objectType } from './s3-format';
import { s3Paths } from './s3-paths';

function blobUrl(body: Uint8Array, contentType: string): string {
  const copy = new Uint8Array(body);
  return URL.createObjectURL(new Blob([copy], { type: contentType || 'application/octet-stream' }));
}

function download(body: Uint8Array, contentType: string, fileName: string) {
  const url = blobUrl(body, contentType);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ObjectPage() {
  const caller = useCaller();
  const bucket = useParams().bucketName ?? '';
  const key = useSearchParams()[0].get('prefix') ?? '';
  const fileName = key.slice(key.lastIndexOf('/') + 1) || key;
  const object = useQuery(objectQuery(caller, { bucket, key }));
  usePageChrome({
    breadcrumbs: [
      ...s3Breadcrumbs,
      { text: bucket, path: s3Paths.bucket(bucket) },
      { text: fileName, path: s3Paths.object(bucket, key) },
    ],
    help: BucketHelp,
    contentType: 'default',
  });
  const denied = deniedCallOf(object.error);
  const data = object.data;
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        actions={
          data && (
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                iconName="download"
                onClick={() => download(data.body, data.contentType, fileName)}
              >
                Download
              </Button>
              <Button
                iconName="external"
                iconAlign="right"
                onClick={() => window.open(blobUrl(data.body, data.contentType), '_blank')}
              >
                Open
              </Button>
            </SpaceBetween>
          )
        }
      >
        {fileName}
      </Header>
      {denied && (
        <DenialAlert header="Insufficient permissions to get the object" error={denied}>
          After you or your AWS administrator has updated your permissions to allow the s3:GetObject
          action, refresh the page.
        </DenialAlert>
      )}
      {object.error && !denied && (
        <Alert type="error" header="Failed to get the object">
          {object.error.message}
        </Alert>
      )}
      {object.isPending && <Spinner size="large" />}
      {data && (
        <Container header={<Header variant="h2">Object overview</Header>}>
          <KeyValuePairs
            columns={3}
            items={[
              { label: 'Key', value: key },
              { label: 'Size', value: formatS3Size(data.size) },
              { label: 'Type', value: objectType(key) },
              { label: 'Last modified', value: formatS3Date(data.lastModified) },
              { label: 'S3 URI', value: `s3://${bucket}/${key}` },
              { label: 'Amazon Resource Name (ARN)', value: `arn:aws:s3:::${bucket}/${key}` },
              { label: 'Entity tag (Etag)', value: data.etag },
              { label: 'Content type', value: data.contentType || '-' },
            ]}
          />
        </Container>
      )}
      {data && (
        <Container header={<Header variant="h2">Preview</Header>}>
          <ObjectPreview objectKey={key} body={data.body} contentType={data.contentType} />
        </Container>
      )}
      {data && data.size === 0 && <Box color="text-status-inactive">The object is empty.</Box>}
    </SpaceBetween>
  );
}
