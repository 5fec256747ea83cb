// Evaluates the policies of one policy type (one gate) against a request: which statements
// matched, with a per-statement trace of principal, action, resource and conditions.
import { evaluateCondition } from '../conditions/evaluate-condition';
import { resolvePattern, type VariableLookup } from '../conditions/variables';
import { compilePattern } from '../match/wildcard';
import type {
  ConditionTrace,
  PolicyGate,
  PolicyInput,
  StatementRef,
  StatementTrace,
} from '../types';
import { compilePolicy } from './compile-policy';
import { actionInSet, type CompiledStatement, type ResourceEntry } from './compile-statement';
import type { PrincipalInfo, RequestContext } from './context';
import { matchPrincipal, notPrincipalExcludes, type PrincipalMatch } from './principal-match';

/** Everything about the request that statements are matched against, read once. */
export interface RequestState {
  who: PrincipalInfo;
  actionLower: string;
  service: string;
  resource: string;
  ctx: RequestContext;
  lookup: VariableLookup;
  missing: (key: string) => void;
  /** The caller has a permissions boundary (a NotPrincipal Deny then always applies). */
  hasBoundary: boolean;
  /** Trace every statement (true) or only those whose action matched. */
  traceAll: boolean;
  trace: StatementTrace[];
  problems: string[];
}

/** A matched Allow statement and, in resource policies, how its Principal covered the caller. */
export interface MatchedAllow {
  ref: StatementRef;
  principal?: PrincipalMatch;
}

/** What one policy type said: its matched Allow and Deny statements. */
export interface PoliciesResult {
  allows: MatchedAllow[];
  denies: StatementRef[];
}

/** How the policies of a gate are read. */
export interface GateSetup {
  gate: PolicyGate;
  scpLevel?: number;
  /** Resource-based and trust policies: statements must cover the caller in Principal. */
  usePrincipal: boolean;
  /** Trust policies have no Resource: a statement without one covers the role. */
  resourceOptional: boolean;
}

/** Evaluates a list of policies of one type. Malformed statements match nothing. */
export function evaluatePolicies(
  policies: readonly PolicyInput[],
  setup: GateSetup,
  state: RequestState,
): PoliciesResult {
  const result: PoliciesResult = { allows: [], denies: [] };
  policies.forEach((input, policyIndex) => {
    if (!input || typeof input !== 'object') {
      state.problems.push(`${setup.gate} policy ${policyIndex}: not a policy`);
      return;
    }
    const compiled = compilePolicy(input.document);
    for (const p of compiled.problems)
      state.problems.push(`${label(input, setup, policyIndex)}: ${p}`);
    const list = state.traceAll ? compiled.statements : compiled.candidates(state.service);
    for (const s of list) {
      if (s.problems.length > 0) {
        for (const p of s.problems) {
          state.problems.push(`${label(input, setup, policyIndex)} statement ${s.index}: ${p}`);
        }
      }
      if (s.effect === null) continue;
      evaluateStatement(s, input, policyIndex, setup, state, result);
    }
  });
  return result;
}

function label(input: PolicyInput, setup: GateSetup, index: number): string {
  return input.name ?? input.arn ?? `${setup.gate} policy ${index}`;
}

function evaluateStatement(
  s: CompiledStatement,
  input: PolicyInput,
  policyIndex: number,
  setup: GateSetup,
  state: RequestState,
  result: PoliciesResult,
): void {
  // Invariant: effect is set (statements without a valid Effect were skipped).
  const effect = s.effect as 'Allow' | 'Deny';
  let principal: PrincipalMatch | null = null;
  let principalMatched = true;
  if (setup.usePrincipal) {
    if (!s.principals) principalMatched = false;
    else if (s.notPrincipal) {
      // A Deny with NotPrincipal always denies a principal that has a permissions boundary.
      principalMatched =
        (effect === 'Deny' && state.hasBoundary) || !notPrincipalExcludes(s.principals, state.who);
      principal = principalMatched ? 'direct' : null;
    } else {
      principal = matchPrincipal(s.principals, state.who);
      principalMatched = principal !== null;
    }
  }
  const actionMatched =
    s.actions !== null && actionInSet(s.actions, state.actionLower) !== s.notAction;
  const checked = principalMatched && actionMatched;
  if (!checked && !state.traceAll) return;
  const resourceMatched = checked && resourceMatches(s, setup, state);
  const conditions: ConditionTrace[] = [];
  let conditionsMatched = checked && s.conditions !== null;
  if (checked && s.conditions) {
    for (const c of s.conditions) {
      const t = evaluateCondition(c, state.ctx, state.lookup, state.missing);
      conditions.push(t);
      if (!t.matched) conditionsMatched = false;
    }
  }
  const matched = checked && resourceMatched && conditionsMatched;
  const ref: StatementRef = { gate: setup.gate, policyIndex, statementIndex: s.index, effect };
  if (setup.scpLevel !== undefined) ref.scpLevel = setup.scpLevel;
  if (input.name !== undefined) ref.policyName = input.name;
  if (input.arn !== undefined) ref.policyArn = input.arn;
  if (input.type !== undefined) ref.policyType = input.type;
  if (input.attachedVia !== undefined) ref.attachedVia = input.attachedVia;
  if (s.sid !== undefined) ref.sid = s.sid;
  if (s.span !== undefined) ref.span = s.span;
  const trace: StatementTrace = {
    ...ref,
    actionMatched,
    resourceMatched,
    conditionsMatched,
    conditions,
    matched,
  };
  if (setup.usePrincipal) trace.principalMatched = principalMatched;
  if (!checked) trace.skipped = true;
  state.trace.push(trace);
  if (!matched) return;
  if (effect === 'Deny') result.denies.push(ref);
  else result.allows.push(principal ? { ref, principal } : { ref });
}

function resourceMatches(s: CompiledStatement, setup: GateSetup, state: RequestState): boolean {
  if (s.resources === undefined) return setup.resourceOptional;
  if (s.resources === null) return false;
  let any = false;
  for (const entry of s.resources) {
    if (entryMatches(entry, state)) {
      any = true;
      break;
    }
  }
  return any !== s.notResource;
}

const MAX_CACHED = 256;

function entryMatches(entry: ResourceEntry, state: RequestState): boolean {
  if (entry.matcher) return entry.matcher(state.resource);
  // A variable with no value: the entry matches no resource (reference_policies_variables).
  const parts = resolvePattern(entry.template, state.lookup, state.missing);
  if (!parts) return false;
  let key = '';
  for (const p of parts) key += (p.literal ? '\u0001' : '\u0002') + p.text;
  const cache = entry.cache as Map<string, ReturnType<typeof compilePattern>>;
  let m = cache.get(key);
  if (!m) {
    m = compilePattern(parts, 'arn');
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, m);
  }
  return m(state.resource);
}
