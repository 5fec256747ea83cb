// Instance → Actions → Security → Modify IAM role: attach, replace or detach the instance profile.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { instanceProfilesQuery, useModifyIamRole } from '@/queries/ec2';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { deniedCallOf } from '@/ui/denial-alert';
import { Ec2DenialDetails } from './decode-message-modal';

const NO_ROLE = { value: '', label: 'No IAM Role' };

export interface ModifyIamRoleModalProps {
  instanceId: string;
  region: string;
  /** The instance profile the instance has now (its name), if any. */
  current: string | undefined;
  onDismiss: () => void;
}

export function ModifyIamRoleModal({
  instanceId,
  region,
  current,
  onDismiss,
}: ModifyIamRoleModalProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const profiles = useQuery(instanceProfilesQuery(caller));
  const modify = useModifyIamRole();
  const [choice, setChoice] = useState(current ?? '');
  const options = [
    NO_ROLE,
    ...(profiles.data ?? []).map((p) => ({
      value: p.instanceProfileName,
      label: p.instanceProfileName,
      description: p.arn,
    })),
  ];
  const denied = deniedCallOf(modify.error);
  const listDenied = profiles.error
    ? deniedCallOf(profiles.error)
      ? 'You are not authorized to perform this operation.'
      : profiles.error.message
    : undefined;

  const update = () =>
    modify.mutate(
      {
        caller,
        instanceId,
        region,
        hasProfile: current !== undefined,
        profileName: choice || undefined,
      },
      {
        onSuccess: () => {
          pushFlash({
            type: 'success',
            header: choice
              ? `Successfully attached ${choice} to instance ${instanceId}`
              : `Successfully detached the IAM role from instance ${instanceId}`,
          });
          onDismiss();
        },
      },
    );

  return (
    <Modal
      visible
      header="Modify IAM role"
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={modify.isPending}
              disabled={choice === (current ?? '')}
              onClick={update}
            >
              Update IAM role
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          Attach an IAM role to your instance. Instance ID: <b>{instanceId}</b>
        </Box>
        {modify.error && (
          <Alert type="error" header="Failed to modify the IAM role">
            {denied ? <Ec2DenialDetails error={denied} /> : modify.error.message}
          </Alert>
        )}
        <FormField
          label="IAM role"
          description="Select an IAM role to attach to your instance or create a new role if you haven't created any. The role you select replaces any roles that are currently attached to your instance."
          errorText={listDenied}
        >
          <Select
            selectedOption={options.find((o) => o.value === choice) ?? NO_ROLE}
            options={options}
            statusType={profiles.isPending && !profiles.error ? 'loading' : 'finished'}
            ariaLabel="IAM role"
            onChange={({ detail }) => setChoice(detail.selectedOption.value ?? '')}
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
