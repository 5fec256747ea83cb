// "Security recommendations": what the lab's state calls for, each with its status.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useNavigate } from 'react-router';
import type { SecurityRecommendations as Recommendations } from '@/queries/types';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { RouteLink } from '@/ui/route-link';
import { paths } from '@/paths';

export interface SecurityRecommendationsProps {
  data?: Recommendations;
  /** Root may add its own MFA device ("Add MFA"); IAM users cannot. */
  canAddRootMfa: boolean;
  loading: boolean;
  error?: unknown;
}

interface Item {
  id: string;
  ok: boolean;
  title: string;
  text: string;
  users?: string[];
}

function items(data: Recommendations): Item[] {
  const list: Item[] = [
    {
      id: 'root-mfa',
      ok: data.rootMfa,
      title: data.rootMfa ? 'Root user has MFA' : 'Add MFA for root user',
      text: data.rootMfa
        ? 'Having multi-factor authentication (MFA) for the root user improves security for this account.'
        : 'Add MFA for root user - Enable multi-factor authentication (MFA) for the root user to improve security for this account.',
    },
    {
      id: 'root-keys',
      ok: data.rootAccessKeys === 0,
      title:
        data.rootAccessKeys === 0
          ? 'Root user has no active access keys'
          : 'Deactivate or delete access keys for root user',
      text: 'Using access keys attached to an IAM user instead of the root user improves security.',
    },
    {
      id: 'users-mfa',
      ok: data.usersWithoutMfa.length === 0,
      title:
        data.usersWithoutMfa.length === 0
          ? 'IAM users with console access have MFA'
          : `Add MFA for ${data.usersWithoutMfa.length} IAM user${data.usersWithoutMfa.length === 1 ? '' : 's'}`,
      text: 'Users who sign in to the console with a password should also use an MFA device.',
      users: data.usersWithoutMfa,
    },
    {
      id: 'unused',
      ok: data.usersWithUnusedCredentials.length === 0,
      title:
        data.usersWithUnusedCredentials.length === 0
          ? 'No unused credentials'
          : `Remove unused credentials of ${data.usersWithUnusedCredentials.length} IAM user${data.usersWithUnusedCredentials.length === 1 ? '' : 's'}`,
      text: 'Passwords and active access keys not used for 90 days or more should be removed or deactivated.',
      users: data.usersWithUnusedCredentials,
    },
    {
      id: 'direct-policies',
      ok: data.usersWithDirectPolicies.length === 0,
      title:
        data.usersWithDirectPolicies.length === 0
          ? 'IAM users get their permissions through groups'
          : `Move the policies of ${data.usersWithDirectPolicies.length} IAM user${data.usersWithDirectPolicies.length === 1 ? '' : 's'} to groups`,
      text: 'Attach policies to user groups rather than to users, so permissions follow job functions.',
      users: data.usersWithDirectPolicies,
    },
  ];
  return list;
}

export function SecurityRecommendations({
  data,
  loading,
  error,
  canAddRootMfa,
}: SecurityRecommendationsProps) {
  const navigate = useNavigate();
  return (
    <Container header={<Header variant="h2">Security recommendations</Header>}>
      {error ? (
        <ApiErrorAlert error={error} />
      ) : loading || !data ? (
        <Spinner />
      ) : (
        <SpaceBetween size="m">
          {items(data).map((item) => (
            <div key={item.id} data-testid={`recommendation-${item.id}`}>
              <SpaceBetween direction="horizontal" size="s" alignItems="center">
                <StatusIndicator type={item.ok ? 'success' : 'warning'}>
                  {item.title}
                </StatusIndicator>
                {item.id === 'root-mfa' && !item.ok && canAddRootMfa && (
                  <Button onClick={() => navigate(paths.assignRootMfaDevice())}>Add MFA</Button>
                )}
              </SpaceBetween>
              <Box variant="p" color="text-body-secondary" padding={{ left: 'l' }}>
                {item.text}
              </Box>
              {!item.ok && item.users && (
                <Box padding={{ left: 'l' }}>
                  <SpaceBetween direction="horizontal" size="xs">
                    {item.users.map((name) => (
                      <RouteLink key={name} to={paths.user(name, 'security_credentials')}>
                        {name}
                      </RouteLink>
                    ))}
                  </SpaceBetween>
                </Box>
              )}
            </div>
          ))}
        </SpaceBetween>
      )}
    </Container>
  );
}
