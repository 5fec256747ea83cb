// The walkthrough side panel: the steps with their status, the current step's text, "Check" (and
// a check after every lab change), hints one at a time, "Reset this step" and the summary.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  currentStepCheckQuery,
  useCompleteStep,
  useExitWalkthrough,
  useResetStep,
  useRevealHint,
  type ActiveWalkthrough,
} from '@/queries/walkthroughs';
import { StepText } from './step-text';
import { WalkthroughSummary } from './walkthrough-summary';

export interface WalkthroughPanelProps {
  active: ActiveWalkthrough;
}

function StepList({ active }: WalkthroughPanelProps) {
  const done = new Set(active.progress.steps.filter((s) => s.doneAt).map((s) => s.stepId));
  return (
    <ol aria-label="Steps" style={{ paddingInlineStart: 20, margin: 0 }}>
      {active.walkthrough.steps.map((step) => {
        const current = active.current?.step.id === step.id;
        return (
          <li key={step.id} aria-current={current ? 'step' : undefined}>
            <SpaceBetween direction="horizontal" size="xs">
              <Box fontWeight={current ? 'bold' : 'normal'}>{step.title}</Box>
              {done.has(step.id) ? (
                <StatusIndicator type="success">Done</StatusIndicator>
              ) : current ? (
                <StatusIndicator type="in-progress">Current</StatusIndicator>
              ) : (
                <StatusIndicator type="pending">Not started</StatusIndicator>
              )}
            </SpaceBetween>
          </li>
        );
      })}
    </ol>
  );
}

function CurrentStep({ active }: WalkthroughPanelProps) {
  // Invariant: rendered only while a step is current.
  const current = active.current!;
  const { step, progress } = current;
  const check = useQuery(currentStepCheckQuery(step, progress.startedAt));
  const complete = useCompleteStep();
  const hint = useRevealHint();
  const reset = useResetStep();
  const [confirmReset, setConfirmReset] = useState(false);
  const completing = useRef('');
  const index = active.walkthrough.steps.findIndex((s) => s.id === step.id);
  const passed = check.data?.passed === true;
  const stepKey = `${step.id}@${progress.startedAt}`;

  useEffect(() => {
    if (!passed || completing.current === stepKey) return;
    completing.current = stepKey;
    complete.mutate();
  }, [passed, stepKey, complete]);

  const failures = check.data?.failures ?? [];
  return (
    <SpaceBetween size="m">
      <Header variant="h3" description={`Step ${index + 1} of ${active.walkthrough.steps.length}`}>
        {step.title}
      </Header>
      <StepText text={step.text} />
      {check.isFetched && !passed && failures.length > 0 && (
        <Alert type="info" header="Not done yet">
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {failures.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </Alert>
      )}
      {step.hints.slice(0, progress.hintsShown).map((text, i) => (
        <Alert key={i} type="info" header={`Hint ${i + 1}`}>
          {text}
        </Alert>
      ))}
      <SpaceBetween direction="horizontal" size="xs">
        <Button
          variant="primary"
          loading={check.isFetching || complete.isPending}
          onClick={() => void check.refetch()}
        >
          Check
        </Button>
        <Button
          disabled={progress.hintsShown >= step.hints.length}
          loading={hint.isPending}
          onClick={() => hint.mutate()}
        >
          Show hint
        </Button>
        <Button onClick={() => setConfirmReset(true)}>Reset this step</Button>
      </SpaceBetween>
      {confirmReset && (
        <Modal
          visible
          header="Reset this step?"
          onDismiss={() => setConfirmReset(false)}
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => setConfirmReset(false)}>
                  Cancel
                </Button>
                <Button
                  variant="primary"
                  loading={reset.isPending}
                  onClick={() =>
                    reset.mutate(undefined, { onSettled: () => setConfirmReset(false) })
                  }
                >
                  Reset this step
                </Button>
              </SpaceBetween>
            </Box>
          }
        >
          Every change made to the lab since this step began is undone, and its hints are hidden
          again.
        </Modal>
      )}
    </SpaceBetween>
  );
}

export function WalkthroughPanel({ active }: WalkthroughPanelProps) {
  const exit = useExitWalkthrough();
  return (
    <div style={{ padding: '20px' }}>
      <SpaceBetween size="l">
        <Header variant="h2" description={active.walkthrough.intro}>
          {active.walkthrough.title}
        </Header>
        <StepList active={active} />
        {active.current ? (
          <CurrentStep key={active.current.progress.startedAt} active={active} />
        ) : (
          <WalkthroughSummary active={active} onExit={() => exit.mutate()} />
        )}
        {active.current && (
          <Button variant="link" onClick={() => exit.mutate()}>
            Exit walkthrough
          </Button>
        )}
      </SpaceBetween>
    </div>
  );
}
