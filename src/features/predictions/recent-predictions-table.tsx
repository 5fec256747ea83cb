// The Predictions page's list of recent guesses, newest first.
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { PredictionEntry } from '@/queries/predictions';
import { formatConsoleDate } from '@/ui/format';
import { TableEmptyState } from '@/ui/table-states';
import { decisionLabel } from './decision-choices';
import { MISCONCEPTION_TEXT } from './misconception-text';

export interface RecentPredictionsTableProps {
  entries: readonly PredictionEntry[];
  loading: boolean;
}

export function RecentPredictionsTable({ entries, loading }: RecentPredictionsTableProps) {
  return (
    <Table<PredictionEntry>
      header={<Header counter={`(${entries.length})`}>Recent predictions</Header>}
      items={[...entries]}
      loading={loading}
      loadingText="Loading predictions"
      variant="container"
      wrapLines
      empty={
        <TableEmptyState
          title="No predictions"
          subtitle="Turn predict mode on, then act in the console: each action asks first."
        />
      }
      columnDefinitions={[
        { id: 'time', header: 'Time', cell: (e) => formatConsoleDate(e.time) },
        { id: 'action', header: 'Action', cell: (e) => e.action },
        { id: 'resource', header: 'Resource', cell: (e) => e.resource },
        {
          id: 'predicted',
          header: 'Predicted',
          minWidth: 110,
          cell: (e) => decisionLabel(e.predicted),
        },
        { id: 'actual', header: 'Actual', minWidth: 110, cell: (e) => decisionLabel(e.actual) },
        {
          id: 'result',
          header: 'Result',
          minWidth: 100,
          cell: (e) => (
            <StatusIndicator type={e.correct ? 'success' : 'error'}>
              {e.correct ? 'Right' : 'Wrong'}
            </StatusIndicator>
          ),
        },
        {
          id: 'tags',
          header: 'Misconceptions',
          cell: (e) =>
            e.tags.length === 0 ? '-' : e.tags.map((t) => MISCONCEPTION_TEXT[t].title).join('; '),
        },
      ]}
    />
  );
}
