// The Summary's "Edit": the role's description and its maximum session duration (1 to 12 hours).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { useUpdateRole } from '@/queries/iam-roles';
import type { Role } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';

export interface EditRoleModalProps {
  role: Role;
  onDismiss: () => void;
}

const PRESETS = [1, 2, 4, 8, 12].map((h) => ({
  value: String(h * 3600),
  label: `${h} hour${h === 1 ? '' : 's'}`,
}));
const CUSTOM = { value: 'custom', label: 'Custom duration' };

export function EditRoleModal({ role, onDismiss }: EditRoleModalProps) {
  const caller = useCaller();
  const update = useUpdateRole();
  const pushFlash = useFlash((s) => s.pushFlash);
  const preset = PRESETS.find((p) => p.value === String(role.maxSessionDuration));
  const [choice, setChoice] = useState(preset ?? CUSTOM);
  const [custom, setCustom] = useState(String(role.maxSessionDuration));
  const [description, setDescription] = useState(role.description);
  const [error, setError] = useState<unknown>();
  const seconds = choice.value === 'custom' ? Number(custom) : Number(choice.value);
  const durationError =
    !Number.isInteger(seconds) || seconds < 3600 || seconds > 43200
      ? 'Enter a duration from 3600 to 43200 seconds (1 to 12 hours).'
      : undefined;

  async function onSave() {
    setError(undefined);
    try {
      await update.mutateAsync({
        caller,
        roleName: role.roleName,
        description,
        maxSessionDuration: seconds,
      });
      pushFlash({ type: 'success', header: `Role ${role.roleName} updated.` });
      onDismiss();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Modal
      visible
      header={`Edit ${role.roleName}`}
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={durationError !== undefined}
              loading={update.isPending}
              onClick={() => void onSave()}
            >
              Save changes
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Description" constraintText="Maximum 1000 characters.">
          <Textarea
            ariaLabel="Description"
            value={description}
            onChange={(e) => setDescription(e.detail.value)}
          />
        </FormField>
        <FormField
          label="Maximum session duration"
          description="Choose the maximum time a session of this role can last: from 1 to 12 hours."
        >
          <Select
            ariaLabel="Maximum session duration"
            selectedOption={choice}
            options={[...PRESETS, CUSTOM]}
            onChange={(e) => {
              const o = e.detail.selectedOption;
              setChoice({ value: o.value ?? '3600', label: o.label ?? '' });
            }}
          />
        </FormField>
        {choice.value === 'custom' && (
          <FormField label="Custom duration (seconds)" errorText={durationError}>
            <Input
              ariaLabel="Custom duration (seconds)"
              type="number"
              value={custom}
              onChange={(e) => setCustom(e.detail.value)}
            />
          </FormField>
        )}
        {error ? <ApiErrorAlert error={error} header="Failed to update the role" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
