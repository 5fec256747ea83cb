// The policies of one policy type in a request, compiled once into a flat list of statements and
// shared by every request, and every principal, that has the same policies in the same order: an
// access matrix of a hundred users drawn from twenty shared policies compiles each combination
// once, and asks each about each action once (setPlan).
import { actionInSet } from '../match/action-set';
import type { PolicyInput, StatementRef, StatementTrace } from '../types';
import type { RequestedAction } from './requested-action';
import type { CompiledPolicy } from './compile-policy';
import type { CompiledStatement } from './compile-statement';
import type { GateSetup, MatchedAllow } from './evaluate-policies';
import { refsFor, type PolicyRefs } from './statement-refs';

/** A compiled list of policies of one type. Invariant: never mutated once built. */
export interface PolicySet {
  /** The statements that have a valid Effect, policy by policy, in document order. */
  statements: readonly CompiledStatement[];
  /** Aligned with statements: the policy (at its place in the request) each comes from. */
  owners: readonly PolicyRefs[];
  /** Aligned with statements: each one's ref, and the same as a matched Allow with no Principal. */
  refs: readonly StatementRef[];
  allows: readonly MatchedAllow[];
  /** The malformed parts of the policies, one line each, labelled with the policy. */
  problems: readonly string[];
}

/** A policy set read for one action. */
export interface SetPlan {
  /** In trace order: a frozen trace for a statement whose action did not match, or the index of a statement to evaluate. */
  steps: ReadonlyArray<StatementTrace | number>;
}

interface Cached {
  setup: GateSetup;
  /** The list's entries and, for each, the fields a set is built from. */
  snapshot: unknown[];
  set: PolicySet;
}

const FIELDS = 6;
const byList = new WeakMap<readonly unknown[], Cached[]>();
const byOne = new WeakMap<PolicyInput, Cached[]>();
// Sets by the refs they are made of, so equal lists held by different principals share one.
const interned = new Map<string, PolicySet>();
const MAX_INTERNED = 5000;
const MAX_PLANS_PER_ACTION = 512;

/** The policy set of a list of policies of one type, built once per content. */
export function policySetFor(list: readonly unknown[], setup: GateSetup): PolicySet {
  return cachedSet(byList, list, list, setup);
}

/** The policy set of a single policy (a boundary, a resource-based policy), built once. */
export function policySetForOne(input: PolicyInput, setup: GateSetup): PolicySet {
  return cachedSet(byOne, input, [input], setup);
}

function cachedSet<K extends object>(
  cache: WeakMap<K, Cached[]>,
  key: K,
  list: readonly unknown[],
  setup: GateSetup,
): PolicySet {
  const entries = cache.get(key);
  if (entries) {
    for (const c of entries) if (c.setup === setup && unchanged(list, c.snapshot)) return c.set;
  }
  const set = buildSet(list, setup);
  const next = entries ? entries.filter((c) => c.setup !== setup) : [];
  next.push({ setup, snapshot: snapshot(list), set });
  cache.set(key, next);
  return set;
}

function snapshot(list: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const p of list) {
    const input = isInput(p) ? p : undefined;
    out.push(p, input?.document, input?.name, input?.arn, input?.type, input?.attachedVia);
  }
  return out;
}

function unchanged(list: readonly unknown[], snap: unknown[]): boolean {
  if (snap.length !== list.length * FIELDS) return false;
  for (let k = 0, at = 0; k < list.length; k++, at += FIELDS) {
    const p = list[k];
    if (p !== snap[at]) return false;
    if (!isInput(p)) continue;
    if (
      p.document !== snap[at + 1] ||
      p.name !== snap[at + 2] ||
      p.arn !== snap[at + 3] ||
      p.type !== snap[at + 4] ||
      p.attachedVia !== snap[at + 5]
    ) {
      return false;
    }
  }
  return true;
}

function isInput(p: unknown): p is PolicyInput {
  return !!p && typeof p === 'object';
}

function buildSet(list: readonly unknown[], setup: GateSetup): PolicySet {
  const refs: Array<PolicyRefs | undefined> = list.map((p, k) =>
    isInput(p) ? refsFor(p, setup, k) : undefined,
  );
  const key = `${setup.gate}:${setup.scpLevel ?? ''}:${setup.resourceOptional}:${refs.map((r) => r?.id ?? 'x').join(',')}`;
  const hit = interned.get(key);
  if (hit) return hit;
  const statements: CompiledStatement[] = [];
  const owners: PolicyRefs[] = [];
  const stmtRefs: StatementRef[] = [];
  const allows: MatchedAllow[] = [];
  const problems: string[] = [];
  refs.forEach((r, index) => {
    if (!r) {
      problems.push(`${setup.gate} policy ${index}: not a policy`);
      return;
    }
    const label = r.input.name ?? r.input.arn ?? `${setup.gate} policy ${index}`;
    for (const p of r.compiled.allProblems) problems.push(`${label}: ${p}`);
    for (const s of r.compiled.statements) {
      if (s.effect === null) continue;
      const ref = r.refs[s.index] as StatementRef;
      statements.push(s);
      owners.push(r);
      stmtRefs.push(ref);
      allows.push(Object.freeze({ ref }));
    }
  });
  // Not frozen (frozen arrays read slower); readonly types and the module keep them unchanged.
  const set: PolicySet = { statements, owners, refs: stmtRefs, allows, problems };
  if (interned.size >= MAX_INTERNED) interned.clear();
  interned.set(key, set);
  return set;
}

const MAX_POLICIES_PER_ACTION = 1024;

// Which statements of one compiled policy name the action, kept with the action: sets built from
// the same policies share the work.
function policyMatches(compiled: CompiledPolicy, action: RequestedAction): readonly boolean[] {
  const hit = action.policies.get(compiled);
  if (hit) return hit;
  const { actionLower, service } = action;
  const bits = compiled.statements.map((s) => {
    if (s.actions === null) return false;
    const services = s.actions.services;
    if (!s.notAction && services && !services.has(service)) return false;
    return actionInSet(s.actions, actionLower, service) !== s.notAction;
  });
  if (action.policies.size >= MAX_POLICIES_PER_ACTION) action.policies.clear();
  action.policies.set(compiled, bits);
  return bits;
}

/** Which statements of the set name the requested action, worked out once per set and action. */
export function setPlan(set: PolicySet, action: RequestedAction): SetPlan {
  const hit = action.plans.get(set);
  if (hit) return hit;
  const steps: Array<StatementTrace | number> = [];
  let owner: PolicyRefs | undefined;
  let bits: readonly boolean[] = [];
  set.statements.forEach((s, n) => {
    const refs = set.owners[n] as PolicyRefs;
    if (refs !== owner) {
      owner = refs;
      bits = policyMatches(refs.compiled, action);
    }
    if (bits[s.index]) steps.push(n);
    else steps.push((set.owners[n] as PolicyRefs).skipped[s.index] as StatementTrace);
  });
  const plan: SetPlan = { steps };
  // Bounded: an action asked of more sets than this starts over.
  if (action.plans.size >= MAX_PLANS_PER_ACTION) action.plans.clear();
  action.plans.set(set, plan);
  return plan;
}
