// A small, storable account of one decision: what a call record keeps so that its event can be
// explained later, after the policies have changed.
import type {
  AuthorizationRequest,
  ConditionTrace,
  DenialReason,
  EvalDecision,
  Evaluation,
  GateOutcome,
  PolicyGate,
  PolicySourceType,
  StatementRef,
  StatementTrace,
} from '../types';
import { closestStatements, type StatementMiss } from './closest-statements';
import { statementText } from './statement-text';

/** One statement as it was when the request was decided. */
export interface RecordedStatement {
  gate: PolicyGate;
  policyName?: string;
  policyArn?: string;
  policyType?: PolicySourceType;
  attachedVia?: string;
  statementIndex: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** The statement's JSON as written, unless longer than MAX_RECORDED_TEXT. */
  text?: string;
  /** The length of a statement too long to keep (a managed policy's long action list). */
  omittedLength?: number;
  /** Its conditions, with the request's values. */
  conditions: ConditionTrace[];
  /** For near misses: what did not match. */
  misses?: StatementMiss[];
}

export interface EvaluationSummary {
  decision: EvalDecision;
  denial?: Pick<DenialReason, 'kind' | 'policyType'>;
  decisive: RecordedStatement[];
  /** Implicit denies: the Allow statements that came closest. */
  closest: RecordedStatement[];
  gates: Array<Pick<GateOutcome, 'gate' | 'present' | 'result' | 'trustPolicy'>>;
  missingContextKeys: string[];
}

function sameStatement(a: StatementRef, b: StatementRef): boolean {
  return (
    a.gate === b.gate &&
    (a.scpLevel ?? 0) === (b.scpLevel ?? 0) &&
    a.policyIndex === b.policyIndex &&
    a.statementIndex === b.statementIndex
  );
}

/** The trace entry of a statement reference (its conditions and per-part results). */
export function traceOf(evaluation: Evaluation, ref: StatementRef): StatementTrace | undefined {
  return evaluation.trace.find((t) => sameStatement(t, ref));
}

/** Every call keeps its summary, so a statement's text is kept only up to this many characters. */
export const MAX_RECORDED_TEXT = 4000;

function recorded(
  ref: StatementRef,
  evaluation: Evaluation,
  request: AuthorizationRequest,
  misses?: StatementMiss[],
): RecordedStatement {
  const text = statementText(ref, request);
  return {
    gate: ref.gate,
    statementIndex: ref.statementIndex,
    effect: ref.effect,
    conditions: traceOf(evaluation, ref)?.conditions ?? [],
    ...(ref.policyName !== undefined && { policyName: ref.policyName }),
    ...(ref.policyArn !== undefined && { policyArn: ref.policyArn }),
    ...(ref.policyType !== undefined && { policyType: ref.policyType }),
    ...(ref.attachedVia !== undefined && { attachedVia: ref.attachedVia }),
    ...(ref.sid !== undefined && { sid: ref.sid }),
    ...(text !== null && text.length <= MAX_RECORDED_TEXT && { text }),
    ...(text !== null && text.length > MAX_RECORDED_TEXT && { omittedLength: text.length }),
    ...(misses && { misses }),
  };
}

/**
 * What to keep of a decision: the decisive statements (the Deny that won, or the Allows that
 * granted), the near misses of an implicit deny, each policy type's outcome and the missing keys.
 */
export function summarizeEvaluation(
  evaluation: Evaluation,
  request: AuthorizationRequest,
): EvaluationSummary {
  return {
    decision: evaluation.decision,
    ...(evaluation.denial && {
      denial: { kind: evaluation.denial.kind, policyType: evaluation.denial.policyType },
    }),
    decisive: evaluation.decisiveStatements.map((s) => recorded(s, evaluation, request)),
    closest: closestStatements(evaluation, 3).map((c) =>
      recorded(c.statement, evaluation, request, c.misses),
    ),
    gates: evaluation.gates.map((g) => ({
      gate: g.gate,
      present: g.present,
      result: g.result,
      ...(g.trustPolicy && { trustPolicy: true }),
    })),
    missingContextKeys: [...evaluation.missingContextKeys],
  };
}
