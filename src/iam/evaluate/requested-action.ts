// The requested action as the evaluator reads it, once per distinct spelling: action names are
// case-insensitive, and each action keeps the plans of the policy sets it was asked of.
import type { CompiledPolicy } from './compile-policy';

/** A requested action, read once, with the plans of the policy sets asked about it. */
export interface RequestedAction {
  actionLower: string;
  /** The lower-case service prefix ("s3"). */
  service: string;
  /** sts:AssumeRole and the other actions a role trust policy decides. */
  trustAction: boolean;
  /** Which statements of each compiled policy name this action. */
  policies: Map<CompiledPolicy, readonly boolean[]>;
}

const TRUST_ACTIONS = new Set([
  'sts:assumerole',
  'sts:assumerolewithsaml',
  'sts:assumerolewithwebidentity',
  'sts:tagsession',
  'sts:setsourceidentity',
  'sts:setcontext',
]);

const MAX_ACTIONS = 20000;
const requested = new Map<string, RequestedAction>();

/** The requested action, read once per spelling. */
export function requestedAction(action: string): RequestedAction {
  let hit = requested.get(action);
  if (!hit) {
    const actionLower = action.toLowerCase();
    const colon = actionLower.indexOf(':');
    const service = colon >= 0 ? actionLower.slice(0, colon) : actionLower;
    hit = {
      actionLower,
      service,
      trustAction: TRUST_ACTIONS.has(actionLower),
      policies: new Map(),
    };
    // Bounded: a caller asking about more distinct actions than this starts over.
    if (requested.size >= MAX_ACTIONS) requested.clear();
    requested.set(action, hit);
  }
  return hit;
}
