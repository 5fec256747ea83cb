// The policies of one policy type in a request, read once per list and kept while the list holds
// the same policies, and which statements of a policy name an action, worked out once per policy
// and action and shared by every principal and list that holds the policy: an access matrix of a
// hundred users drawn from twenty shared policies asks each statement about each action once.
import { actionInSet } from '../match/action-set';
import type { PolicyInput } from '../types';
import type { CompiledPolicy } from './compile-policy';
import type { GateSetup } from './evaluate-policies';
import type { RequestedAction } from './requested-action';
import { refsFor, type PolicyRefs } from './statement-refs';

/** A list of policies of one type, read once. Invariant: never mutated once built. */
export interface PolicySet {
  /** The policies at their places in the request, in order (entries that are no policy left out). */
  policies: readonly PolicyRefs[];
  /** The malformed parts of the policies, one line each, labelled with the policy. */
  problems: readonly string[];
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
    for (let k = 0; k < entries.length; k++) {
      const c = entries[k] as Cached;
      if (c.setup === setup && unchanged(list, c.snapshot)) return c.set;
    }
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
  const policies: PolicyRefs[] = [];
  const problems: string[] = [];
  list.forEach((p, index) => {
    if (!isInput(p)) {
      problems.push(`${setup.gate} policy ${index}: not a policy`);
      return;
    }
    const r = refsFor(p, setup, index);
    const label = r.input.name ?? r.input.arn ?? `${setup.gate} policy ${index}`;
    for (const problem of r.compiled.allProblems) problems.push(`${label}: ${problem}`);
    policies.push(r);
  });
  return { policies, problems };
}

const MAX_POLICIES_PER_ACTION = 1024;

/**
 * Which statements of a compiled policy name the requested action (Action or NotAction), by
 * statement index; kept with the action, so one request finds all its answers in one small map.
 */
export function statementMatches(
  compiled: CompiledPolicy,
  action: RequestedAction,
): readonly boolean[] {
  const hit = action.policies.get(compiled);
  if (hit) return hit;
  const { actionLower, service } = action;
  const bits = compiled.statements.map((s) => {
    if (s.actions === null) return false;
    const services = s.actions.services;
    if (!s.notAction && services && !services.has(service)) return false;
    return actionInSet(s.actions, actionLower, service) !== s.notAction;
  });
  // Bounded: an action asked of more policies than this starts over.
  if (action.policies.size >= MAX_POLICIES_PER_ACTION) action.policies.clear();
  action.policies.set(compiled, bits);
  return bits;
}
