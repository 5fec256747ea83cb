// "Re-run now" on an event: the same request against today's policies, whether the answer changed,
// and today's full explanation.
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRerunCall } from '@/queries/cloudtrail';
import type { CallRecord } from '@/queries/types';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { DECISION } from '@/ui/explanation-labels';
import { ExplanationPanel } from '@/ui/explanation-panel';

export interface EventRerunProps {
  call: CallRecord;
}

export function EventRerun({ call }: EventRerunProps) {
  const rerun = useRerunCall();
  const result = rerun.data;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Evaluates the same request (principal, action, resource and the context it sent) against the policies as they are now."
          actions={
            <Button loading={rerun.isPending} onClick={() => rerun.mutate(call)}>
              Re-run now
            </Button>
          }
        >
          Re-run against today&apos;s policies
        </Header>
      }
    >
      <SpaceBetween size="l">
        {rerun.error ? <ApiErrorAlert error={rerun.error} header="Failed to re-run" /> : null}
        {result?.status === 'principal-gone' && (
          <Alert type="warning" header="The principal no longer exists">
            {result.message}
          </Alert>
        )}
        {result?.status === 'evaluated' && (
          <Alert
            type={result.changed ? 'warning' : 'info'}
            header={result.changed ? 'The answer changed' : 'Same answer as then'}
          >
            {result.recorded
              ? `Then: ${DECISION[result.recorded].text}. Now: ${DECISION[result.evaluation.decision].text}.`
              : `The call failed before it was authorized. Now: ${DECISION[result.evaluation.decision].text}.`}
          </Alert>
        )}
        {result?.status === 'evaluated' && (
          <ExplanationPanel evaluation={result.evaluation} request={result.request} />
        )}
      </SpaceBetween>
    </Container>
  );
}
