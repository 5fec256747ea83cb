// A titled part of a permission block. Not a FormField: its controls keep their own names.
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

export interface BlockSectionProps {
  title: ReactNode;
  description: string;
  children: ReactNode;
}

export function BlockSection({ title, description, children }: BlockSectionProps) {
  return (
    <SpaceBetween size="xs">
      <div>
        <Box variant="h4" padding="n">
          {title}
        </Box>
        <Box variant="small" color="text-body-secondary">
          {description}
        </Box>
      </div>
      {children}
    </SpaceBetween>
  );
}
