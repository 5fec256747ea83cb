// For an implicit deny: the Allow statements that came closest to allowing the request. Their action
// matched, but their resource or a condition did not, so the learner sees what to change.
import type { ConditionTrace, Evaluation, StatementTrace } from '../types';

/** What kept a statement from matching. */
export type StatementMiss = 'resource' | 'condition';

export interface ClosestStatement {
  statement: StatementTrace;
  /** The parts that did not match, resource first. */
  misses: StatementMiss[];
  /** The conditions that were false (with their policy and request values). */
  failedConditions: ConditionTrace[];
  /** Context keys a failed condition asked for and the request did not have. */
  missingKeys: string[];
}

function missesOf(t: StatementTrace): StatementMiss[] {
  const out: StatementMiss[] = [];
  if (!t.resourceMatched) out.push('resource');
  if (!t.conditionsMatched) out.push('condition');
  return out;
}

/**
 * An implicit deny's near misses: Allow statements whose principal and action matched but whose
 * resource or conditions did not. Statements of the policy type that refused come first, then those
 * that missed fewer parts (a resource miss counts one, each false condition one). Empty unless the
 * request was implicitly denied.
 */
export function closestStatements(evaluation: Evaluation, limit = 5): ClosestStatement[] {
  if (evaluation.decision !== 'implicitDeny') return [];
  const refusing = evaluation.denial?.policyType;
  const refusingGate = refusing === 'trust' ? 'resource' : refusing;
  const candidates = evaluation.trace
    .map((statement, order) => ({ statement, order }))
    .filter(
      ({ statement: t }) =>
        t.effect === 'Allow' &&
        !t.skipped &&
        t.actionMatched &&
        t.principalMatched !== false &&
        !t.matched,
    )
    .map(({ statement, order }) => {
      const failedConditions = statement.conditions.filter((c) => !c.matched);
      const distance = (statement.resourceMatched ? 0 : 1) + failedConditions.length;
      return { statement, order, failedConditions, distance };
    });
  candidates.sort(
    (a, b) =>
      Number(a.statement.gate !== refusingGate) - Number(b.statement.gate !== refusingGate) ||
      a.distance - b.distance ||
      a.order - b.order,
  );
  return candidates.slice(0, limit).map(({ statement, failedConditions }) => ({
    statement,
    misses: missesOf(statement),
    failedConditions,
    missingKeys: failedConditions.filter((c) => c.requestValues === null).map((c) => c.key),
  }));
}
