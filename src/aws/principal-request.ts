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
  /** Bucket policies by bucket name: the resource-based policy of requests on S3 ARNs. */
  bucketPolicies?: Readonly<Record<string, string>>;
  /** Roles' trust policies by role ARN: the resource-based policy of STS requests on the role. */
  trustPolicies?: Readonly<Record<string, string>>;
}

const S3_ARN = 'arn:aws:s3:::';

/** The bucket policy of an S3 resource ARN, as the engine takes it (the lab's own principals). */
function bucketPolicyOf(details: AuthorizationDetails, resource: string): PolicyInput | undefined {
  if (!resource.startsWith(S3_ARN)) return undefined;
  const bucket = resource.slice(S3_ARN.length).split('/')[0] ?? '';
  const document = details.bucketPolicies?.[bucket];
  if (document === undefined) return undefined;
  return {
    document,
    name: 'Bucket policy',
    arn: `${S3_ARN}${bucket}`,
    type: 'resource',
    attachedVia: `Bucket ${bucket}`,
  };
}

/** A role's trust policy, for an STS action (sts:AssumeRole, sts:TagSession, ...) on the role. */
function trustPolicyOf(
  details: AuthorizationDetails,
  action: string,
  resource: string,
): PolicyInput | undefined {
  if (!action.toLowerCase().startsWith('sts:')) return undefined;
  const document = details.trustPolicies?.[resource];
  if (document === undefined) return undefined;
  return { document, name: 'Trust policy', arn: resource, type: 'trust' };
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
  const resourceBased =
    resourcePolicy ?? bucketPolicyOf(details, resource) ?? trustPolicyOf(details, action, resource);
  if (resourceBased) request.resourcePolicy = resourceBased;
  return request;
}
