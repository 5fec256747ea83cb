// Amazon S3 > Buckets > Create bucket: a name (S3's naming rules) and a Region.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCaller } from '@/state/acting-identity-store';
import { S3_REGIONS, useCreateBucket } from '@/queries/s3';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { DenialAlert, deniedCallOf, errorCodeOf } from '@/ui/denial-alert';
import { bucketNameError } from './bucket-name-rules';
import { s3Breadcrumbs } from './buckets-page';
import { CreateBucketHelp } from './s3-help';
import { formatRegion } from './s3-format';
import { s3Paths } from './s3-paths';

const REGION_OPTIONS = S3_REGIONS.map((r) => ({ value: r, label: formatRegion(r) }));

const NAME_CODES = ['BucketAlreadyExists', 'BucketAlreadyOwnedByYou', 'InvalidBucketName'];

export function CreateBucketPage() {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const createBucket = useCreateBucket();
  const [name, setName] = useState('');
  const [region, setRegion] = useState<string>('us-east-1');
  const [submitted, setSubmitted] = useState(false);
  usePageChrome({
    breadcrumbs: [...s3Breadcrumbs, { text: 'Create bucket', path: s3Paths.createBucket() }],
    help: CreateBucketHelp,
    contentType: 'form',
  });

  const nameError = submitted ? bucketNameError(name) : null;
  const denied = deniedCallOf(createBucket.error);
  const code = errorCodeOf(createBucket.error);
  const apiNameError = code && NAME_CODES.includes(code) ? createBucket.error?.message : undefined;

  const submit = () => {
    setSubmitted(true);
    if (bucketNameError(name)) return;
    createBucket.mutate(
      { caller, bucket: name, region },
      {
        onSuccess: () => {
          pushFlash({
            type: 'success',
            header: `Successfully created bucket "${name}"`,
            content:
              'To upload files and folders, or to configure additional bucket settings, choose View details.',
            action: <Button onClick={() => navigate(s3Paths.bucket(name))}>View details</Button>,
          });
          navigate(s3Paths.buckets());
        },
      },
    );
  };

  return (
    <form onSubmit={(e) => (e.preventDefault(), submit())}>
      <Form
        header={
          <Header variant="h1" description="Buckets are containers for data stored in S3.">
            Create bucket
          </Header>
        }
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(s3Paths.buckets())}>
              Cancel
            </Button>
            <Button variant="primary" loading={createBucket.isPending}>
              Create bucket
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {denied && (
            <DenialAlert header="Failed to create bucket" error={denied}>
              To create a bucket, the s3:CreateBucket permission is required.
            </DenialAlert>
          )}
          {createBucket.error && !denied && !apiNameError && (
            <Alert type="error" header="Failed to create bucket">
              {createBucket.error.message}
            </Alert>
          )}
          <Container header={<Header variant="h2">General configuration</Header>}>
            <SpaceBetween size="l">
              <FormField label="AWS Region">
                <Select
                  selectedOption={{ value: region, label: formatRegion(region) }}
                  options={REGION_OPTIONS}
                  onChange={({ detail }) => setRegion(detail.selectedOption.value ?? 'us-east-1')}
                  ariaLabel="AWS Region"
                />
              </FormField>
              <FormField
                label="Bucket name"
                description="Bucket name must be unique within the global namespace and follow the bucket naming rules."
                constraintText="Bucket names must be 3 to 63 characters and unique within the global namespace. Bucket names must also begin and end with a letter or number. Valid characters are a-z, 0-9, periods (.), and hyphens (-)."
                errorText={nameError ?? apiNameError}
              >
                <Input
                  value={name}
                  placeholder="myawsbucket"
                  onChange={({ detail }) => setName(detail.value)}
                />
              </FormField>
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </Form>
    </form>
  );
}
