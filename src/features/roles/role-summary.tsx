// The Summary panel of a role's page, with "Edit" for the description and maximum session duration.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { paths } from '@/paths';
import type { RoleSummary as RoleSummaryData } from '@/queries/types';
import { formatAge, formatConsoleDate } from '@/ui/format';
import { RouteLink } from '@/ui/route-link';

export interface RoleSummaryProps {
  summary: RoleSummaryData;
  onEdit: () => void;
}

/** "1 hour", "12 hours", "1 hour 30 minutes". */
export function formatDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const parts = [];
  if (hours > 0) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  return parts.join(' ') || `${seconds} seconds`;
}

function copyable(text: string, what: string) {
  return (
    <CopyToClipboard
      variant="inline"
      textToCopy={text}
      copyButtonAriaLabel={`Copy ${what}`}
      copySuccessText={`${what} copied`}
      copyErrorText={`${what} failed to copy`}
    />
  );
}

export function RoleSummary({ summary, onEdit }: RoleSummaryProps) {
  const { role } = summary;
  const switchUrl = `https://signin.aws.amazon.com/switchrole?roleName=${encodeURIComponent(role.roleName)}&account=${role.arn.split(':')[4] ?? ''}`;
  const editable = !role.serviceLinkedService;
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            editable ? (
              <Button onClick={onEdit} ariaLabel="Edit role summary">
                Edit
              </Button>
            ) : undefined
          }
        >
          Summary
        </Header>
      }
    >
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Creation date', value: formatConsoleDate(role.createDate) },
          { label: 'ARN', value: copyable(role.arn, 'ARN') },
          {
            label: 'Instance profile ARN',
            value: summary.instanceProfileArns?.[0]
              ? copyable(summary.instanceProfileArns[0], 'Instance profile ARN')
              : '-',
          },
          {
            label: 'Link to switch roles in console',
            value: (
              <RouteLink
                to={paths.switchRole({
                  account: role.arn.split(':')[4],
                  roleName: role.roleName,
                })}
              >
                {switchUrl}
              </RouteLink>
            ),
          },
          {
            label: 'Last activity',
            value: summary.lastActivity
              ? formatAge(summary.lastActivity)
              : 'Not accessed in the tracking period',
          },
          { label: 'Maximum session duration', value: formatDuration(role.maxSessionDuration) },
          { label: 'Description', value: role.description || '-' },
        ]}
      />
    </Container>
  );
}
