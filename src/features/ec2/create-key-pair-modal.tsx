// Launch wizard → Key pair (login) → "Create new key pair": CreateKeyPair in the current Region.
// The private key is a real one made in the browser, downloaded once as <name>.pem, never kept.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useCreateKeyPair } from '@/queries/ec2';
import { useCaller } from '@/state/acting-identity-store';
import { deniedCallOf } from '@/ui/denial-alert';
import { Ec2DenialDetails } from './decode-message-modal';
import { downloadBlob } from '@/ui/download-csv';
import { LabDataNote } from '@/ui/lab-data-note';

/** The console's rule, checked before the call: 1-255 ASCII characters, no outer spaces. */
export function keyNameError(name: string): string | undefined {
  if (name.length === 0) return 'Key pair name is required.';
  if (name.length > 255 || !/^[\x20-\x7e]+$/.test(name) || name.trim() !== name) {
    return "The name can include up to 255 ASCII characters. It can't include leading or trailing spaces.";
  }
  return undefined;
}

export interface CreateKeyPairModalProps {
  region: string;
  onCreated: (keyName: string) => void;
  onDismiss: () => void;
}

export function CreateKeyPairModal({ region, onCreated, onDismiss }: CreateKeyPairModalProps) {
  const caller = useCaller();
  const create = useCreateKeyPair();
  const [name, setName] = useState('');
  const [keyType, setKeyType] = useState<'rsa' | 'ed25519'>('rsa');
  const [tried, setTried] = useState(false);
  const error = tried ? keyNameError(name) : undefined;
  const denied = deniedCallOf(create.error);

  const submit = () => {
    setTried(true);
    if (keyNameError(name)) return;
    create.mutate(
      { caller, region, keyName: name, keyType },
      {
        onSuccess: (created) => {
          downloadBlob(
            `${created.keyName}.pem`,
            new Blob([created.keyMaterial], { type: 'application/x-pem-file' }),
          );
          onCreated(created.keyName);
        },
      },
    );
  };

  return (
    <Modal
      visible
      header="Create key pair"
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={create.isPending} onClick={submit}>
              Create key pair
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {create.error && (
          <Alert type="error" header="Failed to create key pair">
            {denied ? <Ec2DenialDetails error={denied} /> : create.error.message}
          </Alert>
        )}
        <LabDataNote what="key pair" />
        <FormField
          label="Key pair name"
          description="Key pairs allow you to connect to your instance securely."
          constraintText="The name can include up to 255 ASCII characters. It can't include leading or trailing spaces."
          errorText={error}
        >
          <Input
            value={name}
            placeholder="Enter key pair name"
            onChange={({ detail }) => setName(detail.value)}
          />
        </FormField>
        <FormField label="Key pair type">
          <RadioGroup
            value={keyType}
            onChange={({ detail }) => setKeyType(detail.value === 'ed25519' ? 'ed25519' : 'rsa')}
            items={[
              {
                value: 'rsa',
                label: 'RSA',
                description: 'RSA encrypted private and public key pair',
              },
              {
                value: 'ed25519',
                label: 'ED25519',
                description: 'ED25519 encrypted private and public key pair',
              },
            ]}
          />
        </FormField>
        <FormField label="Private key file format">
          <RadioGroup
            value="pem"
            items={[{ value: 'pem', label: '.pem', description: 'For use with OpenSSH' }]}
          />
        </FormField>
        <Alert type="warning">
          When prompted, store the private key in a secure and accessible location on your computer.
          You will need it later to connect to your instance. The lab makes a real key in your
          browser and keeps no copy of it.
        </Alert>
      </SpaceBetween>
    </Modal>
  );
}
