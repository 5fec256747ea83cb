// EC2 > Instances > Launch an instance: a name, an AMI and an instance type (RunInstances).
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
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCaller } from '@/state/acting-identity-store';
import { useRunInstances } from '@/queries/ec2';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { DenialDetails, deniedCallOf } from '@/ui/denial-alert';
import { ec2Paths } from './ec2-paths';
import { INSTANCE_TYPES } from './ec2-format';
import { LaunchInstanceHelp } from './ec2-help';
import { ec2Breadcrumbs } from './instances-page';

const IMAGES = [
  {
    value: 'ami-0fa3fe0fa7920f68e',
    label: 'Amazon Linux 2023 AMI',
    description: 'ami-0fa3fe0fa7920f68e (64-bit (x86))',
  },
  {
    value: 'ami-04b70fa74e45c3917',
    label: 'Ubuntu Server 24.04 LTS (HVM), SSD Volume Type',
    description: 'ami-04b70fa74e45c3917 (64-bit (x86))',
  },
];

export function LaunchInstancePage() {
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const runInstances = useRunInstances();
  const [name, setName] = useState('');
  const [image, setImage] = useState(IMAGES[0]!);
  const [type, setType] = useState(INSTANCE_TYPES[0]!);
  usePageChrome({
    breadcrumbs: [
      ...ec2Breadcrumbs,
      { text: 'Launch an instance', path: ec2Paths.launchInstance() },
    ],
    help: LaunchInstanceHelp,
    contentType: 'form',
  });
  const denied = deniedCallOf(runInstances.error);

  const launch = () =>
    runInstances.mutate(
      { caller, name, instanceType: type.value, imageId: image.value },
      {
        onSuccess: (launched) => {
          const ids = launched.map((i) => i.instanceId).join(', ');
          pushFlash({
            type: 'success',
            header: `Successfully initiated launch of instance (${ids})`,
          });
          navigate(ec2Paths.instances());
        },
      },
    );

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
          {denied ? <DenialDetails error={denied} /> : runInstances.error.message}
        </Alert>
      )}
      <Grid
        gridDefinition={[{ colspan: { default: 12, xs: 8 } }, { colspan: { default: 12, xs: 4 } }]}
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Name and tags</Header>}>
            <FormField label="Name">
              <Input
                value={name}
                placeholder="e.g. My Web Server"
                onChange={({ detail }) => setName(detail.value)}
              />
            </FormField>
          </Container>
          <Container
            header={<Header variant="h2">Application and OS Images (Amazon Machine Image)</Header>}
          >
            <FormField label="Amazon Machine Image (AMI)">
              <Select
                selectedOption={image}
                options={IMAGES}
                onChange={({ detail }) =>
                  setImage(
                    IMAGES.find((i) => i.value === detail.selectedOption.value) ?? IMAGES[0]!,
                  )
                }
              />
            </FormField>
          </Container>
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
        </SpaceBetween>
        <Container header={<Header variant="h2">Summary</Header>}>
          <SpaceBetween size="l">
            <KeyValuePairs
              items={[
                { label: 'Number of instances', value: '1' },
                { label: 'Software Image (AMI)', value: image.label },
                { label: 'Virtual server type (instance type)', value: type.value },
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
    </SpaceBetween>
  );
}
