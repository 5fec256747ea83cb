// A user's Security credentials tab, as far as the lab goes: console sign-in (enable and disable).
// TODO(#4): MFA devices and access keys.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useDeleteLoginProfile } from '@/queries/iam-users';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { formatConsoleDate } from '@/ui/format';
import { EnableConsoleAccessModal } from './enable-console-access-modal';

export interface SecurityCredentialsTabProps {
  userName: string;
  /** undefined: not readable by the caller. */
  consoleAccess?: boolean;
  passwordCreateDate?: string;
  attachedPolicyArns: readonly string[];
}

export function SecurityCredentialsTab(props: SecurityCredentialsTabProps) {
  const caller = useCaller();
  const disable = useDeleteLoginProfile();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [enabling, setEnabling] = useState(false);
  const [error, setError] = useState<unknown>();

  async function onDisable() {
    setError(undefined);
    try {
      await disable.mutateAsync({ caller, userName: props.userName });
      pushFlash({ type: 'success', header: 'Console access disabled.' });
    } catch (err) {
      setError(err);
    }
  }

  return (
    <SpaceBetween size="m">
      {error ? <ApiErrorAlert error={error} header="Failed to disable console access" /> : null}
      <Container
        header={
          <Header
            variant="h2"
            actions={
              props.consoleAccess ? (
                <Button loading={disable.isPending} onClick={() => void onDisable()}>
                  Disable console access
                </Button>
              ) : (
                <Button
                  disabled={props.consoleAccess === undefined}
                  onClick={() => setEnabling(true)}
                >
                  Enable console access
                </Button>
              )
            }
          >
            Console sign-in
          </Header>
        }
      >
        <KeyValuePairs
          columns={2}
          items={[
            {
              label: 'Console sign-in link',
              value: `https://${caller.accountId}.signin.aws.amazon.com/console`,
            },
            {
              label: 'Console password',
              value:
                props.consoleAccess === undefined
                  ? '-'
                  : props.consoleAccess
                    ? `Updated ${formatConsoleDate(props.passwordCreateDate)}`
                    : 'Not enabled',
            },
          ]}
        />
      </Container>
      {enabling && (
        <EnableConsoleAccessModal
          userName={props.userName}
          attachedPolicyArns={props.attachedPolicyArns}
          onDismiss={() => setEnabling(false)}
        />
      )}
    </SpaceBetween>
  );
}
