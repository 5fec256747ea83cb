// Predict mode's question, asked before a learner action's first call runs.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { EvalDecision } from '@/iam';
import type { PredictionQuestion } from '@/queries/predictions';
import { callerDisplayName } from '@/queries/types';
import { DECISION_CHOICES, operationLabel } from './decision-choices';

export interface PredictionQuestionModalProps {
  question: PredictionQuestion;
  /** The learner's prediction, or undefined when they skip this one. */
  onAnswer: (prediction: EvalDecision | undefined) => void;
}

export function PredictionQuestionModal({ question, onAnswer }: PredictionQuestionModalProps) {
  const who =
    question.caller.kind === 'anonymous'
      ? 'an anonymous caller'
      : callerDisplayName(question.caller);
  return (
    <Modal
      visible
      header="Predict the decision"
      closeAriaLabel="Skip this prediction"
      onDismiss={() => onAnswer(undefined)}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onAnswer(undefined)}>
              Skip
            </Button>
            {DECISION_CHOICES.map((choice) => (
              <Button key={choice.value} onClick={() => onAnswer(choice.value)}>
                {choice.label}
              </Button>
            ))}
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">
          You are about to: <b>{operationLabel(question.operation)}</b> (
          <Box variant="code">{question.action}</Box>) on{' '}
          <Box variant="code">{question.resource}</Box> as <b>{who}</b>.
        </Box>
        <Box variant="p">What will AWS decide?</Box>
        <Box variant="small" color="text-body-secondary">
          Predict mode is on for this lab. The request runs after you answer, and the decision is
          revealed with the engine&apos;s explanation.
        </Box>
      </SpaceBetween>
    </Modal>
  );
}
