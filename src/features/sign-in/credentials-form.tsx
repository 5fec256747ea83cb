// The first screen of "IAM user sign in": account, user name, password.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { useSignIn } from '@/queries/iam-account-settings';
import type { UserCaller } from '@/queries/types';

export interface Credentials {
  account: string;
  userName: string;
  password: string;
}

export interface CredentialsFormProps {
  initialAccount: string;
  onMfaRequired: (credentials: Credentials) => void;
  onPasswordChangeRequired: (
    caller: UserCaller,
    reason: 'reset' | 'expired',
    account: string,
  ) => void;
  onSignedIn: (caller: UserCaller) => void;
}

const REMEMBER_KEY = 'iam-console-lab.signin-account';

function remembered(): string {
  try {
    return window.localStorage.getItem(REMEMBER_KEY) ?? '';
  } catch {
    return '';
  }
}

function remember(account: string | undefined) {
  try {
    if (account) window.localStorage.setItem(REMEMBER_KEY, account);
    else window.localStorage.removeItem(REMEMBER_KEY);
  } catch {
    // Storage disabled: nothing to remember.
  }
}

export function CredentialsForm(props: CredentialsFormProps) {
  const signIn = useSignIn();
  const [account, setAccount] = useState(() => props.initialAccount || remembered());
  const [rememberAccount, setRememberAccount] = useState(() => remembered() !== '');
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setFailure(undefined);
    const credentials = { account, userName, password };
    const result = await signIn.mutateAsync(credentials);
    remember(rememberAccount ? account : undefined);
    if (result.status === 'failed') setFailure(result.message);
    else if (result.status === 'mfa-required') props.onMfaRequired(credentials);
    else if (result.status === 'password-change-required') {
      props.onPasswordChangeRequired(result.caller, result.reason, account);
    } else props.onSignedIn(result.caller);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <Form
        actions={
          <Button
            variant="primary"
            formAction="submit"
            loading={signIn.isPending}
            disabled={!account || !userName || !password}
          >
            Sign in
          </Button>
        }
      >
        <SpaceBetween size="m">
          {failure && <Alert type="error">{failure}</Alert>}
          <FormField label="Account ID or alias" description="12 digits, or the account alias">
            <Input
              value={account}
              ariaLabel="Account ID or alias"
              autoComplete="username"
              onChange={(e) => setAccount(e.detail.value)}
            />
          </FormField>
          <Checkbox
            checked={rememberAccount}
            onChange={(e) => setRememberAccount(e.detail.checked)}
          >
            Remember this account
          </Checkbox>
          <FormField label="IAM username">
            <Input
              value={userName}
              ariaLabel="IAM username"
              onChange={(e) => setUserName(e.detail.value)}
            />
          </FormField>
          <FormField label="Password">
            <Input
              value={password}
              type={showPassword ? 'text' : 'password'}
              ariaLabel="Password"
              autoComplete="current-password"
              onChange={(e) => setPassword(e.detail.value)}
            />
          </FormField>
          <Checkbox checked={showPassword} onChange={(e) => setShowPassword(e.detail.checked)}>
            Show Password
          </Checkbox>
        </SpaceBetween>
      </Form>
    </form>
  );
}
