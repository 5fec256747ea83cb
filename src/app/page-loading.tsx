import Box from '@cloudscape-design/components/box';
import Spinner from '@cloudscape-design/components/spinner';

/** Shown while a lazily loaded page arrives. */
export function PageLoading() {
  return (
    <Box padding="xxl" textAlign="center" color="text-status-inactive">
      <Spinner size="large" /> Loading
    </Box>
  );
}
