// The request-level decision (reference_policies_evaluation-logic): explicit denies first, then
// SCPs, the resource-based policy, identity-based policies, the permissions boundary and session
// policies, with the documented same-account, cross-account, trust-policy and root-user rules.
import type {
  AuthorizationRequest,
  DenialReason,
  Evaluation,
  GateOutcome,
  PolicyGate,
  PolicyInput,
  StatementTrace,
} from '../types';
import { describePrincipal, resourceAccountOf } from './context';
import { buildContext } from './request-context';
import { policySetFor, policySetForOne } from './policy-set';
import { requestedAction } from './requested-action';
import { combineGates, type GateResults } from './combine-gates';
import {
  evaluatePolicies,
  type GateSetup,
  type PoliciesResult,
  type RequestState,
} from './evaluate-policies';

/** How much of the per-statement trace to keep. */
export interface EvaluateOptions {
  /**
   * 'all' (default): every statement; 'matched': only statements whose action matched; 'none': no
   * trace (decision, decisive statements and policy-type outcomes only, as an access matrix needs).
   */
  trace?: 'all' | 'matched' | 'none';
}

// How each policy type is read: only resource-based and trust policies check Principal, and only
// trust policies may leave out Resource. Shared by every evaluation (never mutated).
const gateSetup = (gate: PolicyGate, scpLevel?: number, trust = false): GateSetup =>
  Object.freeze({
    gate,
    scpLevel,
    usePrincipal: gate === 'resource',
    resourceOptional: gate === 'resource' && trust,
  });
const IDENTITY_SETUP = gateSetup('identity');
const BOUNDARY_SETUP = gateSetup('boundary');
const SESSION_SETUP = gateSetup('session');
const RESOURCE_SETUP = gateSetup('resource');
const TRUST_SETUP = gateSetup('resource', undefined, true);
const SCP_SETUPS: GateSetup[] = [];
function scpSetup(level: number): GateSetup {
  return (SCP_SETUPS[level] ??= gateSetup('scp', level));
}

const NO_PROBLEMS: string[] = Object.freeze([]) as unknown as string[];

// The context keys that conditions or variables of the current evaluation asked for and did not
// find, by lower-case name. Module state is safe here: an evaluation is synchronous and never
// starts another one, and each evaluation resets it first.
let missingKeys: Map<string, string> | undefined;

const NO_KEYS: string[] = Object.freeze([]) as unknown as string[];

function missingSoFar(): string[] {
  return missingKeys ? [...missingKeys.values()] : NO_KEYS;
}

function noteMissing(key: string): void {
  const lower = key.toLowerCase();
  missingKeys ??= new Map();
  if (!missingKeys.has(lower)) missingKeys.set(lower, key);
}

// Counts evaluations, so per-request memos can tell one request from the next.
let evaluationCount = 0;

const NO_POLICIES: readonly PolicyInput[] = Object.freeze([]);

function list(value: unknown): readonly PolicyInput[] {
  return Array.isArray(value) ? (value as PolicyInput[]) : NO_POLICIES;
}

/**
 * Decides one request as AWS does: an explicit deny in any policy wins; otherwise every SCP level,
 * the boundary and session policies must allow, and the identity-based and resource-based
 * policies must allow as the same-account (union) or cross-account (both) rule requires.
 * Synchronous, needs no catalog, and never throws: malformed policies match nothing.
 */
export function evaluateRequest(
  request: AuthorizationRequest,
  options?: EvaluateOptions,
): Evaluation {
  try {
    return evaluate(request, options);
  } catch (err) {
    // Defensive: a bug must not take the console down; the request is refused and says why.
    return failedEvaluation(request, err);
  }
}

function evaluate(request: AuthorizationRequest, options?: EvaluateOptions): Evaluation {
  const who = describePrincipal(request.principal);
  const action = typeof request.action === 'string' ? request.action : '';
  const resource = typeof request.resource === 'string' ? request.resource : '';
  const requested = requestedAction(action);
  const resourceAccount = resourceAccountOf(request, who);
  const { ctx, record, lookup } = buildContext(request, who, resourceAccount);
  missingKeys = undefined;
  const state: RequestState = {
    who,
    actionLower: requested.actionLower,
    service: requested.service,
    requested,
    resource,
    ctx,
    lookup,
    missing: noteMissing,
    hasBoundary: isPolicy(request.permissionsBoundary),
    traceAll: options?.trace === undefined || options.trace === 'all',
    traceNone: options?.trace === 'none',
    problems: NO_PROBLEMS,
    stamp: ++evaluationCount,
  };
  const sameAccount = who.account === undefined || resourceAccount === who.account;
  const trust =
    (isPolicy(request.resourcePolicy) && request.resourcePolicy.type === 'trust') ||
    (requested.trustAction && /^arn:[^:]*:iam::[^:]*:role\//.test(resource));
  const nonIam = who.kind === 'service' || who.kind === 'anonymous';
  const isRoot = who.kind === 'root';

  const identityList = list(request.identityPolicies);
  const scpLevels =
    Array.isArray(request.serviceControlPolicies) && !nonIam
      ? request.serviceControlPolicies.map((level, k) =>
          evaluatePolicies(policySetFor(list(level), scpSetup(k)), scpSetup(k), state),
        )
      : undefined;
  const resourcePolicy = isPolicy(request.resourcePolicy)
    ? evaluatePolicy(request.resourcePolicy, trust ? TRUST_SETUP : RESOURCE_SETUP, state)
    : undefined;
  const identity =
    !isRoot && !nonIam
      ? evaluatePolicies(policySetFor(identityList, IDENTITY_SETUP), IDENTITY_SETUP, state)
      : undefined;
  const boundary =
    state.hasBoundary && !isRoot && !nonIam
      ? evaluatePolicy(request.permissionsBoundary as PolicyInput, BOUNDARY_SETUP, state)
      : undefined;
  const sessionList = list(request.sessionPolicies);
  const session =
    sessionList.length > 0 && !isRoot && !nonIam
      ? evaluatePolicies(policySetFor(sessionList, SESSION_SETUP), SESSION_SETUP, state)
      : undefined;

  const results: GateResults = {
    scpLevels,
    resource: resourcePolicy,
    identity,
    boundary,
    session,
    trust,
    sameAccount,
    who,
    identityPresent: identityList.length > 0,
  };
  const combined = combineGates(results);
  const evaluation: Evaluation = {
    decision: combined.decision,
    decisiveStatements: combined.decisive,
    gates: combined.gates,
    trace: joinTraces(scpLevels, resourcePolicy, identity, boundary, session),
    missingContextKeys: missingSoFar(),
    context: record,
    // One literal with every field (absent ones undefined): one object shape on the hot path.
    request: {
      principalArn: who.displayArn,
      action,
      resource,
      principalId: who.id,
      principalName: who.name,
      principalAccount: who.account,
      resourceAccount,
    },
    sameAccount,
    notes: combined.notes,
    problems: state.problems,
    denial: combined.denial,
  };
  return evaluation;
}

const NO_TRACE: StatementTrace[] = Object.freeze([]) as unknown as StatementTrace[];

// The trace in evaluation order. A single policy type's trace is used as it is (it may be shared).
function joinTraces(
  scpLevels: PoliciesResult[] | undefined,
  resource: PoliciesResult | undefined,
  identity: PoliciesResult | undefined,
  boundary: PoliciesResult | undefined,
  session: PoliciesResult | undefined,
): StatementTrace[] {
  if (!scpLevels && !resource && !session) {
    // The common case: identity-based policies and perhaps a boundary.
    const a = identity?.trace ?? NO_TRACE;
    const b = boundary?.trace ?? NO_TRACE;
    if (b.length === 0) return a as StatementTrace[];
    if (a.length === 0) return b as StatementTrace[];
    return a.concat(b);
  }
  const out: StatementTrace[] = [];
  for (const r of [...(scpLevels ?? NO_RESULTS), resource, identity, boundary, session]) {
    if (r) for (const t of r.trace) out.push(t);
  }
  return out;
}

const NO_RESULTS: readonly PoliciesResult[] = Object.freeze([]);

function evaluatePolicy(input: PolicyInput, setup: GateSetup, state: RequestState) {
  return evaluatePolicies(policySetForOne(input, setup), setup, state);
}

function isPolicy(p: unknown): p is PolicyInput {
  return !!p && typeof p === 'object' && 'document' in p;
}

function failedEvaluation(request: unknown, err: unknown): Evaluation {
  const r = (
    request && typeof request === 'object' ? request : {}
  ) as Partial<AuthorizationRequest>;
  const gates: GateOutcome[] = (
    ['scp', 'resource', 'identity', 'boundary', 'session'] as const
  ).map((gate) => ({ gate, present: false, result: 'implicitDeny', matched: [] }));
  const denial: DenialReason = { kind: 'implicit', policyType: 'identity' };
  return {
    decision: 'implicitDeny',
    decisiveStatements: [],
    denial,
    gates,
    trace: [],
    missingContextKeys: [],
    context: Object.create(null) as Record<string, never>,
    request: {
      principalArn: typeof r.principal?.arn === 'string' ? r.principal.arn : 'anonymous',
      action: typeof r.action === 'string' ? r.action : '',
      resource: typeof r.resource === 'string' ? r.resource : '',
    },
    notes: [],
    problems: [
      `The request could not be evaluated: ${err instanceof Error ? err.message : String(err)}`,
    ],
  };
}
