// What a console table shows when it has no rows, or none that match the search.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import type { ReactNode } from 'react';

export interface TableEmptyStateProps {
  title?: string;
  subtitle?: string;
  action?: ReactNode;
}

export function TableEmptyState({
  title = 'No resources to display',
  subtitle,
  action,
}: TableEmptyStateProps) {
  return (
    <Box textAlign="center" color="inherit">
      <Box variant="strong" display="block" textAlign="center" color="inherit">
        {title}
      </Box>
      {subtitle && (
        <Box variant="p" padding={{ bottom: 's' }} color="inherit">
          {subtitle}
        </Box>
      )}
      {action}
    </Box>
  );
}

export interface TableNoMatchStateProps {
  onClearFilter: () => void;
}

export function TableNoMatchState({ onClearFilter }: TableNoMatchStateProps) {
  return (
    <TableEmptyState
      title="No matches"
      subtitle="We can't find a match."
      action={<Button onClick={onClearFilter}>Clear filter</Button>}
    />
  );
}
