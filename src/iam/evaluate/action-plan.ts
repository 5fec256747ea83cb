// Per compiled policy and action: which statements' Action covers the action, worked out once and
// shared by every principal and place that has the policy, so an access matrix or a console page
// asks each statement about each action once. Used for the policy types that have no Principal to
// check first: identity-based, permissions boundary, session and SCP.
import { actionInSet } from '../match/action-set';
import type { CompiledPolicy } from './compile-policy';

/**
 * Aligned with the policy's statements: 1 where the statement has an Effect and its Action (or
 * NotAction) covers the action, 2 where it has an Effect and does not, 0 where it has no Effect.
 */
export type ActionPlan = Uint8Array;

export const PLAN_MATCHES = 1;
export const PLAN_SKIPPED = 2;

const MAX_PLANS = 8192;

/** The plan of a policy for a lower-case action of the given lower-case service, built once. */
export function actionPlan(
  compiled: CompiledPolicy,
  actionLower: string,
  service: string,
): ActionPlan {
  const hit = compiled.plans.get(actionLower);
  if (hit) return hit;
  const { statements } = compiled;
  const plan = new Uint8Array(statements.length);
  for (let k = 0; k < statements.length; k++) {
    const s = statements[k];
    if (!s || s.effect === null) continue;
    const services = s.actions?.services;
    const matches =
      s.actions !== null &&
      (s.notAction || !services || services.has(service)) &&
      actionInSet(s.actions, actionLower, service) !== s.notAction;
    plan[k] = matches ? PLAN_MATCHES : PLAN_SKIPPED;
  }
  // Bounded: a policy asked about more actions than this starts over.
  if (compiled.plans.size >= MAX_PLANS) compiled.plans.clear();
  compiled.plans.set(actionLower, plan);
  return plan;
}
