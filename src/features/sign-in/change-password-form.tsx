// "Change password" at sign-in: the user's own iam:ChangePassword call, made as that user, under
// the account password policy.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
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
import { PasswordChangeFields } from '@/ui/password-change-fields';

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
  const [values, setValues] = useState({ oldPassword: '', newPassword: '', confirm: '' });
  const { oldPassword, newPassword, confirm } = values;
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
          <PasswordChangeFields
            values={values}
            onChange={setValues}
            oldLabel="Old password"
            confirmLabel="Retype new password"
            rules={passwordRules(policy.data)}
            {...(broken.length > 0 && { ruleError: broken.join('. ') })}
            mismatch={mismatch}
          />
        </SpaceBetween>
      </Form>
    </form>
  );
}
