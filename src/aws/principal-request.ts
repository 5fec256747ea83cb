// The engine's request for one principal of GetAccountAuthorizationDetails: plain data and one
// pure function, small enough for the access matrix's Web Worker (no storage in it).

import type { AuthorizationRequest, PolicyInput, RequestPrincipal } from '@/iam';

export type PrincipalKind = 'user' | 'group' | 'role';

/** One principal and the engine's inputs for it (plain data: it crosses to a Web Worker). */
export interface PrincipalDetails {
  kind: PrincipalKind;
  name: string;
  arn: string;
  principal: RequestPrincipal;
  identityPolicies: PolicyInput[];
  permissionsBoundary?: PolicyInput;
  /** Service-linked roles: SCPs do not limit them. */
  serviceLinked?: boolean;
  /** A user's groups. */
  groupNames?: string[];
}

export interface AuthorizationDetails {
  principals: PrincipalDetails[];
  /** The organization's SCPs, one list per level (root, OU, account). */
  serviceControlPolicies: PolicyInput[][];
}

/** The request one principal would make for an action on a resource. */
export function principalRequest(
  details: AuthorizationDetails,
  principal: PrincipalDetails,
  action: string,
  resource: string,
  resourcePolicy?: PolicyInput,
): AuthorizationRequest {
  const request: AuthorizationRequest = {
    principal: principal.principal,
    action,
    resource,
    identityPolicies: principal.identityPolicies,
  };
  if (!principal.serviceLinked) request.serviceControlPolicies = details.serviceControlPolicies;
  if (principal.permissionsBoundary) request.permissionsBoundary = principal.permissionsBoundary;
  if (resourcePolicy) request.resourcePolicy = resourcePolicy;
  return request;
}
