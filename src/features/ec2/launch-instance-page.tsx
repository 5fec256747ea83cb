// EC2 > Instances > Launch an instance: name and tags, an AMI, an instance type, a key pair, the
// default network, storage and Advanced details → IAM instance profile, then RunInstances.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { instanceProfilesQuery, keyPairsQuery, useRunInstances } from '@/queries/ec2';
import { imageIdIn, QUICK_START_IMAGES, type QuickStartImage } from '@/queries/ec2-regions';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { deniedCallOf } from '@/ui/denial-alert';
import { tagRowErrors, type TagDraft } from '@/ui/tag-rules';
import { TagsEditor } from '@/ui/tags-editor';
import { CreateKeyPairModal } from './create-key-pair-modal';
import { Ec2DenialDetails } from './decode-message-modal';
import { INSTANCE_TYPES } from './ec2-format';
import { LaunchInstanceHelp } from './ec2-help';
import { ec2Paths } from './ec2-paths';
import { ec2Breadcrumbs } from './instances-page';
import { LaunchImageSection } from './launch-image-section';
import {
  AdvancedDetails,
  KeyPairSection,
  NetworkSection,
  StorageSection,
} from './launch-settings-sections';
import { useEc2Region } from './use-ec2-region';

/** A list the console could not read: EC2's words, or the API's message. */
function listError(error: Error | null): string | undefined {
  if (!error) return undefined;
  return deniedCallOf(error) ? 'You are not authorized to perform this operation.' : error.message;
}

export function LaunchInstancePage() {
  const caller = useCaller();
  const region = useEc2Region();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const runInstances = useRunInstances();
  const keyPairs = useQuery(keyPairsQuery(caller, region.code));
  const profiles = useQuery(instanceProfilesQuery(caller));
  const [name, setName] = useState('');
  const [tags, setTags] = useState<TagDraft[] | null>(null);
  const [image, setImage] = useState<QuickStartImage>(QUICK_START_IMAGES[0]!);
  const [type, setType] = useState(INSTANCE_TYPES[0]!);
  const [keyName, setKeyName] = useState<string | undefined>();
  const [profileName, setProfileName] = useState<string | undefined>();
  const [count, setCount] = useState('1');
  const [creatingKey, setCreatingKey] = useState(false);
  const [tried, setTried] = useState(false);
  usePageChrome({
    breadcrumbs: [
      ...ec2Breadcrumbs,
      { text: 'Launch an instance', path: ec2Paths.launchInstance() },
    ],
    help: LaunchInstanceHelp,
    contentType: 'form',
  });
  const denied = deniedCallOf(runInstances.error);
  const countValue = Number(count);
  const countError =
    Number.isInteger(countValue) && countValue >= 1 && countValue <= 20
      ? undefined
      : 'Enter a number from 1 to 20.';

  const launch = () => {
    setTried(true);
    if (countError || (tags && tagRowErrors(tags).some((e) => e.key || e.value))) return;
    runInstances.mutate(
      {
        caller,
        region: region.code,
        name,
        instanceType: type.value,
        imageId: imageIdIn(image, region.code),
        count: countValue,
        tags: (tags ?? []).map((t) => ({ Key: t.key, Value: t.value })),
        ...(keyName && { keyName }),
        ...(profileName && { iamInstanceProfileName: profileName }),
      },
      {
        onSuccess: (launched) => {
          const ids = launched.map((i) => i.instanceId).join(', ');
          pushFlash({
            type: 'success',
            header: `Successfully initiated launch of instance (${ids})`,
          });
          navigate(`${ec2Paths.instances()}?region=${region.code}`);
        },
      },
    );
  };

  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        description="Amazon EC2 allows you to create virtual machines, or instances, that run on the AWS Cloud. Quickly get started by following the simple steps below."
      >
        Launch an instance
      </Header>
      {runInstances.error && (
        <Alert type="error" header="Instance launch failed">
          {denied ? <Ec2DenialDetails error={denied} /> : runInstances.error.message}
        </Alert>
      )}
      <Grid
        gridDefinition={[{ colspan: { default: 12, xs: 8 } }, { colspan: { default: 12, xs: 4 } }]}
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Name and tags</Header>}>
            <SpaceBetween size="m">
              <FormField label="Name">
                <Input
                  value={name}
                  placeholder="e.g. My Web Server"
                  onChange={({ detail }) => setName(detail.value)}
                />
              </FormField>
              {tags ? (
                <TagsEditor tags={tags} onChange={setTags} showErrors={tried} />
              ) : (
                <Button variant="link" onClick={() => setTags([{ key: '', value: '' }])}>
                  Add additional tags
                </Button>
              )}
            </SpaceBetween>
          </Container>
          <LaunchImageSection region={region.code} image={image} onChange={setImage} />
          <Container header={<Header variant="h2">Instance type</Header>}>
            <FormField label="Instance type">
              <Select
                selectedOption={type}
                options={INSTANCE_TYPES}
                onChange={({ detail }) =>
                  setType(
                    INSTANCE_TYPES.find((t) => t.value === detail.selectedOption.value) ??
                      INSTANCE_TYPES[0]!,
                  )
                }
              />
            </FormField>
          </Container>
          <KeyPairSection
            keyPairs={keyPairs.data}
            error={listError(keyPairs.error)}
            keyName={keyName}
            onChange={setKeyName}
            onCreate={() => setCreatingKey(true)}
          />
          <NetworkSection region={region.code} />
          <StorageSection size={image.rootVolumeSize} />
          <AdvancedDetails
            profiles={profiles.data}
            error={listError(profiles.error)}
            profileName={profileName}
            onChange={setProfileName}
          />
        </SpaceBetween>
        <Container header={<Header variant="h2">Summary</Header>}>
          <SpaceBetween size="l">
            <FormField label="Number of instances" errorText={tried ? countError : undefined}>
              <Input
                type="number"
                inputMode="numeric"
                value={count}
                onChange={({ detail }) => setCount(detail.value)}
              />
            </FormField>
            <KeyValuePairs
              items={[
                {
                  label: 'Software Image (AMI)',
                  value: `${image.name} ${imageIdIn(image, region.code)}`,
                },
                { label: 'Virtual server type (instance type)', value: type.value },
                { label: 'Firewall (security group)', value: 'default' },
                { label: 'Storage (volumes)', value: `1 volume(s) - ${image.rootVolumeSize} GiB` },
              ]}
            />
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => navigate(ec2Paths.instances())}>
                Cancel
              </Button>
              <Button variant="primary" loading={runInstances.isPending} onClick={launch}>
                Launch instance
              </Button>
            </SpaceBetween>
          </SpaceBetween>
        </Container>
      </Grid>
      {creatingKey && (
        <CreateKeyPairModal
          region={region.code}
          onDismiss={() => setCreatingKey(false)}
          onCreated={(created) => {
            setCreatingKey(false);
            setKeyName(created);
            pushFlash({ type: 'success', header: `Successfully created key pair ${created}` });
          }}
        />
      )}
    </SpaceBetween>
  );
}
