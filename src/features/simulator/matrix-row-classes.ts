// Users whose rows of the access matrix are the same by construction: the same account, the same
// policies (documents and kinds), boundary and SCPs, none of which names who asks (no policy
// variable, no condition on aws:username, aws:PrincipalArn, ...). A worker evaluates one row per
// class; the others copy it, but for cells with a resource-based policy, which names principals.
import { decidesAlikeForPrincipals, type PolicyInput } from '@/iam';
import type { AuthorizationDetails, PrincipalDetails } from '@/queries/types';

const shape = (policy: PolicyInput) => [policy.type ?? '', policy.document];

/** The class of a principal's row, or undefined when its row is evaluated on its own. */
export function rowClassOf(
  details: AuthorizationDetails,
  principal: PrincipalDetails | undefined,
): string | undefined {
  // Roles and groups are few, and a role's session carries more of it (its ARN as roleArn).
  if (principal?.kind !== 'user') return undefined;
  const boundary = principal.permissionsBoundary;
  const scps = principal.serviceLinked ? [] : details.serviceControlPolicies.flat();
  const policies = [...principal.identityPolicies, ...(boundary ? [boundary] : []), ...scps];
  if (!decidesAlikeForPrincipals(policies)) return undefined;
  const account = principal.arn.split(':')[4] ?? '';
  return JSON.stringify([
    account,
    principal.serviceLinked === true,
    principal.identityPolicies.map(shape),
    boundary ? shape(boundary) : null,
  ]);
}
