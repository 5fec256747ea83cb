// The request context panel's "Recent requests": which condition keys each call sent, with values.
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { ContextValue } from '@/iam';
import type { CallRecord } from '@/queries/types';
import { formatConsoleDate } from '@/ui/format';

export interface RecentCallContextsTableProps {
  calls: readonly CallRecord[];
  loading: boolean;
}

function valueText(value: ContextValue): string {
  return Array.isArray(value) ? `[${value.map(String).join(', ')}]` : String(value);
}

/** CloudTrail's user name: the IAM user, "root", or the role session's name. */
function userOf(call: CallRecord): string {
  if (call.userName) return call.userName;
  if (call.principalType === 'Root') return 'root';
  return call.principalArn.split('/').slice(1).join('/');
}

export function RecentCallContextsTable({ calls, loading }: RecentCallContextsTableProps) {
  return (
    <Table<CallRecord>
      variant="container"
      header={
        <Header
          variant="h2"
          counter={`(${calls.length})`}
          description="The newest requests first, with every context key each one sent."
        >
          Recent requests
        </Header>
      }
      loading={loading}
      loadingText="Loading requests"
      items={[...calls]}
      trackBy={(c) => String(c.id)}
      wrapLines
      columnDefinitions={[
        { id: 'time', header: 'Event time', cell: (c) => formatConsoleDate(c.time) },
        { id: 'name', header: 'Event name', cell: (c) => c.eventName },
        { id: 'user', header: 'User name', cell: userOf },
        { id: 'action', header: 'Action', cell: (c) => c.action },
        {
          id: 'keys',
          header: 'Context keys sent',
          cell: (c) => (
            <Box variant="code" fontSize="body-s">
              {Object.entries(c.context).map(([key, value]) => (
                <div key={key}>{`${key}=${valueText(value)}`}</div>
              ))}
            </Box>
          ),
        },
      ]}
      empty={
        <Box textAlign="center" color="inherit">
          No requests yet.
        </Box>
      }
    />
  );
}
