// GetAccountAuthorizationDetails, as the lab's whole-account tools need it: every user, group and
// role with the engine's inputs for its policies, and the organization's SCPs. "Who can" answers
// from it; the access matrix hands it to a Web Worker.

import {
  evaluateRequest,
  type AuthorizationRequest,
  type PolicyInput,
  type StatementRef,
} from '@/iam';
import { readAllBuckets } from '@/storage/buckets';
import { readTx } from '@/storage/db';
import { readAllGroups, readGroup } from '@/storage/groups';
import { readMembershipsOfUser } from '@/storage/memberships';
import type { LabReadTx } from '@/storage/schema';
import { readAllRoles } from '@/storage/roles';
import { readAllUsers } from '@/storage/users';
import type { Caller } from './caller';
import { runCall } from './call';
import {
  boundaryPolicy,
  groupPolicies,
  loadAttachedAwsCatalog,
  rolePolicies,
  toBoundaryInput,
  toPolicyInputs,
  userPolicies,
  type EffectivePolicy,
} from './identity-policies';
import { readScpLevels } from './organization-scps';
import {
  principalRequest,
  type AuthorizationDetails,
  type PrincipalDetails,
} from './principal-request';

export { principalRequest };
export type { AuthorizationDetails, PrincipalDetails, PrincipalKind } from './principal-request';

async function groupNamesOf(tx: LabReadTx, userName: string): Promise<string[]> {
  const names: string[] = [];
  for (const membership of await readMembershipsOfUser(tx, userName)) {
    const group = await readGroup(tx, membership.groupKey);
    if (group) names.push(group.groupName);
  }
  return names;
}

/** Every user, group and role with the engine's inputs, and the SCPs: read as the lab. */
export async function readDetails(): Promise<AuthorizationDetails> {
  const catalog = await loadAttachedAwsCatalog();
  return readTx(async (tx) => {
    const principals: PrincipalDetails[] = [];
    // Each group's policies are read once, however many members it has.
    const byGroup = new Map<string, Promise<EffectivePolicy[]>>();
    const groupPoliciesOf = (name: string) => {
      let found = byGroup.get(name);
      if (!found) {
        found = groupPolicies(tx, catalog, name);
        byGroup.set(name, found);
      }
      return found;
    };
    for (const user of await readAllUsers(tx)) {
      const boundary = await boundaryPolicy(tx, catalog, user.permissionsBoundary);
      principals.push({
        kind: 'user',
        name: user.userName,
        arn: user.arn,
        principal: {
          arn: user.arn,
          id: user.userId,
          tags: Object.fromEntries(user.tags.map((t) => [t.Key, t.Value])),
        },
        identityPolicies: toPolicyInputs(
          await userPolicies(tx, catalog, user.userName, groupPoliciesOf),
        ),
        ...(boundary && { permissionsBoundary: toBoundaryInput(boundary) }),
        groupNames: await groupNamesOf(tx, user.userName),
      });
    }
    for (const group of await readAllGroups(tx)) {
      principals.push({
        kind: 'group',
        name: group.groupName,
        arn: group.arn,
        principal: { arn: group.arn, id: group.groupId },
        identityPolicies: toPolicyInputs(await groupPoliciesOf(group.groupName)),
      });
    }
    for (const role of await readAllRoles(tx)) {
      const boundary = await boundaryPolicy(tx, catalog, role.permissionsBoundary);
      principals.push({
        kind: 'role',
        name: role.roleName,
        arn: role.arn,
        principal: {
          arn: role.arn,
          id: role.roleId,
          roleArn: role.arn,
          tags: Object.fromEntries(role.tags.map((t) => [t.Key, t.Value])),
        },
        identityPolicies: toPolicyInputs(await rolePolicies(tx, catalog, role.roleName), 'role'),
        ...(boundary && { permissionsBoundary: toBoundaryInput(boundary) }),
        ...(role.serviceLinkedService && { serviceLinked: true }),
      });
    }
    const bucketPolicies: Record<string, string> = {};
    for (const bucket of await readAllBuckets(tx)) {
      if (bucket.policy) bucketPolicies[bucket.name] = bucket.policy;
    }
    return { principals, serviceControlPolicies: await readScpLevels(tx), bucketPolicies };
  });
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
