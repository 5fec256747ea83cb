// AWS's denial message variants ("because no identity-based policy allows ...", "with an explicit
// deny in a service control policy"), decoded into plain words for learners.
import type { DenialReason, EvalDecision } from '../types';

/** What the wording needs of a decision: an Evaluation, or a recorded summary of one. */
export interface DecisionFacts {
  decision: EvalDecision;
  denial?: Pick<DenialReason, 'kind' | 'policyType'>;
  request: { action: string };
}

export interface DecisionInWords {
  /** The part of AWS's message that names the reason, e.g. "because no permissions boundary allows the s3:GetObject action". */
  variant: string;
  /** What it means, in plain words. */
  meaning: string;
}

const IMPLICIT: Record<DenialReason['policyType'], string> = {
  scp: 'A service control policy (SCP) of the organization does not allow this action. SCPs set the most that principals of an account may do: the root, every OU on the way and the account itself must each allow it. An SCP never grants anything by itself.',
  resource:
    "The resource's own policy (for example a bucket policy) does not allow this principal. Across accounts, the resource policy and the caller's identity-based policies must both allow the request.",
  identity:
    'None of the identity-based policies of this principal (attached directly, through a group, or inline) has an Allow statement that matches this action, resource and conditions. Without a matching Allow, AWS denies by default: an implicit deny.',
  boundary:
    "The principal's permissions boundary does not allow this action. A boundary caps what identity-based policies can grant: the action must be allowed both by an identity-based policy and by the boundary.",
  session:
    'The session policy passed when the role was assumed does not allow this action. A session gets at most what both the role and its session policies allow.',
  trust:
    "The role's trust policy does not name this principal (or its conditions did not match), so the principal may not assume the role, whatever its own policies allow.",
};

const EXPLICIT: Record<DenialReason['policyType'], string> = {
  scp: 'A Deny statement in a service control policy matched the request.',
  resource: "A Deny statement in the resource's own policy matched the request.",
  identity: 'A Deny statement in one of the identity-based policies matched the request.',
  boundary: 'A Deny statement in the permissions boundary matched the request.',
  session: 'A Deny statement in a session policy matched the request.',
  trust: "A Deny statement in the role's trust policy matched the request.",
};

const NOUN: Record<DenialReason['policyType'], { implicit: string; explicit: string }> = {
  scp: { implicit: 'service control policy', explicit: 'a service control policy' },
  resource: { implicit: 'resource-based policy', explicit: 'a resource-based policy' },
  identity: { implicit: 'identity-based policy', explicit: 'an identity-based policy' },
  boundary: { implicit: 'permissions boundary', explicit: 'a permissions boundary' },
  session: { implicit: 'session policy', explicit: 'a session policy' },
  trust: { implicit: 'role trust policy', explicit: 'the role trust policy' },
};

/**
 * The reason part of AWS's message and its meaning: an explicit deny anywhere wins over every
 * Allow; otherwise the first policy type (in AWS's order) without a matching Allow refused.
 */
export function decisionInWords(evaluation: DecisionFacts): DecisionInWords {
  const { action } = evaluation.request;
  const reason = evaluation.denial;
  if (evaluation.decision === 'allowed' || !reason) {
    return {
      variant: 'Allowed',
      meaning:
        'Every policy type that applies allows the request, and no statement denies it. The statements below granted it.',
    };
  }
  if (reason.kind === 'explicit') {
    return {
      variant: `with an explicit deny in ${NOUN[reason.policyType].explicit}`,
      meaning: `${EXPLICIT[reason.policyType]} An explicit deny overrides every Allow in every policy, so nothing else can grant this request.`,
    };
  }
  return {
    variant: `because no ${NOUN[reason.policyType].implicit} allows the ${action} action`,
    meaning: IMPLICIT[reason.policyType],
  };
}
