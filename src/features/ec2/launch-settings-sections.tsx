// Launch wizard sections: Key pair (login), Network settings (the Region's default VPC, read-only),
// Configure storage, and Advanced details → IAM instance profile.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { InstanceProfile } from '@/queries/types';
import type { KeyPair } from '@/queries/ec2';
import { defaultNetwork } from '@/queries/ec2-regions';

export const NO_KEY_PAIR = 'Proceed without a key pair (Not recommended)';

export interface KeyPairSectionProps {
  keyPairs: readonly KeyPair[] | undefined;
  /** DescribeKeyPairs failed: the console shows this under the list. */
  error?: string;
  keyName: string | undefined;
  onChange: (keyName: string | undefined) => void;
  onCreate: () => void;
}

export function KeyPairSection({
  keyPairs,
  error,
  keyName,
  onChange,
  onCreate,
}: KeyPairSectionProps) {
  const options = [
    { value: '', label: NO_KEY_PAIR, description: 'Default value' },
    ...(keyPairs ?? []).map((k) => ({
      value: k.keyName,
      label: k.keyName,
      description: `Type: ${k.keyType}`,
    })),
  ];
  const selected = options.find((o) => o.value === (keyName ?? '')) ?? options[0]!;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="You can use a key pair to securely connect to your instance. Ensure that you have access to the selected key pair before you launch the instance."
        >
          Key pair (login)
        </Header>
      }
    >
      <FormField label="Key pair name - required" errorText={error}>
        <SpaceBetween direction="horizontal" size="xs" alignItems="center">
          <div style={{ minWidth: 360 }}>
            <Select
              selectedOption={selected}
              options={options}
              statusType={keyPairs || error ? 'finished' : 'loading'}
              ariaLabel="Key pair name"
              onChange={({ detail }) => onChange(detail.selectedOption.value || undefined)}
            />
          </div>
          <Button variant="link" onClick={onCreate}>
            Create new key pair
          </Button>
        </SpaceBetween>
      </FormField>
    </Container>
  );
}

export function NetworkSection({ region }: { region: string }) {
  const network = defaultNetwork(region);
  return (
    <Container header={<Header variant="h2">Network settings</Header>}>
      <KeyValuePairs
        columns={2}
        items={[
          { label: 'Network', value: network.vpcId },
          { label: 'Subnet', value: 'No preference (Default subnet in any availability zone)' },
          { label: 'Auto-assign public IP', value: 'Enable' },
          {
            label: 'Firewall (security groups)',
            value: `Select existing security group: default (${network.securityGroupId})`,
          },
        ]}
      />
    </Container>
  );
}

export function StorageSection({ size }: { size: number }) {
  return (
    <Container header={<Header variant="h2">Configure storage</Header>}>
      <Box>
        1x {size} GiB gp3 Root volume{' '}
        <Box variant="span" color="text-status-inactive">
          (Not encrypted)
        </Box>
      </Box>
    </Container>
  );
}

export interface AdvancedDetailsProps {
  profiles: readonly InstanceProfile[] | undefined;
  /** ListInstanceProfiles failed. */
  error?: string;
  profileName: string | undefined;
  onChange: (profileName: string | undefined) => void;
}

export function AdvancedDetails({ profiles, error, profileName, onChange }: AdvancedDetailsProps) {
  const options = (profiles ?? []).map((p) => ({
    value: p.instanceProfileName,
    label: p.instanceProfileName,
    description: p.arn,
  }));
  const selected = options.find((o) => o.value === profileName) ?? null;
  return (
    <ExpandableSection variant="container" headerText="Advanced details">
      <FormField
        label="IAM instance profile"
        description="Choosing a profile passes its role to EC2: iam:PassRole on the role, with iam:PassedToService = ec2.amazonaws.com."
        errorText={error}
      >
        <Select
          selectedOption={selected}
          placeholder="Select"
          options={[{ value: '', label: 'No IAM instance profile' }, ...options]}
          statusType={profiles || error ? 'finished' : 'loading'}
          empty="No instance profiles"
          ariaLabel="IAM instance profile"
          onChange={({ detail }) => onChange(detail.selectedOption.value || undefined)}
        />
      </FormField>
    </ExpandableSection>
  );
}
