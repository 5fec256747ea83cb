// GetAccountAuthorizationDetails, as the lab's whole-account tools need it: every user, group and
// role with the engine's inputs for its policies, and the organization's SCPs. "Who can" answers
// from it; the access matrix hands it to a Web Worker.

import {
  evaluateRequest,
  type AuthorizationRequest,
  type PolicyInput,
  type StatementRef,
} from '@/iam';
import type { Caller } from './caller';
import { runCall } from './call';
import { readAccountSnapshot } from './account-snapshot';
import { toBoundaryInput, toPolicyInputs } from './identity-policies';
import {
  principalRequest,
  type AuthorizationDetails,
  type PrincipalDetails,
} from './principal-request';

export { principalRequest };
export type { AuthorizationDetails, PrincipalDetails, PrincipalKind } from './principal-request';

const tagsOf = (tags: ReadonlyArray<{ Key: string; Value: string }>) =>
  Object.fromEntries(tags.map((t) => [t.Key, t.Value]));

/**
 * Every user, group and role with the engine's inputs, and the SCPs: read as the lab, in one
 * transaction (one getAll per store) and joined in memory.
 */
export async function readDetails(): Promise<AuthorizationDetails> {
  const lab = await readAccountSnapshot();
  const principals: PrincipalDetails[] = [];
  for (const user of lab.users) {
    const boundary = lab.boundaryOf(user.permissionsBoundary);
    principals.push({
      kind: 'user',
      name: user.userName,
      arn: user.arn,
      principal: { arn: user.arn, id: user.userId, tags: tagsOf(user.tags) },
      identityPolicies: toPolicyInputs(lab.userPolicies(user)),
      ...(boundary && { permissionsBoundary: toBoundaryInput(boundary) }),
      groupNames: lab.groupNamesOf(user),
    });
  }
  for (const group of lab.groups) {
    principals.push({
      kind: 'group',
      name: group.groupName,
      arn: group.arn,
      principal: { arn: group.arn, id: group.groupId },
      identityPolicies: toPolicyInputs(lab.groupPolicies(group)),
    });
  }
  for (const role of lab.roles) {
    const boundary = lab.boundaryOf(role.permissionsBoundary);
    principals.push({
      kind: 'role',
      name: role.roleName,
      arn: role.arn,
      principal: { arn: role.arn, id: role.roleId, roleArn: role.arn, tags: tagsOf(role.tags) },
      identityPolicies: toPolicyInputs(lab.rolePolicies(role), 'role'),
      ...(boundary && { permissionsBoundary: toBoundaryInput(boundary) }),
      ...(role.serviceLinkedService && { serviceLinked: true }),
    });
  }
  const bucketPolicies: Record<string, string> = {};
  for (const bucket of lab.buckets) {
    if (bucket.policy) bucketPolicies[bucket.name] = bucket.policy;
  }
  const trustPolicies = Object.fromEntries(
    lab.roles.map((role) => [role.arn, role.assumeRolePolicyDocument]),
  );
  const { serviceControlPolicies } = lab;
  return { principals, serviceControlPolicies, bucketPolicies, trustPolicies };
}

/** GetAccountAuthorizationDetails (Resource "*"), shaped for the engine. */
export function getAccountAuthorizationDetails(caller: Caller): Promise<AuthorizationDetails> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'GetAccountAuthorizationDetails',
      action: 'iam:GetAccountAuthorizationDetails',
      resource: '*',
    },
    async (call) => {
      await call.authorize({ action: 'iam:GetAccountAuthorizationDetails', resource: '*' });
      return readDetails();
    },
  );
}

export interface WhoCanEntry {
  principal: PrincipalDetails;
  statements: StatementRef[];
  request: AuthorizationRequest;
}

export interface WhoCanAnswer {
  allowed: WhoCanEntry[];
  explicitlyDenied: WhoCanEntry[];
}

/**
 * "Who can": every user and role allowed the action on the resource, through which policy and
 * statement, and those explicitly denied. Groups are no principals: their members answer.
 */
export async function whoCan(
  caller: Caller,
  input: { action: string; resource: string; resourcePolicy?: PolicyInput },
): Promise<WhoCanAnswer> {
  const details = await getAccountAuthorizationDetails(caller);
  const answer: WhoCanAnswer = { allowed: [], explicitlyDenied: [] };
  for (const principal of details.principals) {
    if (principal.kind === 'group') continue;
    const request = principalRequest(
      details,
      principal,
      input.action,
      input.resource,
      input.resourcePolicy,
    );
    const evaluation = evaluateRequest(request, { trace: 'none' });
    const entry = { principal, statements: evaluation.decisiveStatements, request };
    if (evaluation.decision === 'allowed') answer.allowed.push(entry);
    else if (evaluation.decision === 'explicitDeny') answer.explicitlyDenied.push(entry);
  }
  return answer;
}
