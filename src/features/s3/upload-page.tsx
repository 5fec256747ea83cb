// Amazon S3 > Buckets > <bucket> > Upload: pick files from disk, store their bytes (PutObject), then
// the console's "Upload: status" summary.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCaller } from '@/state/acting-identity-store';
import { usePutObject } from '@/queries/s3';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { s3Breadcrumbs } from './buckets-page';
import { BucketHelp } from './s3-help';
import { formatS3Size } from './s3-format';
import { s3Paths } from './s3-paths';
import { UploadStatus, type UploadResult } from './upload-status';

const totalSize = (files: readonly { size: number }[]) => files.reduce((n, f) => n + f.size, 0);

export function UploadPage() {
  const caller = useCaller();
  const navigate = useNavigate();
  const bucket = useParams().bucketName ?? '';
  const pushFlash = useFlash((s) => s.pushFlash);
  const putObject = usePutObject();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<UploadResult[] | null>(null);
  usePageChrome({
    breadcrumbs: [
      ...s3Breadcrumbs,
      { text: bucket, path: s3Paths.bucket(bucket) },
      { text: 'Upload', path: s3Paths.upload(bucket) },
    ],
    help: BucketHelp,
    contentType: 'form',
  });

  const upload = async () => {
    setBusy(true);
    const done: UploadResult[] = [];
    for (const file of files) {
      const body = new Uint8Array(await file.arrayBuffer());
      const contentType = file.type || 'binary/octet-stream';
      try {
        await putObject.mutateAsync({ caller, bucket, key: file.name, body, contentType });
        done.push({ name: file.name, type: contentType, size: file.size, error: null });
      } catch (error) {
        done.push({ name: file.name, type: contentType, size: file.size, error });
      }
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
            content: `${done.length} ${done.length === 1 ? 'file' : 'files'} uploaded to s3://${bucket}.`,
          },
    );
  };

  if (results) {
    return (
      <UploadStatus
        bucket={bucket}
        results={results}
        onClose={() => navigate(s3Paths.bucket(bucket))}
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
          <Button variant="link" onClick={() => navigate(s3Paths.bucket(bucket))}>
            Cancel
          </Button>
          <Button
            variant="primary"
            disabled={files.length === 0}
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
        <Container header={<Header variant="h2">Destination</Header>}>
          <KeyValuePairs items={[{ label: 'Destination', value: `s3://${bucket}` }]} />
        </Container>
      </SpaceBetween>
    </Form>
  );
}
