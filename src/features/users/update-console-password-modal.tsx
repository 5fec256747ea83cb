// A signed-in IAM user's own "Update console password": ChangePassword as that user, allowed by
// IAMUserChangePassword or by the password policy's "Allow users to change their own password".
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useChangePassword } from '@/queries/iam-account-settings';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePasswordPolicy } from './use-password-policy';

export interface UpdateConsolePasswordModalProps {
  onDismiss: () => void;
}

export function UpdateConsolePasswordModal({ onDismiss }: UpdateConsolePasswordModalProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const change = useChangePassword();
  const rules = usePasswordPolicy();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>();
  const ruleError = tried ? rules.errorFor(newPassword) : undefined;
  const mismatch = tried && confirm !== newPassword;

  async function onSave() {
    setTried(true);
    setError(undefined);
    if (rules.errorFor(newPassword) || confirm !== newPassword) return;
    try {
      await change.mutateAsync({ caller, oldPassword, newPassword });
      pushFlash({ type: 'success', header: 'Your console password was updated.' });
      onDismiss();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Modal
      visible
      header="Update console password"
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={change.isPending} onClick={() => void onSave()}>
              Update password
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <FormField label="Current password">
          <Input
            type="password"
            value={oldPassword}
            ariaLabel="Current password"
            onChange={(e) => setOldPassword(e.detail.value)}
          />
        </FormField>
        <FormField
          label="New password"
          constraintText={rules.rules.join('. ')}
          errorText={ruleError}
        >
          <Input
            type="password"
            value={newPassword}
            ariaLabel="New password"
            onChange={(e) => setNewPassword(e.detail.value)}
          />
        </FormField>
        <FormField
          label="Confirm new password"
          errorText={mismatch ? 'The passwords do not match.' : undefined}
        >
          <Input
            type="password"
            value={confirm}
            ariaLabel="Confirm new password"
            onChange={(e) => setConfirm(e.detail.value)}
          />
        </FormField>
        {error ? <ApiErrorAlert error={error} header="Failed to update your password" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
