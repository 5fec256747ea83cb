// Managed policies: the Policies list, a policy's details, versions and entities, and the
// customer managed policy changes.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as iam from '@/aws/iam-policies';
import type { PolicyScope } from '@/aws/iam-policies';
import * as customer from '@/aws/customer-policies';
import type { CreatePolicyInput } from '@/aws/customer-policies';
import * as iamConsole from '@/aws/console-policies';
import * as versions from '@/aws/policy-versions';
import * as iamAttach from '@/aws/iam-identity-policies';
import { useIamMutation } from './use-iam-mutation';

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

/** Entities attached as a permissions boundary (users and roles). */
export const policyBoundaryEntitiesQuery = (caller: Caller, policyArn: string) =>
  queryOptions({
    queryKey: ['iam', 'policies', 'boundary-entities', policyArn, caller.arn],
    queryFn: () => iam.listEntitiesForPolicy(caller, policyArn, 'PermissionsBoundary'),
  });

/** The Policy versions tab, newest first. */
export const policyVersionsQuery = (caller: Caller, policyArn: string) =>
  queryOptions({
    queryKey: ['iam', 'policies', 'versions', policyArn, caller.arn],
    queryFn: () => versions.listPolicyVersions(caller, policyArn),
  });

export const useCreatePolicy = () =>
  useIamMutation((v: { caller: Caller; input: CreatePolicyInput }) =>
    customer.createPolicy(v.caller, v.input),
  );

/** An edit's "Save changes": a new default version, deleting one first when 5 exist. */
export const useSavePolicyVersion = () =>
  useIamMutation(
    (v: {
      caller: Caller;
      policyArn: string;
      document: string;
      setAsDefault: boolean;
      deleteVersionId?: string;
    }) =>
      iamConsole.savePolicyVersion(v.caller, v.policyArn, v.document, {
        setAsDefault: v.setAsDefault,
        ...(v.deleteVersionId && { deleteVersionId: v.deleteVersionId }),
      }),
  );

export const useSetDefaultPolicyVersion = () =>
  useIamMutation((v: { caller: Caller; policyArn: string; versionId: string }) =>
    versions.setDefaultPolicyVersion(v.caller, v.policyArn, v.versionId),
  );

export const useDeletePolicyVersions = () =>
  useIamMutation(async (v: { caller: Caller; policyArn: string; versionIds: string[] }) => {
    for (const versionId of v.versionIds) {
      await versions.deletePolicyVersion(v.caller, v.policyArn, versionId);
    }
  });

/** The console's Delete: detaches the policy and deletes its versions first. */
export const useDeletePolicy = () =>
  useIamMutation((v: { caller: Caller; policyArn: string }) =>
    iamConsole.deletePolicy(v.caller, v.policyArn),
  );

/** A user or group named on the Entities attached tab. */
export interface PolicyEntityRef {
  kind: 'user' | 'group';
  name: string;
}

/** Entities attached > Attach: one Attach{User,Group}Policy call per entity. */
export const useAttachPolicyToEntities = () =>
  useIamMutation(async (v: { caller: Caller; policyArn: string; entities: PolicyEntityRef[] }) => {
    for (const e of v.entities) {
      if (e.kind === 'user') await iamAttach.attachUserPolicy(v.caller, e.name, v.policyArn);
      else await iamAttach.attachGroupPolicy(v.caller, e.name, v.policyArn);
    }
  });

/** Entities attached > Detach: one Detach{User,Group}Policy call per entity. */
export const useDetachPolicyFromEntities = () =>
  useIamMutation(async (v: { caller: Caller; policyArn: string; entities: PolicyEntityRef[] }) => {
    for (const e of v.entities) {
      if (e.kind === 'user') await iamAttach.detachUserPolicy(v.caller, e.name, v.policyArn);
      else await iamAttach.detachGroupPolicy(v.caller, e.name, v.policyArn);
    }
  });
