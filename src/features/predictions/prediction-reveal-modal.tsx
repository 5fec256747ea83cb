// Predict mode's reveal: the learner's guess against the engine's decision, with its explanation.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { PredictionReveal, UnjudgedAction } from '@/queries/predictions';
import { RecordedExplanation } from '@/ui/recorded-explanation';
import { decisionLabel } from './decision-choices';
import { MISCONCEPTION_TEXT } from './misconception-text';

export interface PredictionRevealModalProps {
  outcome: PredictionReveal | UnjudgedAction;
  onContinue: () => void;
}

function Judged({ entry, call, score }: PredictionReveal) {
  return (
    <SpaceBetween size="l">
      <StatusIndicator type={entry.correct ? 'success' : 'error'}>
        {entry.correct ? 'Your prediction was right.' : 'Your prediction was wrong.'}
      </StatusIndicator>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Action', value: entry.action },
          { label: 'Your prediction', value: decisionLabel(entry.predicted) },
          { label: 'AWS decided', value: decisionLabel(entry.actual) },
          { label: 'Resource', value: entry.resource },
          { label: 'Score', value: `${score.correct} of ${score.total} right` },
        ]}
      />
      {entry.tags.map((tag) => (
        <Alert key={tag} type="info" header={MISCONCEPTION_TEXT[tag].title}>
          {MISCONCEPTION_TEXT[tag].explanation}
        </Alert>
      ))}
      {call.explanation && (
        <ExpandableSection headerText="Why was it decided this way?" defaultExpanded>
          <RecordedExplanation summary={call.explanation} action={call.action} />
        </ExpandableSection>
      )}
    </SpaceBetween>
  );
}

function Unjudged({ call }: UnjudgedAction) {
  return (
    <Box variant="p">
      The request failed before anything was authorized, so there is no decision to compare
      {call?.errorCode ? `: ${call.errorCode}: ${call.errorMessage ?? ''}` : '.'}
    </Box>
  );
}

export function PredictionRevealModal({ outcome, onContinue }: PredictionRevealModalProps) {
  return (
    <Modal
      visible
      size="large"
      header="Prediction result"
      closeAriaLabel="Close"
      onDismiss={onContinue}
      footer={
        <Box float="right">
          <Button variant="primary" onClick={onContinue}>
            Continue
          </Button>
        </Box>
      }
    >
      {'entry' in outcome ? <Judged {...outcome} /> : <Unjudged {...outcome} />}
    </Modal>
  );
}
