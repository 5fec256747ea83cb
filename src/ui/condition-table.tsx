// The conditions of one statement as the engine evaluated them: key, operator, the policy's values
// and the request's. A key the request did not have is flagged, never hidden.
import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { ConditionTrace } from '@/iam';

export interface ConditionTableProps {
  conditions: readonly ConditionTrace[];
}

const list = (values: ReadonlyArray<string | null>) =>
  values.map((v) => (v === null ? '(no value)' : v)).join(', ');

export function ConditionTable({ conditions }: ConditionTableProps) {
  return (
    <Table<ConditionTrace>
      variant="embedded"
      items={[...conditions]}
      wrapLines
      columnDefinitions={[
        { id: 'key', header: 'Condition key', cell: (c) => <Box variant="code">{c.key}</Box> },
        { id: 'operator', header: 'Operator', cell: (c) => c.operator },
        { id: 'policy', header: 'Policy values', cell: (c) => list(c.policyValues) },
        {
          id: 'request',
          header: 'Request values',
          cell: (c) =>
            c.requestValues === null ? (
              <StatusIndicator type="warning">Missing from the request</StatusIndicator>
            ) : c.requestValues.length === 0 ? (
              '(empty)'
            ) : (
              list(c.requestValues)
            ),
        },
        {
          id: 'result',
          header: 'Result',
          cell: (c) => (
            <StatusIndicator type={c.matched ? 'success' : 'error'}>
              {c.matched ? 'Matches' : 'Does not match'}
            </StatusIndicator>
          ),
        },
        { id: 'note', header: 'Note', cell: (c) => c.note ?? '-' },
      ]}
      empty="This statement has no conditions."
    />
  );
}
