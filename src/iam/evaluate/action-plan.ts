// Per compiled policy and action: which statements' Action covers the action, worked out once and
// shared by every principal and place that has the policy, so an access matrix or a console page
// asks each statement about each action once. Used for the policy types that have no Principal to
// check first: identity-based, permissions boundary, session and SCP.
import { actionInSet } from '../match/action-set';
import type { CompiledPolicy } from './compile-policy';

/**
 * Bit k (of 31-bit words) is set when statement k has an Effect and its Action (or NotAction)
 * covers the action. A policy of at most 31 statements has one word, kept as a plain number so a
 * lookup reads no other object.
 */
export type ActionPlan = number | readonly number[];

const WORD = 31;

/** A requested action, read once per distinct spelling, with the plans of the policies asked. */
export interface RequestedAction {
  actionLower: string;
  /** The lower-case service prefix ("s3"). */
  service: string;
  /** Kept with the action, not the policy: one request looks up all its policies in one small map. */
  plans: Map<CompiledPolicy, ActionPlan>;
}

const MAX_ACTIONS = 20000;
const MAX_PLANS_PER_ACTION = 512;
const requested = new Map<string, RequestedAction>();

/** The requested action as the evaluator reads it (action names are case-insensitive). */
export function requestedAction(action: string): RequestedAction {
  let hit = requested.get(action);
  if (!hit) {
    const actionLower = action.toLowerCase();
    const colon = actionLower.indexOf(':');
    const service = colon >= 0 ? actionLower.slice(0, colon) : actionLower;
    hit = { actionLower, service, plans: new Map() };
    // Bounded: a caller asking about more distinct actions than this starts over.
    if (requested.size >= MAX_ACTIONS) requested.clear();
    requested.set(action, hit);
  }
  return hit;
}

/** The plan of a policy for the requested action, built once. */
export function actionPlan(compiled: CompiledPolicy, action: RequestedAction): ActionPlan {
  const hit = action.plans.get(compiled);
  if (hit !== undefined) return hit;
  const { actionLower, service } = action;
  const { statements } = compiled;
  const words: number[] = new Array<number>(Math.ceil(statements.length / WORD)).fill(0);
  for (let k = 0; k < statements.length; k++) {
    const s = statements[k];
    if (!s || s.effect === null || s.actions === null) continue;
    const services = s.actions.services;
    const matches =
      (s.notAction || !services || services.has(service)) &&
      actionInSet(s.actions, actionLower, service) !== s.notAction;
    if (matches) words[(k / WORD) | 0] = (words[(k / WORD) | 0] as number) | (1 << (k % WORD));
  }
  const plan: ActionPlan = words.length <= 1 ? (words[0] ?? 0) : Object.freeze(words);
  if (action.plans.size >= MAX_PLANS_PER_ACTION) action.plans.clear();
  action.plans.set(compiled, plan);
  return plan;
}

/** True when the plan says statement k's action matched. */
export function planMatches(plan: ActionPlan, k: number): boolean {
  const word = typeof plan === 'number' ? (k < WORD ? plan : 0) : (plan[(k / WORD) | 0] ?? 0);
  return ((word >>> (k % WORD)) & 1) === 1;
}
