// What the Instances table shows in place of rows when DescribeInstances fails.
import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { DenialDetails, type DeniedCall } from '@/ui/denial-alert';

export interface InstanceListErrorProps {
  error: Error;
  denied: DeniedCall | null;
}

export function InstanceListError({ error, denied }: InstanceListErrorProps) {
  return (
    <Box textAlign="center" color="inherit">
      <StatusIndicator type="error">
        {denied ? 'You are not authorized to perform this operation.' : 'Error'}
      </StatusIndicator>
      <Box variant="p" color="inherit">
        {denied ? <DenialDetails error={denied} /> : error.message}
      </Box>
    </Box>
  );
}
