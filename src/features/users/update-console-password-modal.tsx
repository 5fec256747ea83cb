// A signed-in IAM user's own "Update console password": ChangePassword as that user, allowed by
// IAMUserChangePassword or by the password policy's "Allow users to change their own password".
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useChangePassword } from '@/queries/iam-account-settings';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { PasswordChangeFields } from '@/ui/password-change-fields';
import { usePasswordPolicy } from './use-password-policy';

export interface UpdateConsolePasswordModalProps {
  onDismiss: () => void;
}

export function UpdateConsolePasswordModal({ onDismiss }: UpdateConsolePasswordModalProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const change = useChangePassword();
  const rules = usePasswordPolicy();
  const [values, setValues] = useState({ oldPassword: '', newPassword: '', confirm: '' });
  const { oldPassword, newPassword, confirm } = values;
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
        <PasswordChangeFields
          values={values}
          onChange={setValues}
          oldLabel="Current password"
          confirmLabel="Confirm new password"
          rules={rules.rules}
          {...(ruleError && { ruleError })}
          mismatch={mismatch}
        />
        {error ? <ApiErrorAlert error={error} header="Failed to update your password" /> : null}
      </SpaceBetween>
    </Modal>
  );
}
