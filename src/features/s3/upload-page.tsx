// Amazon S3 > Buckets > <bucket> > Upload: pick files from disk, store their bytes (PutObject), then
// the console's "Upload: status" summary.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCaller } from '@/state/acting-identity-store';
import { LAB_MAX_OBJECT_BYTES, usePutObject } from '@/queries/s3';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { folderBreadcrumbs } from './bucket-page';
import { BucketHelp } from './s3-help';
import { formatS3Size } from './s3-format';
import { s3Paths } from './s3-paths';
import { UploadStatus, type UploadResult } from './upload-status';

const totalSize = (files: readonly { size: number }[]) => files.reduce((n, f) => n + f.size, 0);

const CAP_TEXT = `Lab simplification: objects are kept in your browser, so each file can be at most ${formatS3Size(LAB_MAX_OBJECT_BYTES)}.`;

/** Reads a file from disk in chunks, reporting each chunk's size as it arrives. */
async function readWithProgress(file: File, onBytes: (n: number) => void): Promise<Uint8Array> {
  const reader = file.stream().getReader();
  const out = new Uint8Array(file.size);
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value, offset);
    offset += value.byteLength;
    onBytes(value.byteLength);
  }
  return out.subarray(0, offset);
}

export function UploadPage() {
  const caller = useCaller();
  const navigate = useNavigate();
  const bucket = useParams().bucketName ?? '';
  const prefix = useSearchParams()[0].get('prefix') ?? '';
  const destination = `s3://${bucket}/${prefix}`;
  const pushFlash = useFlash((s) => s.pushFlash);
  const putObject = usePutObject();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [encryption, setEncryption] = useState<'default' | 'AES256'>('default');
  const [progress, setProgress] = useState({ bytes: 0, files: 0 });
  const tooLarge = files.map((f) => (f.size > LAB_MAX_OBJECT_BYTES ? 'File is too large.' : null));
  const [results, setResults] = useState<UploadResult[] | null>(null);
  usePageChrome({
    breadcrumbs: [
      ...folderBreadcrumbs(bucket, prefix),
      { text: 'Upload', path: s3Paths.upload(bucket, prefix) },
    ],
    help: BucketHelp,
    contentType: 'form',
  });

  const upload = async () => {
    setBusy(true);
    setProgress({ bytes: 0, files: 0 });
    const done: UploadResult[] = [];
    for (const file of files) {
      const body = await readWithProgress(file, (n) =>
        setProgress((p) => ({ ...p, bytes: p.bytes + n })),
      );
      const contentType = file.type || 'binary/octet-stream';
      try {
        await putObject.mutateAsync({
          caller,
          bucket,
          key: `${prefix}${file.name}`,
          body,
          contentType,
          ...(encryption === 'AES256' && { serverSideEncryption: 'AES256' as const }),
        });
        done.push({ name: file.name, type: contentType, size: file.size, error: null });
      } catch (error) {
        done.push({ name: file.name, type: contentType, size: file.size, error });
      }
      setProgress((p) => ({ ...p, files: p.files + 1 }));
    }
    setBusy(false);
    setResults(done);
    const failed = done.filter((r) => r.error !== null).length;
    pushFlash(
      failed > 0
        ? { type: 'error', header: 'Upload failed', content: 'View details below.' }
        : {
            type: 'success',
            header: 'Upload succeeded',
            content: `${done.length} ${done.length === 1 ? 'file' : 'files'} uploaded to ${destination}.`,
          },
    );
  };

  if (results) {
    return (
      <UploadStatus
        destination={destination}
        results={results}
        onClose={() => navigate(s3Paths.bucket(bucket, 'objects', prefix))}
      />
    );
  }
  return (
    <Form
      header={
        <Header
          variant="h1"
          description="Add the files and folders you want to upload to S3. To upload a file larger than 160GB, use the AWS CLI, AWS SDKs or Amazon S3 REST API."
        >
          Upload
        </Header>
      }
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button
            variant="link"
            onClick={() => navigate(s3Paths.bucket(bucket, 'objects', prefix))}
          >
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={files.length === 0 || tooLarge.some(Boolean)}
            loading={busy}
            onClick={() => void upload()}
          >
            Upload
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <Container
          header={
            <Header
              variant="h2"
              counter={`(${files.length} Total, ${formatS3Size(totalSize(files))})`}
              description="All files and folders in this table will be uploaded."
            >
              Files and folders
            </Header>
          }
        >
          <FormField label="Files">
            <FileUpload
              constraintText={CAP_TEXT}
              fileErrors={tooLarge}
              multiple
              value={files}
              onChange={({ detail }) => setFiles(detail.value)}
              showFileSize
              showFileLastModified
              tokenLimit={10}
              i18nStrings={{
                uploadButtonText: (multiple) => (multiple ? 'Add files' : 'Add file'),
                dropzoneText: (multiple) =>
                  multiple ? 'Drop files to upload' : 'Drop file to upload',
                removeFileAriaLabel: (i) => `Remove file ${i + 1}`,
                limitShowFewer: 'Show fewer files',
                limitShowMore: 'Show more files',
                errorIconAriaLabel: 'Error',
              }}
            />
          </FormField>
        </Container>
        {busy && (
          <Container>
            <ProgressBar
              label="Uploading"
              value={Math.round((progress.bytes / Math.max(1, totalSize(files))) * 100)}
              description={`${progress.files} of ${files.length} ${files.length === 1 ? 'file' : 'files'} uploaded`}
              additionalInfo={`${formatS3Size(progress.bytes)} of ${formatS3Size(totalSize(files))} read from disk`}
            />
          </Container>
        )}
        <Container header={<Header variant="h2">Destination</Header>}>
          <KeyValuePairs items={[{ label: 'Destination', value: destination }]} />
        </Container>
        <Container
          header={
            <Header variant="h2" description="Server-side encryption protects data at rest.">
              Server-side encryption
            </Header>
          }
        >
          <RadioGroup
            ariaLabel="Server-side encryption"
            value={encryption}
            onChange={({ detail }) =>
              setEncryption(detail.value === 'AES256' ? 'AES256' : 'default')
            }
            items={[
              {
                value: 'default',
                label: 'Do not specify an encryption key',
                description:
                  'The bucket settings for default encryption are used to encrypt objects when storing them in Amazon S3.',
              },
              {
                value: 'AES256',
                label:
                  'Specify an encryption key: Server-side encryption with Amazon S3 managed keys (SSE-S3)',
                description:
                  'The request sets x-amz-server-side-encryption: AES256 (the s3:x-amz-server-side-encryption condition key).',
              },
            ]}
          />
        </Container>
      </SpaceBetween>
    </Form>
  );
}
