// The completion summary: steps done, hints used and the time the walkthrough took.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ActiveWalkthrough } from '@/queries/walkthroughs';

export interface WalkthroughSummaryProps {
  active: ActiveWalkthrough;
  onExit: () => void;
}

/** "4 min 12 s", "1 h 3 min", "35 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const min = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h} h ${min} min`;
  if (min > 0) return `${min} min ${s} s`;
  return `${s} s`;
}

export function WalkthroughSummary({ active, onExit }: WalkthroughSummaryProps) {
  const { progress, walkthrough } = active;
  const done = progress.steps.filter((s) => s.doneAt).length;
  const hints = progress.steps.reduce((sum, s) => sum + s.hintsShown, 0);
  const end = progress.completedAt ?? new Date().toISOString();
  return (
    <SpaceBetween size="m">
      <StatusIndicator type="success">Walkthrough complete</StatusIndicator>
      <KeyValuePairs
        columns={1}
        items={[
          { label: 'Steps completed', value: `${done} of ${walkthrough.steps.length}` },
          { label: 'Hints used', value: String(hints) },
          {
            label: 'Time taken',
            value: formatDuration(Date.parse(end) - Date.parse(progress.startedAt)),
          },
        ]}
      />
      <Box variant="p">The lab stays as you left it. Load a scenario to start over.</Box>
      <Button onClick={onExit}>Exit walkthrough</Button>
    </SpaceBetween>
  );
}
