// What one action changed: each record, expandable to its JSON before and after (as text).
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TimelineChange } from '@/queries/types';

/** How many changes an action shows before the rest fold away. */
const SHOWN = 3;

const JSON_STYLE = {
  fontFamily: 'Monaco, Menlo, Consolas, "Courier New", monospace',
  fontSize: 12,
  margin: 0,
  maxHeight: 320,
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
} as const;

function JsonText({ label, json }: { label: string; json: string | null }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      {json === null ? (
        <Box color="text-status-inactive">(none)</Box>
      ) : (
        <pre aria-label={label} style={JSON_STYLE}>
          {json}
        </pre>
      )}
    </div>
  );
}

function ChangeItem({ change }: { change: TimelineChange }) {
  return (
    <ExpandableSection headerText={`${change.kind}: ${change.resource}`}>
      <ColumnLayout columns={2}>
        {[
          <JsonText key="before" label="Before" json={change.before} />,
          <JsonText key="after" label="After" json={change.after} />,
        ]}
      </ColumnLayout>
    </ExpandableSection>
  );
}

export interface TimelineChangesProps {
  changes: readonly TimelineChange[];
}

export function TimelineChanges({ changes }: TimelineChangesProps) {
  const items = changes.map((change, i) => <ChangeItem key={i} change={change} />);
  if (items.length <= SHOWN) return <SpaceBetween size="xxs">{items}</SpaceBetween>;
  return (
    <SpaceBetween size="xxs">
      {[
        ...items.slice(0, SHOWN),
        <ExpandableSection key="more" headerText={`${items.length - SHOWN} more changes`}>
          <SpaceBetween size="xxs">{items.slice(SHOWN)}</SpaceBetween>
        </ExpandableSection>,
      ]}
    </SpaceBetween>
  );
}
