// The console words for decisions, policy types and their outcomes, shared by the explanations.
import type {
  EvalDecision,
  GateOutcome,
  PolicyGate,
  PolicySourceType,
  StatementMiss,
  StatementRef,
} from '@/iam';

export const DECISION: Record<EvalDecision, { type: 'success' | 'error'; text: string }> = {
  allowed: { type: 'success', text: 'Allowed' },
  explicitDeny: { type: 'error', text: 'Explicit deny' },
  implicitDeny: { type: 'error', text: 'Implicit deny' },
};

export const GATE_LABEL: Record<PolicyGate | 'trust', string> = {
  scp: 'Service control policies',
  resource: 'Resource-based policy',
  identity: 'Identity-based policies',
  boundary: 'Permissions boundary',
  session: 'Session policies',
  trust: 'Role trust policy',
};

export const GATE_NOUN: Record<PolicyGate | 'trust', string> = {
  scp: 'service control policy',
  resource: 'resource-based policy',
  identity: 'identity-based policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  trust: 'role trust policy',
};

export const POLICY_TYPE_LABEL: Record<PolicySourceType, string> = {
  'aws-managed': 'AWS managed',
  'customer-managed': 'Customer managed',
  'inline-user': 'Customer inline',
  'inline-group': 'Customer inline',
  'inline-role': 'Customer inline',
  boundary: 'Permissions boundary',
  resource: 'Resource-based policy',
  trust: 'Role trust policy',
  scp: 'Service control policy',
  session: 'Session policy',
};

/** What one policy type said, in words. */
export function gateOutcomeText(gate: Pick<GateOutcome, 'present' | 'result'>): string {
  if (!gate.present) return 'None (does not limit the request)';
  if (gate.result === 'allow') return 'Allows';
  if (gate.result === 'explicitDeny') return 'Explicit deny';
  return 'No statement allows the action (implicit deny)';
}

/** What kept a near-miss statement from matching. */
export const MISS_TEXT: Record<StatementMiss, string> = {
  resource: 'Resource does not match',
  condition: 'A condition is false',
};

/** "Sid "ReadOnly"", or "Statement[2] (no Sid)". */
export function statementLabel(ref: Pick<StatementRef, 'sid' | 'statementIndex'>): string {
  return ref.sid ? `Sid "${ref.sid}"` : `Statement[${ref.statementIndex}] (no Sid)`;
}
