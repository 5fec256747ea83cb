// The three outcomes a learner can predict, in the console's words.
import type { EvalDecision } from '@/iam';

export const DECISION_CHOICES: ReadonlyArray<{ value: EvalDecision; label: string }> = [
  { value: 'allowed', label: 'Allowed' },
  { value: 'explicitDeny', label: 'Explicit deny' },
  { value: 'implicitDeny', label: 'Implicit deny' },
];

export function decisionLabel(decision: EvalDecision): string {
  return DECISION_CHOICES.find((c) => c.value === decision)?.label ?? decision;
}

/** "StopInstances" → "Stop instances". */
export function operationLabel(operation: string): string {
  const words = operation.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ');
  return words.map((w, i) => (i === 0 ? w : w.toLowerCase())).join(' ');
}
