// Evaluates the policies of one policy type (one gate) against a request: which statements
// matched, with a per-statement trace of principal, action, resource and conditions.
import { evaluateCondition } from '../conditions/evaluate-condition';
import { resolvePattern, type VariableLookup } from '../conditions/variables';
import { compilePattern } from '../match/wildcard';
import type { ConditionTrace, PolicyGate, StatementRef, StatementTrace } from '../types';
import { actionInSet } from '../match/action-set';
import { statementMatches, type PolicySet } from './policy-set';
import type { RequestedAction } from './requested-action';
import type { CompiledCondition, CompiledStatement, ResourceEntry } from './compile-statement';
import type { PrincipalInfo } from './context';
import type { RequestContext } from './request-context';
import type { PolicyRefs } from './statement-refs';
import { matchPrincipal, notPrincipalExcludes, type PrincipalMatch } from './principal-match';

/** Everything about the request that statements are matched against, read once. */
export interface RequestState {
  who: PrincipalInfo;
  actionLower: string;
  service: string;
  requested: RequestedAction;
  resource: string;
  ctx: RequestContext;
  lookup: VariableLookup;
  missing: (key: string) => void;
  /** The caller has a permissions boundary (a NotPrincipal Deny then always applies). */
  hasBoundary: boolean;
  /** Trace every statement (true) or only those whose action matched. */
  traceAll: boolean;
  /** Keep no trace at all (an access matrix needs only the decision and decisive statements). */
  traceNone: boolean;
  /** Shared and frozen while empty: add through addProblem. */
  problems: string[];
  /** Unique per evaluation: identical conditions are evaluated once per request. */
  stamp: number;
}

/** A matched Allow statement and, in resource policies, how its Principal covered the caller. */
export interface MatchedAllow {
  ref: StatementRef;
  principal?: PrincipalMatch;
}

/** What one policy type said: its matched Allow and Deny statements, and its statements' trace. */
export interface PoliciesResult {
  allows: MatchedAllow[];
  denies: StatementRef[];
  /** In statement order; only the statements whose action matched unless the trace is 'all'. */
  trace: readonly StatementTrace[];
}

const NONE_ALLOWED: MatchedAllow[] = Object.freeze([]) as unknown as MatchedAllow[];
const NO_CONDITIONS: ConditionTrace[] = Object.freeze([]) as unknown as ConditionTrace[];
const NONE_DENIED: StatementRef[] = Object.freeze([]) as unknown as StatementRef[];

/** How the policies of a gate are read. */
export interface GateSetup {
  gate: PolicyGate;
  scpLevel?: number;
  /** Resource-based and trust policies: statements must cover the caller in Principal. */
  usePrincipal: boolean;
  /** Trust policies have no Resource: a statement without one covers the role. */
  resourceOptional: boolean;
}

/** Evaluates the policies of one type. Malformed statements match nothing. */
export function evaluatePolicies(
  set: PolicySet,
  setup: GateSetup,
  state: RequestState,
): PoliciesResult {
  // Indexed loops on this path: they run fast before the JIT has optimized them, too.
  const { policies, problems } = set;
  for (let k = 0; k < problems.length; k++) addProblem(state, problems[k] as string);
  if (setup.usePrincipal) {
    // Resource-based and trust policies: Principal first, so every statement is looked at.
    const result: PoliciesResult = { allows: NONE_ALLOWED, denies: NONE_DENIED, trace: [] };
    for (let p = 0; p < policies.length; p++) {
      const refs = policies[p] as PolicyRefs;
      const { statements } = refs.compiled;
      for (let k = 0; k < statements.length; k++) {
        const s = statements[k] as CompiledStatement;
        if (s.effect !== null) evaluateStatement(s, refs, setup, state, result);
      }
    }
    return result;
  }
  // Identity-side policy types: which statements name the action is known per policy and action.
  const trace: StatementTrace[] = [];
  let allows = NONE_ALLOWED;
  let denies = NONE_DENIED;
  for (let p = 0; p < policies.length; p++) {
    const refs = policies[p] as PolicyRefs;
    const matches = statementMatches(refs.compiled, state.requested);
    const { statements } = refs.compiled;
    for (let k = 0; k < statements.length; k++) {
      const s = statements[k] as CompiledStatement;
      if (s.effect === null) continue;
      if (!matches[k]) {
        if (state.traceAll) trace.push(refs.skipped[k] as StatementTrace);
        continue;
      }
      if (state.traceNone) {
        if (!statementApplies(s, setup, state)) continue;
      } else {
        const t = traceMatchedAction(s, refs, setup, state);
        trace.push(t);
        if (!t.matched) continue;
      }
      if (s.effect === 'Deny') {
        if (denies === NONE_DENIED) denies = [];
        denies.push(refs.refs[k] as StatementRef);
      } else {
        if (allows === NONE_ALLOWED) allows = [];
        allows.push(refs.allows[k] as MatchedAllow);
      }
    }
  }
  return { allows, denies, trace };
}

function addProblem(state: RequestState, problem: string): void {
  if (Object.isFrozen(state.problems)) state.problems = [];
  state.problems.push(problem);
}

function evaluateStatement(
  s: CompiledStatement,
  refs: PolicyRefs,
  setup: GateSetup,
  state: RequestState,
  result: PoliciesResult,
): void {
  // Invariant: effect is set (statements without a valid Effect were skipped).
  const effect = s.effect as 'Allow' | 'Deny';
  let principal: PrincipalMatch | null = null;
  if (setup.usePrincipal) {
    if (!s.principals) principal = null;
    else if (s.notPrincipal) {
      // A Deny with NotPrincipal always denies a principal that has a permissions boundary.
      const covered =
        (effect === 'Deny' && state.hasBoundary) || !notPrincipalExcludes(s.principals, state.who);
      principal = covered ? 'direct' : null;
    } else principal = matchPrincipal(s.principals, state.who);
    if (principal === null) {
      if (state.traceAll) pushTrace(result, refs.skippedNoPrincipal[s.index] as StatementTrace);
      return;
    }
  }
  if (!actionMatches(s, state)) {
    if (state.traceAll) pushTrace(result, refs.skipped[s.index] as StatementTrace);
    return;
  }
  if (state.traceNone) {
    if (statementApplies(s, setup, state)) {
      record(refs.refs[s.index] as StatementRef, principal, result);
    }
    return;
  }
  const trace = traceMatchedAction(s, refs, setup, state);
  pushTrace(result, trace);
  if (trace.matched) record(refs.refs[s.index] as StatementRef, principal, result);
}

// The resource and conditions of a statement whose principal and action matched, with no trace.
// Every part is checked, as traceMatchedAction does, so the missing context keys are the same.
function statementApplies(s: CompiledStatement, setup: GateSetup, state: RequestState): boolean {
  let applies = resourceMatches(s, setup, state) && s.conditions !== null;
  for (const c of s.conditions ?? NO_CONDITIONS_TO_CHECK) {
    if (!conditionTrace(c, state).matched) applies = false;
  }
  return applies;
}

const NO_CONDITIONS_TO_CHECK: readonly CompiledCondition[] = Object.freeze([]);

// Identical conditions share one compiled object, evaluated once per request.
function conditionTrace(c: CompiledCondition, state: RequestState): ConditionTrace {
  let t = c.memoStamp === state.stamp ? c.memo : undefined;
  if (!t) {
    t = evaluateCondition(c, state.ctx, state.lookup, state.missing);
    c.memo = t;
    c.memoStamp = state.stamp;
  }
  return t;
}

// Invariant: the resource-based path builds its own, unshared trace array.
function pushTrace(result: PoliciesResult, trace: StatementTrace): void {
  (result.trace as StatementTrace[]).push(trace);
}

/** True when the statement's Action (or NotAction) covers the request's action. */
export function actionMatches(s: CompiledStatement, state: RequestState): boolean {
  return (
    s.actions !== null && actionInSet(s.actions, state.actionLower, state.service) !== s.notAction
  );
}

/** Adds a matched statement to the policy type's result. */
export function record(
  ref: StatementRef,
  principal: PrincipalMatch | null,
  result: PoliciesResult,
): void {
  if (ref.effect === 'Deny') {
    if (result.denies === NONE_DENIED) result.denies = [];
    result.denies.push(ref);
  } else {
    if (result.allows === NONE_ALLOWED) result.allows = [];
    result.allows.push(principal ? { ref, principal } : { ref });
  }
}

/** Checks the resource and conditions of a statement whose principal and action matched. */
export function traceMatchedAction(
  s: CompiledStatement,
  refs: PolicyRefs,
  setup: GateSetup,
  state: RequestState,
): StatementTrace {
  const ref = refs.refs[s.index] as StatementRef;
  const resourceMatched = resourceMatches(s, setup, state);
  let conditions: ConditionTrace[] = NO_CONDITIONS;
  let conditionsMatched = s.conditions !== null;
  if (s.conditions && s.conditions.length > 0) {
    conditions = [];
    for (const c of s.conditions) {
      const t = conditionTrace(c, state);
      conditions.push(t);
      if (!t.matched) conditionsMatched = false;
    }
  }
  const matched = resourceMatched && conditionsMatched;
  const trace: StatementTrace = {
    gate: ref.gate,
    policyIndex: ref.policyIndex,
    scpLevel: ref.scpLevel,
    policyName: ref.policyName,
    policyArn: ref.policyArn,
    policyType: ref.policyType,
    attachedVia: ref.attachedVia,
    statementIndex: ref.statementIndex,
    sid: ref.sid,
    effect: ref.effect,
    span: ref.span,
    principalMatched: setup.usePrincipal ? true : undefined,
    actionMatched: true,
    resourceMatched,
    conditionsMatched,
    conditions,
    matched,
  };
  return trace;
}

function resourceMatches(s: CompiledStatement, setup: GateSetup, state: RequestState): boolean {
  if (s.resources === undefined) return setup.resourceOptional;
  if (s.resources === null) return false;
  let any = false;
  const entries = s.resources;
  for (let k = 0; k < entries.length; k++) {
    if (entryMatches(entries[k] as ResourceEntry, state)) {
      any = true;
      break;
    }
  }
  return any !== s.notResource;
}

const MAX_CACHED = 256;

function entryMatches(entry: ResourceEntry, state: RequestState): boolean {
  if (entry.matcher) return entry.matcher(state.resource);
  // The template is fixed, so the values of its variables identify the resolved pattern.
  let key = '';
  for (const part of entry.template.parts) {
    if (part.kind !== 'var') continue;
    const value = state.lookup(part.keyLower) ?? part.fallback;
    if (value === undefined) {
      // A variable with no value: the entry matches no resource (reference_policies_variables).
      state.missing(part.key);
      return false;
    }
    key += `${value}\u0000`;
  }
  const cache = entry.cache as Map<string, ReturnType<typeof compilePattern>>;
  let m = cache.get(key);
  if (!m) {
    const parts = resolvePattern(entry.template, state.lookup);
    if (!parts) return false;
    m = compilePattern(parts, 'arn');
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, m);
  }
  return m(state.resource);
}
