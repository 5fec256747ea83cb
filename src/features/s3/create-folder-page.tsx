// Amazon S3 > Buckets > <bucket> > Create folder: a zero-byte object whose key ends in "/".
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { usePutObject } from '@/queries/s3';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { folderBreadcrumbs } from './bucket-page';
import { BucketHelp } from './s3-help';
import { s3Paths } from './s3-paths';

function folderNameError(name: string): string | null {
  if (name.length === 0) return 'Folder name is required.';
  if (name.includes('/')) return 'Folder names can\'t contain "/".';
  return null;
}

export function CreateFolderPage() {
  const bucket = useParams().bucketName ?? '';
  const prefix = useSearchParams()[0].get('prefix') ?? '';
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const putObject = usePutObject();
  const [name, setName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  usePageChrome({
    breadcrumbs: [
      ...folderBreadcrumbs(bucket, prefix),
      { text: 'Create folder', path: s3Paths.createFolder(bucket, prefix) },
    ],
    help: BucketHelp,
    contentType: 'form',
  });
  const error = submitted ? folderNameError(name) : null;
  const back = () => navigate(s3Paths.bucket(bucket, 'objects', prefix));
  const submit = () => {
    setSubmitted(true);
    if (folderNameError(name)) return;
    putObject.mutate(
      {
        caller,
        bucket,
        key: `${prefix}${name}/`,
        body: new Uint8Array(),
        contentType: 'application/x-directory',
      },
      {
        onSuccess: () => {
          pushFlash({ type: 'success', header: `Successfully created folder "${name}".` });
          back();
        },
      },
    );
  };
  return (
    <form onSubmit={(e) => (e.preventDefault(), submit())}>
      <Form
        header={<Header variant="h1">Create folder</Header>}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={back}>
              Cancel
            </Button>
            <Button variant="primary" loading={putObject.isPending}>
              Create folder
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {putObject.error && (
            <ApiErrorAlert
              error={putObject.error}
              header="Failed to create folder"
              deniedHeader="Failed to create folder"
              deniedAdvice="To create a folder, the s3:PutObject permission is required."
            />
          )}
          <Container header={<Header variant="h2">Folder</Header>}>
            <FormField
              label="Folder name"
              constraintText={'Folder names can\'t contain "/".'}
              errorText={error}
            >
              <Input value={name} onChange={({ detail }) => setName(detail.value)} />
            </FormField>
          </Container>
        </SpaceBetween>
      </Form>
    </form>
  );
}
