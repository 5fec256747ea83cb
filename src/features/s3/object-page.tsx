// Amazon S3 > Buckets > <bucket> > <key>: an object's overview, preview and tags, with Download,
// Open, Copy, Delete, and its object URL opened as an anonymous request.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { bucketLocationQuery, objectQuery, useDeleteObjects } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { DeleteConfirmationModal } from '@/ui/delete-confirmation-modal';
import { DenialAlert, DenialDetails, deniedCallOf } from '@/ui/denial-alert';
import { folderBreadcrumbs } from './bucket-page';
import { CopyObjectModal } from './copy-object-modal';
import { ObjectPreview } from './object-preview';
import { ObjectTags } from './object-tags';
import { ObjectUrlModal } from './object-url-modal';
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

/**
 * The virtual-hosted–style URL S3 gives an object (keys are URL-encoded, "/" kept); without the
 * bucket's Region (GetBucketLocation denied) the global endpoint form, which S3 also serves.
 */
function objectUrl(bucket: string, region: string | undefined, key: string): string {
  const path = key.split('/').map(encodeURIComponent).join('/');
  return `https://${bucket}.s3${region ? `.${region}` : ''}.amazonaws.com/${path}`;
}

type Dialog = 'copy' | 'delete' | 'url' | null;

export function ObjectPage() {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const bucket = useParams().bucketName ?? '';
  const key = useSearchParams()[0].get('prefix') ?? '';
  const fileName = key.slice(key.lastIndexOf('/') + 1) || key;
  const folder = key.slice(0, key.length - fileName.length);
  const object = useQuery(objectQuery(caller, { bucket, key }));
  // The console asks for the bucket's Region (GetBucketLocation) to show the object URL.
  const region = useQuery(bucketLocationQuery(caller, bucket)).data;
  const remove = useDeleteObjects();
  const [dialog, setDialog] = useState<Dialog>(null);
  usePageChrome({
    breadcrumbs: [
      ...folderBreadcrumbs(bucket, folder),
      { text: fileName, path: s3Paths.object(bucket, key) },
    ],
    help: BucketHelp,
    contentType: 'default',
  });
  const denied = deniedCallOf(object.error);
  const data = object.data;
  const url = objectUrl(bucket, region, key);
  const removeDenied = deniedCallOf(remove.error);
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => setDialog('copy')}>Copy</Button>
            <Button
              onClick={() => {
                remove.reset();
                setDialog('delete');
              }}
            >
              Delete
            </Button>
            {data && (
              <Button
                iconName="download"
                onClick={() => download(data.body, data.contentType, fileName)}
              >
                Download
              </Button>
            )}
            {data && (
              <Button
                iconName="external"
                iconAlign="right"
                onClick={() => window.open(blobUrl(data.body, data.contentType), '_blank')}
              >
                Open
              </Button>
            )}
          </SpaceBetween>
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
      <Container header={<Header variant="h2">Object overview</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Key', value: key },
            { label: 'Size', value: data ? formatS3Size(data.size) : '-' },
            { label: 'Type', value: objectType(key) },
            { label: 'Last modified', value: data ? formatS3Date(data.lastModified) : '-' },
            { label: 'S3 URI', value: `s3://${bucket}/${key}` },
            { label: 'Amazon Resource Name (ARN)', value: `arn:aws:s3:::${bucket}/${key}` },
            { label: 'Entity tag (Etag)', value: data?.etag ?? '-' },
            {
              label: 'Server-side encryption',
              // S3 encrypts every new object, with SSE-S3 unless asked otherwise (since January 2023).
              value: data ? 'Server-side encryption with Amazon S3 managed keys (SSE-S3)' : '-',
            },
            {
              label: 'Object URL',
              value: (
                <SpaceBetween size="xxs">
                  <Box variant="code">{url}</Box>
                  <Button variant="inline-link" onClick={() => setDialog('url')}>
                    Open object URL as anonymous
                  </Button>
                </SpaceBetween>
              ),
            },
          ]}
        />
      </Container>
      {data && (
        <Container header={<Header variant="h2">Preview</Header>}>
          {data.size === 0 ? (
            <Box color="text-status-inactive">The object is empty.</Box>
          ) : (
            <ObjectPreview objectKey={key} body={data.body} contentType={data.contentType} />
          )}
        </Container>
      )}
      <ObjectTags bucket={bucket} objectKey={key} />
      {dialog === 'copy' && (
        <CopyObjectModal bucket={bucket} objectKey={key} onDismiss={() => setDialog(null)} />
      )}
      {dialog === 'url' && (
        <ObjectUrlModal
          bucket={bucket}
          objectKey={key}
          url={url}
          onDismiss={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <DeleteConfirmationModal
          header="Delete objects"
          confirmationText="permanently delete"
          instruction="To confirm deletion, type permanently delete in the text input field."
          deleteLabel="Delete objects"
          loading={remove.isPending}
          error={
            remove.error &&
            (removeDenied ? <DenialDetails error={removeDenied} /> : remove.error.message)
          }
          onDelete={() =>
            remove.mutate(
              { caller, bucket, keys: [key], folders: [] },
              {
                onSuccess: () => {
                  pushFlash({
                    type: 'success',
                    header: 'Successfully deleted objects',
                    content: `Deleted s3://${bucket}/${key}.`,
                  });
                  navigate(s3Paths.bucket(bucket, 'objects', folder));
                },
              },
            )
          }
          onDismiss={() => setDialog(null)}
        >
          Specified objects: {fileName}
        </DeleteConfirmationModal>
      )}
    </SpaceBetween>
  );
}
