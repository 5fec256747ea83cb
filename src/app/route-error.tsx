import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import { useRouteError } from 'react-router';

/** A page that failed to load or render: say so in the console's style instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Box padding="xxl">
      <Alert type="error" header="Something went wrong on this page">
        {message}
      </Alert>
    </Box>
  );
}
