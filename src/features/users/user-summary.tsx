// The Summary panel of a user's page.
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { AccessKeyMetadata, User } from '@/queries/types';
import { paths } from '@/paths';
import { formatAge, formatConsoleDate } from '@/ui/format';
import { RouteLink } from '@/ui/route-link';

export interface UserSummaryProps {
  user: User;
  /** undefined while unknown or not readable by the caller. */
  consoleAccess?: boolean;
  /** undefined while unknown. */
  mfaDeviceCount?: number;
  accessKeys?: readonly AccessKeyMetadata[];
}

function keyText(key: AccessKeyMetadata): string {
  return `${key.accessKeyId} - ${key.status}. Created ${formatAge(key.createDate).toLowerCase()}.`;
}

export function UserSummary({ user, consoleAccess, mfaDeviceCount, accessKeys }: UserSummaryProps) {
  return (
    <Container header={<Header variant="h2">Summary</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          {
            label: 'ARN',
            value: (
              <CopyToClipboard
                variant="inline"
                textToCopy={user.arn}
                copyButtonAriaLabel="Copy ARN"
                copySuccessText="ARN copied"
                copyErrorText="ARN failed to copy"
              />
            ),
          },
          {
            label: 'Console access',
            value:
              consoleAccess === undefined ? (
                '-'
              ) : consoleAccess && mfaDeviceCount ? (
                <StatusIndicator type="success">Enabled with MFA</StatusIndicator>
              ) : consoleAccess ? (
                <StatusIndicator type="warning">Enabled without MFA</StatusIndicator>
              ) : (
                'Disabled'
              ),
          },
          {
            label: 'Access key 1',
            value: !accessKeys ? (
              '-'
            ) : accessKeys[0] ? (
              keyText(accessKeys[0])
            ) : (
              <RouteLink to={paths.createAccessKey(user.userName)}>Create access key</RouteLink>
            ),
          },
          ...(accessKeys?.[1] ? [{ label: 'Access key 2', value: keyText(accessKeys[1]) }] : []),
          { label: 'Created', value: formatConsoleDate(user.createDate) },
          {
            label: 'Last console sign-in',
            value: user.passwordLastUsed ? formatAge(user.passwordLastUsed) : '-',
          },
        ]}
      />
    </Container>
  );
}
