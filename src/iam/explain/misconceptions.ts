// Predict mode's misconception tags: which well-known rule of policy evaluation a wrong guess
// missed, read from the engine's own account of the decision (its gates, decisive statements and
// trace), never from the wording of a message.
import type {
  AuthorizationRequest,
  EvalDecision,
  Evaluation,
  GateOutcome,
  PolicyGate,
  StatementRef,
} from '../types';
import { policyOfStatement } from './statement-text';

export type MisconceptionTag =
  'group-deny' | 'notaction-allow' | 'boundary-never-grants' | 'cross-account-both-sides';

/** Every tag, in the order the Predictions page lists them. */
export const MISCONCEPTION_TAGS: readonly MisconceptionTag[] = [
  'group-deny',
  'notaction-allow',
  'boundary-never-grants',
  'cross-account-both-sides',
];

// Invariant: the aws layer labels every policy that reaches a user through a group
// "Group <name>" (identity-policies.ts), and group inline policies have type 'inline-group'.
function fromGroup(ref: StatementRef): boolean {
  return ref.policyType === 'inline-group' || (ref.attachedVia?.startsWith('Group ') ?? false);
}

/** The statement's own JSON object, read from the policy the request carried. */
function statementObject(ref: StatementRef, request: AuthorizationRequest): object | undefined {
  const policy = policyOfStatement(ref, request);
  if (!policy) return undefined;
  let parsed: unknown = policy.document;
  if (typeof parsed === 'string') {
    try {
      parsed = JSON.parse(parsed);
    } catch {
      return undefined;
    }
  }
  if (typeof parsed !== 'object' || parsed === null || !('Statement' in parsed)) return undefined;
  const statements: unknown = parsed.Statement;
  const one: unknown = Array.isArray(statements) ? statements[ref.statementIndex] : statements;
  return typeof one === 'object' && one !== null ? one : undefined;
}

function usesNotAction(ref: StatementRef, request: AuthorizationRequest): boolean {
  const statement = statementObject(ref, request);
  return statement !== undefined && 'NotAction' in statement && !('Action' in statement);
}

function gate(evaluation: Evaluation, name: PolicyGate): GateOutcome | undefined {
  return evaluation.gates.find((g) => g.gate === name);
}

const allows = (outcome: GateOutcome | undefined) =>
  outcome !== undefined && outcome.present && outcome.result === 'allow';

/** An explicit deny wins even when it reaches the user through a group, not a policy of its own. */
function groupDeny(evaluation: Evaluation): boolean {
  return evaluation.decision === 'explicitDeny' && evaluation.decisiveStatements.some(fromGroup);
}

/**
 * An Allow with NotAction grants every action it does not list (and nothing it lists: those are
 * not denied, only not allowed). Tagged when such a statement granted the request, or when the
 * request was implicitly denied because its action was one the statement lists.
 */
function notActionAllow(evaluation: Evaluation, request: AuthorizationRequest): boolean {
  if (evaluation.decision === 'allowed') {
    return evaluation.decisiveStatements.some(
      (s) => s.effect === 'Allow' && usesNotAction(s, request),
    );
  }
  if (evaluation.decision !== 'implicitDeny') return false;
  return evaluation.trace.some(
    (t) =>
      t.gate === 'identity' &&
      t.effect === 'Allow' &&
      !t.actionMatched &&
      usesNotAction(t, request),
  );
}

/** A permissions boundary only limits: it allowed the action, but no identity-based policy did. */
function boundaryNeverGrants(evaluation: Evaluation): boolean {
  return (
    evaluation.decision === 'implicitDeny' &&
    allows(gate(evaluation, 'boundary')) &&
    !allows(gate(evaluation, 'identity'))
  );
}

/** Across accounts, the identity-based policy and the resource-based policy must both allow. */
function crossAccountOneSide(evaluation: Evaluation): boolean {
  if (evaluation.sameAccount !== false || evaluation.decision !== 'implicitDeny') return false;
  const identity = allows(gate(evaluation, 'identity'));
  const resource = allows(gate(evaluation, 'resource'));
  return identity !== resource;
}

/**
 * The misconceptions behind a wrong prediction of this decision: none when the guess was right.
 * A boundary or a one-sided cross-account allow misleads only a learner who expected "allowed".
 */
export function misconceptionTags(
  evaluation: Evaluation,
  request: AuthorizationRequest,
  predicted: EvalDecision,
): MisconceptionTag[] {
  if (predicted === evaluation.decision) return [];
  const tags: MisconceptionTag[] = [];
  if (groupDeny(evaluation)) tags.push('group-deny');
  if (notActionAllow(evaluation, request)) tags.push('notaction-allow');
  if (predicted === 'allowed' && boundaryNeverGrants(evaluation))
    tags.push('boundary-never-grants');
  if (predicted === 'allowed' && crossAccountOneSide(evaluation))
    tags.push('cross-account-both-sides');
  return tags;
}
