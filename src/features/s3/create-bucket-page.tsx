// Amazon S3 > Buckets > Create bucket: a name (S3's naming rules) and a Region.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
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
import { DenialAlert, DenialDetails, deniedCallOf, errorCodeOf } from '@/ui/denial-alert';
import { PublicAccessBlockFields } from './public-access-block-fields';
import { allOn } from './public-access-block-labels';
import { bucketNameError } from './bucket-name-rules';
import { s3Breadcrumbs } from './buckets-page';
import { CreateBucketHelp } from './s3-help';
import { formatRegion } from './s3-format';
import { s3Paths } from './s3-paths';

const REGION_OPTIONS = S3_REGIONS.map((r) => ({ value: r, label: formatRegion(r) }));

const ALL_ON = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

const NAME_CODES = ['BucketAlreadyExists', 'BucketAlreadyOwnedByYou', 'InvalidBucketName'];

export function CreateBucketPage() {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const createBucket = useCreateBucket();
  const [name, setName] = useState('');
  const [region, setRegion] = useState<string>('us-east-1');
  const [submitted, setSubmitted] = useState(false);
  const [publicAccess, setPublicAccess] = useState(ALL_ON);
  const [acknowledged, setAcknowledged] = useState(false);
  const blocksAll = allOn(publicAccess);
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
    if (bucketNameError(name) || (!blocksAll && !acknowledged)) return;
    createBucket.mutate(
      { caller, bucket: name, region, publicAccessBlock: publicAccess },
      {
        onSuccess: ({ publicAccessBlockError }) => {
          const bpaDenied = deniedCallOf(publicAccessBlockError);
          if (publicAccessBlockError) {
            pushFlash({
              type: 'error',
              header: 'Failed to edit Block Public Access settings',
              content: bpaDenied ? (
                <DenialDetails error={bpaDenied} />
              ) : (
                String(publicAccessBlockError)
              ),
            });
          }
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
          <Container
            header={
              <Header
                variant="h2"
                description="Public access is granted to buckets and objects through access control lists (ACLs), bucket policies, access point policies, or all. In order to ensure that public access to this bucket and its objects is blocked, turn on Block all public access. These settings apply only to this bucket and its access points."
              >
                Block Public Access settings for this bucket
              </Header>
            }
          >
            <SpaceBetween size="m">
              <PublicAccessBlockFields value={publicAccess} onChange={setPublicAccess} />
              {!blocksAll && (
                <Alert type="warning">
                  <SpaceBetween size="s">
                    <span>
                      Turning off block all public access might result in this bucket and the
                      objects within becoming public.
                    </span>
                    <Checkbox
                      checked={acknowledged}
                      onChange={({ detail }) => setAcknowledged(detail.checked)}
                    >
                      I acknowledge that the current settings might result in this bucket and the
                      objects within becoming public.
                    </Checkbox>
                    {submitted && !acknowledged && (
                      <Box color="text-status-error">
                        You must acknowledge that the current settings might result in this bucket
                        becoming public.
                      </Box>
                    )}
                  </SpaceBetween>
                </Alert>
              )}
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </Form>
    </form>
  );
}
