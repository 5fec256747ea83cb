// "Change password" at sign-in: the user's own iam:ChangePassword call, made as that user, under
// the account password policy.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  passwordPolicyQuery,
  passwordRules,
  passwordViolations,
  useChangePassword,
} from '@/queries/iam-account-settings';
import type { UserCaller } from '@/queries/types';
import { ApiErrorAlert } from '@/ui/api-error-alert';

export interface ChangePasswordFormProps {
  caller: UserCaller;
  account: string;
  reason: 'reset' | 'expired';
  onChanged: () => void;
}

export function ChangePasswordForm({
  caller,
  account,
  reason,
  onChanged,
}: ChangePasswordFormProps) {
  const change = useChangePassword();
  // Read as the user: IAMUserChangePassword allows it; without the permission the default rules show.
  const policy = useQuery({ ...passwordPolicyQuery(caller), retry: false });
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>();
  const broken = tried ? passwordViolations(newPassword, policy.data) : [];
  const mismatch = tried && confirm !== newPassword;

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setTried(true);
    setError(undefined);
    if (passwordViolations(newPassword, policy.data).length > 0 || confirm !== newPassword) return;
    try {
      await change.mutateAsync({ caller, oldPassword, newPassword });
      onChanged();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <Form
        actions={
          <Button variant="primary" formAction="submit" loading={change.isPending}>
            Confirm password change
          </Button>
        }
      >
        <SpaceBetween size="m">
          <Box variant="p">
            {reason === 'reset'
              ? 'You must change your password to continue.'
              : 'Your password has expired. You must change your password to continue.'}
          </Box>
          <KeyValuePairs
            columns={2}
            items={[
              { label: 'AWS account', value: account },
              { label: 'IAM user name', value: caller.userName },
            ]}
          />
          {error ? <ApiErrorAlert error={error} header="Failed to change your password" /> : null}
          <FormField label="Old password">
            <Input
              type="password"
              value={oldPassword}
              ariaLabel="Old password"
              onChange={(e) => setOldPassword(e.detail.value)}
            />
          </FormField>
          <FormField
            label="New password"
            constraintText={passwordRules(policy.data).join('. ')}
            errorText={broken.length > 0 ? broken.join('. ') : undefined}
          >
            <Input
              type="password"
              value={newPassword}
              ariaLabel="New password"
              onChange={(e) => setNewPassword(e.detail.value)}
            />
          </FormField>
          <FormField
            label="Retype new password"
            errorText={mismatch ? 'The passwords do not match.' : undefined}
          >
            <Input
              type="password"
              value={confirm}
              ariaLabel="Retype new password"
              onChange={(e) => setConfirm(e.detail.value)}
            />
          </FormField>
        </SpaceBetween>
      </Form>
    </form>
  );
}
