// Managed policies: the Policies list, a policy's details, its JSON and its entities.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as iam from '@/aws/iam-policies';
import type { PolicyScope } from '@/aws/iam-policies';

export const policiesQuery = (caller: Caller, scope: PolicyScope = 'All') =>
  queryOptions({
    queryKey: ['iam', 'policies', 'list', scope, caller.arn],
    queryFn: () => iam.listPolicies(caller, { scope }),
  });

export const policyQuery = (caller: Caller, policyArn: string) =>
  queryOptions({
    queryKey: ['iam', 'policies', 'detail', policyArn, caller.arn],
    queryFn: () => iam.getPolicy(caller, policyArn),
  });

/** A version's JSON (for the default version, pass policy.defaultVersionId). */
export const policyVersionQuery = (caller: Caller, policyArn: string, versionId: string) =>
  queryOptions({
    queryKey: ['iam', 'policies', 'version', policyArn, versionId, caller.arn],
    queryFn: () => iam.getPolicyVersion(caller, policyArn, versionId),
  });

/** Entities attached, as a permissions policy (default) or as a permissions boundary. */
export const policyEntitiesQuery = (
  caller: Caller,
  policyArn: string,
  usage: 'PermissionsPolicy' | 'PermissionsBoundary' = 'PermissionsPolicy',
) =>
  queryOptions({
    queryKey: ['iam', 'policies', 'entities', policyArn, usage, caller.arn],
    queryFn: () => iam.listEntitiesForPolicy(caller, policyArn, usage),
  });
