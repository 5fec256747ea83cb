// A user's Security credentials tab: console sign-in (enable, manage, disable), MFA devices and
// access keys.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { accountAliasesQuery, signInUrl } from '@/queries/iam-account-settings';
import { accessKeysQuery, mfaDevicesQuery } from '@/queries/iam-credentials';
import type { Tag } from '@/queries/types';
import { useCaller } from '@/state/acting-identity-store';
import { paths } from '@/paths';
import { formatConsoleDate } from '@/ui/format';
import { RouteLink } from '@/ui/route-link';
import { AccessKeysSection } from './access-keys-section';
import { EnableConsoleAccessModal } from './enable-console-access-modal';
import { ManageConsoleAccessModal } from './manage-console-access-modal';
import { MfaSection } from './mfa-section';
import { UpdateConsolePasswordModal } from './update-console-password-modal';

export interface SecurityCredentialsTabProps {
  userName: string;
  /** undefined: not readable by the caller. */
  consoleAccess?: boolean;
  passwordCreateDate?: string;
  passwordResetRequired?: boolean;
  attachedPolicyArns: readonly string[];
  tags: readonly Tag[];
}

export function SecurityCredentialsTab(props: SecurityCredentialsTabProps) {
  const caller = useCaller();
  const aliases = useQuery(accountAliasesQuery(caller));
  const keys = useQuery(accessKeysQuery(caller, props.userName));
  const devices = useQuery(mfaDevicesQuery(caller, props.userName));
  const [dialog, setDialog] = useState<'enable' | 'manage' | 'own-password'>();
  // A user looking at their own credentials changes the password themselves (iam:ChangePassword).
  const own = caller.kind === 'user' && caller.userName === props.userName;
  const url = signInUrl(caller.accountId, aliases.data?.[0]);

  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header
            variant="h2"
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                {own && props.consoleAccess !== false && (
                  <Button onClick={() => setDialog('own-password')}>Update console password</Button>
                )}
                <Button
                  disabled={props.consoleAccess === undefined}
                  onClick={() => setDialog(props.consoleAccess ? 'manage' : 'enable')}
                >
                  {props.consoleAccess ? 'Manage console access' : 'Enable console access'}
                </Button>
              </SpaceBetween>
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
              value: (
                <SpaceBetween size="xxs">
                  <CopyToClipboard
                    variant="inline"
                    textToCopy={url}
                    copyButtonAriaLabel="Copy console sign-in link"
                    copySuccessText="Console sign-in link copied"
                    copyErrorText="Console sign-in link failed to copy"
                  />
                  <RouteLink to={paths.signIn(aliases.data?.[0] ?? caller.accountId)}>
                    Open the lab&apos;s sign-in page
                  </RouteLink>
                </SpaceBetween>
              ),
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
      <MfaSection
        userName={props.userName}
        {...(devices.data && { devices: devices.data })}
        loadError={devices.error ?? undefined}
      />
      <AccessKeysSection
        userName={props.userName}
        {...(keys.data && { keys: keys.data })}
        loadError={keys.error ?? undefined}
        tags={props.tags}
      />
      {dialog === 'enable' && (
        <EnableConsoleAccessModal
          userName={props.userName}
          attachedPolicyArns={props.attachedPolicyArns}
          signInUrl={url}
          onDismiss={() => setDialog(undefined)}
        />
      )}
      {dialog === 'own-password' && (
        <UpdateConsolePasswordModal onDismiss={() => setDialog(undefined)} />
      )}
      {dialog === 'manage' && (
        <ManageConsoleAccessModal
          userName={props.userName}
          signInUrl={url}
          passwordResetRequired={props.passwordResetRequired ?? false}
          attachedPolicyArns={props.attachedPolicyArns}
          onDismiss={() => setDialog(undefined)}
        />
      )}
    </SpaceBetween>
  );
}
