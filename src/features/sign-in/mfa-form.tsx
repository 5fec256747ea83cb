// The second screen for a user with an MFA device: the authenticator app's current code.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { useSignIn } from '@/queries/iam-account-settings';
import type { UserCaller } from '@/queries/types';
import type { Credentials } from './credentials-form';

export interface MfaFormProps {
  credentials: Credentials;
  onCancel: () => void;
  onPasswordChangeRequired: (caller: UserCaller, reason: 'reset' | 'expired') => void;
  onSignedIn: (caller: UserCaller) => void;
}

export function MfaForm(props: MfaFormProps) {
  const signIn = useSignIn();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<string>();

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setFailure(undefined);
    const result = await signIn.mutateAsync({ ...props.credentials, mfaCode: code });
    if (result.status === 'failed') setFailure(result.message);
    else if (result.status === 'password-change-required') {
      props.onPasswordChangeRequired(result.caller, result.reason);
    } else if (result.status === 'signed-in') props.onSignedIn(result.caller);
    else setFailure('Enter the code from your MFA device.');
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" formAction="none" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              formAction="submit"
              loading={signIn.isPending}
              disabled={code.trim() === ''}
            >
              Submit
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="m">
          {failure && <Alert type="error">{failure}</Alert>}
          <Box variant="p">
            Your account is secured using multi-factor authentication (MFA). To finish signing in,
            turn on or view your MFA device and type the authentication code below.
          </Box>
          <FormField label="MFA code">
            <Input
              value={code}
              ariaLabel="MFA code"
              inputMode="numeric"
              autoComplete="one-time-code"
              onChange={(e) => setCode(e.detail.value)}
            />
          </FormField>
        </SpaceBetween>
      </Form>
    </form>
  );
}
