// Mounted once in the console frame: answers predict mode's question and shows its reveal, as
// modals over whatever page the learner acted on.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { EvalDecision } from '@/iam';
import {
  setPredictionGate,
  type PredictionQuestion,
  type PredictionReveal,
  type UnjudgedAction,
} from '@/queries/predictions';
import { PredictionQuestionModal } from './prediction-question-modal';
import { PredictionRevealModal } from './prediction-reveal-modal';

type Pending =
  | { kind: 'ask'; question: PredictionQuestion; resolve: (p: EvalDecision | undefined) => void }
  | { kind: 'reveal'; outcome: PredictionReveal | UnjudgedAction; resolve: () => void };

export function PredictionHost() {
  const client = useQueryClient();
  const [pending, setPending] = useState<Pending | undefined>();

  useEffect(() => {
    setPredictionGate({
      ask: (question) => new Promise((resolve) => setPending({ kind: 'ask', question, resolve })),
      reveal: (outcome) => {
        void client.invalidateQueries({ queryKey: ['lab', 'prediction-score'] });
        return new Promise((resolve) => setPending({ kind: 'reveal', outcome, resolve }));
      },
    });
    return () => setPredictionGate(undefined);
  }, [client]);

  if (!pending) return null;
  if (pending.kind === 'ask') {
    return (
      <PredictionQuestionModal
        question={pending.question}
        onAnswer={(prediction) => {
          setPending(undefined);
          pending.resolve(prediction);
        }}
      />
    );
  }
  return (
    <PredictionRevealModal
      outcome={pending.outcome}
      onContinue={() => {
        setPending(undefined);
        pending.resolve();
      }}
    />
  );
}
