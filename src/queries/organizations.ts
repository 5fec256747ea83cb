// AWS Organizations: the lab organization's service control policies and their targets.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as organizations from '@/aws/organizations-api';
import type { ScpPolicyInput } from '@/aws/organizations-api';
import { useIamMutation } from './use-iam-mutation';

export const scpPoliciesQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'organizations', 'policies', caller.arn],
    queryFn: () => organizations.listPolicies(caller),
  });

/** The organization's root, OU and account. */
export const scpTargetsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'organizations', 'targets', caller.arn],
    queryFn: () => organizations.listTargets(caller),
  });

export const scpPolicyQuery = (caller: Caller, policyId: string) =>
  queryOptions({
    queryKey: ['iam', 'organizations', 'policy', policyId, caller.arn],
    queryFn: () => organizations.describePolicy(caller, policyId),
  });

// An SCP change alters what every page may show, as an IAM change does.
export const useCreateScp = () =>
  useIamMutation((v: { caller: Caller; input: ScpPolicyInput }) =>
    organizations.createPolicy(v.caller, v.input),
  );

export const useUpdateScp = () =>
  useIamMutation((v: { caller: Caller; policyId: string; input: Partial<ScpPolicyInput> }) =>
    organizations.updatePolicy(v.caller, v.policyId, v.input),
  );

export const useDeleteScp = () =>
  useIamMutation((v: { caller: Caller; policyId: string }) =>
    organizations.deletePolicy(v.caller, v.policyId),
  );

export const useAttachScp = () =>
  useIamMutation((v: { caller: Caller; policyId: string; targetId: string }) =>
    organizations.attachPolicy(v.caller, v.policyId, v.targetId),
  );

export const useDetachScp = () =>
  useIamMutation((v: { caller: Caller; policyId: string; targetId: string }) =>
    organizations.detachPolicy(v.caller, v.policyId, v.targetId),
  );
