// The simulated AWS Organizations API for the lab organization's service control policies:
// ListPolicies, DescribePolicy, CreatePolicy, UpdatePolicy, DeletePolicy, AttachPolicy,
// DetachPolicy and ListPoliciesForTarget. Used as `organizations.createPolicy(caller, ...)`.

import { readTx, writeTx } from '@/storage/db';
import { newScpPolicyId } from '@/storage/ids';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import {
  FULL_AWS_ACCESS_ID,
  ORG_ID,
  ORG_MANAGEMENT_ACCOUNT_ID,
  ORG_OU_ID,
  ORG_OU_NAME,
  ORG_ROOT_ID,
  ORG_TARGET_IDS,
  readAllScpPolicies,
  readScpTargetPolicyIds,
  removeScpPolicy,
  writeScpPolicy,
  writeScpTarget,
} from '@/storage/organizations';
import type { LabReadTx } from '@/storage/schema';
import type { ScpPolicyRecord } from '@/storage/types';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall, type CallScope } from './call';
import { FULL_AWS_ACCESS, readAnyScp, scpArn } from './organization-scps';
import { checkPolicyDocument } from './policy-documents';

export type ScpTargetType = 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT';

/** A root, OU or account of the lab organization. */
export interface ScpTarget {
  targetId: string;
  arn: string;
  name: string;
  type: ScpTargetType;
}

/** A policy as ListPolicies and DescribePolicy return it (with its content for the console). */
export interface ScpPolicy {
  policyId: string;
  arn: string;
  name: string;
  description: string;
  /** FullAWSAccess: AWS's own, which nobody can change or delete. */
  awsManaged: boolean;
  content: string;
  /** The targets it is attached to, root first. */
  targetIds: string[];
}

export interface ScpPolicyInput {
  name: string;
  description: string;
  content: string;
}

const TYPE_CONTEXT = { 'organizations:PolicyType': 'SERVICE_CONTROL_POLICY' };
const ORG_ARN = `arn:aws:organizations::${ORG_MANAGEMENT_ACCOUNT_ID}`;
/** AWS's quotas: 5 SCPs per target, 1,000 SCPs per organization. */
const MAX_PER_TARGET = 5;
const MAX_POLICIES = 1000;

/** The lab organization's targets, root first. */
export const SCP_TARGETS: readonly ScpTarget[] = [
  {
    targetId: ORG_ROOT_ID,
    arn: `${ORG_ARN}:root/${ORG_ID}/${ORG_ROOT_ID}`,
    name: 'Root',
    type: 'ROOT',
  },
  {
    targetId: ORG_OU_ID,
    arn: `${ORG_ARN}:ou/${ORG_ID}/${ORG_OU_ID}`,
    name: ORG_OU_NAME,
    type: 'ORGANIZATIONAL_UNIT',
  },
  {
    targetId: LAB_ACCOUNT_ID,
    arn: `${ORG_ARN}:account/${ORG_ID}/${LAB_ACCOUNT_ID}`,
    name: 'Lab account',
    type: 'ACCOUNT',
  },
];

function targetOf(targetId: string): ScpTarget {
  const target = SCP_TARGETS.find((t) => t.targetId === targetId);
  if (!target) {
    throw new AwsError(
      'TargetNotFoundException',
      "We can't find a root, OU, account, or email that you specified.",
    );
  }
  return target;
}

const policyNotFound = () =>
  new AwsError(
    'PolicyNotFoundException',
    "We can't find a policy with the PolicyId that you specified.",
  );

/** Organizations calls: authorized on the lab account's side (see organization-scps.ts). */
function authorize(call: CallScope, action: string, resource: string) {
  return call.authorize({
    action,
    resource,
    context: TYPE_CONTEXT,
    resourceAccount: LAB_ACCOUNT_ID,
  });
}

function orgCall<T>(
  caller: Caller,
  operation: string,
  resource: string,
  body: (call: CallScope) => Promise<T>,
): Promise<T> {
  const action = `organizations:${operation}`;
  return runCall(caller, { service: 'organizations', operation, action, resource }, body);
}

async function targetsOf(tx: LabReadTx): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const targetId of ORG_TARGET_IDS) {
    for (const policyId of await readScpTargetPolicyIds(tx, targetId)) {
      out.set(policyId, [...(out.get(policyId) ?? []), targetId]);
    }
  }
  return out;
}

function toPolicy(record: ScpPolicyRecord, targets: Map<string, string[]>): ScpPolicy {
  return {
    policyId: record.policyId,
    arn: record.arn,
    name: record.name,
    description: record.description,
    awsManaged: record.policyId === FULL_AWS_ACCESS_ID,
    content: record.content,
    targetIds: targets.get(record.policyId) ?? [],
  };
}

/**
 * The organization's structure for the SCP pages: ListRoots, ListOrganizationalUnitsForParent and
 * ListAccountsForParent, which the lab answers with its one root, OU and account.
 */
export function listTargets(caller: Caller): Promise<readonly ScpTarget[]> {
  const [root, ou] = SCP_TARGETS as [ScpTarget, ScpTarget, ScpTarget];
  return orgCall(caller, 'ListRoots', '*', async (call) => {
    await authorize(call, 'organizations:ListRoots', '*');
    await call.authorize({
      operation: 'ListOrganizationalUnitsForParent',
      action: 'organizations:ListOrganizationalUnitsForParent',
      resource: root.arn,
      resourceAccount: LAB_ACCOUNT_ID,
    });
    await call.authorize({
      operation: 'ListAccountsForParent',
      action: 'organizations:ListAccountsForParent',
      resource: ou.arn,
      resourceAccount: LAB_ACCOUNT_ID,
    });
    return SCP_TARGETS;
  });
}

/** ListPolicies (Filter SERVICE_CONTROL_POLICY): FullAWSAccess first, then by name. */
export function listPolicies(caller: Caller): Promise<ScpPolicy[]> {
  return orgCall(caller, 'ListPolicies', '*', async (call) => {
    await authorize(call, 'organizations:ListPolicies', '*');
    return readTx(async (tx) => {
      const targets = await targetsOf(tx);
      const customer = (await readAllScpPolicies(tx)).sort((a, b) => a.name.localeCompare(b.name));
      return [FULL_AWS_ACCESS, ...customer].map((p) => toPolicy(p, targets));
    });
  });
}

/** DescribePolicy. */
export function describePolicy(caller: Caller, policyId: string): Promise<ScpPolicy> {
  return orgCall(caller, 'DescribePolicy', scpArn(policyId), async (call) => {
    await authorize(call, 'organizations:DescribePolicy', scpArn(policyId));
    return readTx(async (tx) => {
      const record = await readAnyScp(tx, policyId);
      if (!record) throw policyNotFound();
      return toPolicy(record, await targetsOf(tx));
    });
  });
}

/** ListPoliciesForTarget: the SCPs attached directly to a root, OU or account. */
export function listPoliciesForTarget(caller: Caller, targetId: string): Promise<ScpPolicy[]> {
  const target = targetOf(targetId);
  return orgCall(caller, 'ListPoliciesForTarget', target.arn, async (call) => {
    await authorize(call, 'organizations:ListPoliciesForTarget', target.arn);
    return readTx(async (tx) => {
      const targets = await targetsOf(tx);
      const out: ScpPolicy[] = [];
      for (const policyId of await readScpTargetPolicyIds(tx, targetId)) {
        const record = await readAnyScp(tx, policyId);
        if (record) out.push(toPolicy(record, targets));
      }
      return out;
    });
  });
}

function checkNameAndDescription(input: Pick<ScpPolicyInput, 'name' | 'description'>) {
  if (input.name.length < 1 || input.name.length > 128) {
    throw new AwsError(
      'InvalidInputException',
      'You provided a value that does not match the required pattern.',
    );
  }
  if (input.description.length > 512) {
    throw new AwsError('InvalidInputException', 'You specified a value that is too long.');
  }
}

function refuseAwsManaged(policyId: string) {
  if (policyId === FULL_AWS_ACCESS_ID) {
    throw new AwsError(
      'InvalidInputException',
      'You cannot modify or delete an AWS managed policy.',
    );
  }
}

/** CreatePolicy (Type SERVICE_CONTROL_POLICY). Returns the new policy's ID. */
export function createPolicy(caller: Caller, input: ScpPolicyInput): Promise<string> {
  const policyId = newScpPolicyId();
  const arn = scpArn(policyId);
  return orgCall(caller, 'CreatePolicy', arn, async (call) => {
    await authorize(call, 'organizations:CreatePolicy', arn);
    checkNameAndDescription(input);
    await checkPolicyDocument(input.content, 'scp');
    await writeTx(async (tx) => {
      const existing = await readAllScpPolicies(tx);
      if (existing.some((p) => p.name === input.name) || input.name === FULL_AWS_ACCESS.name) {
        throw new AwsError(
          'DuplicatePolicyException',
          'A policy with the same name already exists.',
        );
      }
      if (existing.length + 1 >= MAX_POLICIES) {
        throw new AwsError(
          'ConstraintViolationException',
          'You have attempted to exceed the number of policies that you can have in an organization.',
        );
      }
      const record: ScpPolicyRecord = {
        policyId,
        arn,
        name: input.name,
        description: input.description,
        content: input.content,
        createDate: call.time,
        lastUpdatedDate: call.time,
      };
      await writeScpPolicy(tx, record, call.change);
    });
    return policyId;
  });
}

/** UpdatePolicy: a new name, description or content. */
export function updatePolicy(
  caller: Caller,
  policyId: string,
  input: Partial<ScpPolicyInput>,
): Promise<void> {
  const arn = scpArn(policyId);
  return orgCall(caller, 'UpdatePolicy', arn, async (call) => {
    await authorize(call, 'organizations:UpdatePolicy', arn);
    refuseAwsManaged(policyId);
    if (input.content !== undefined) await checkPolicyDocument(input.content, 'scp');
    await writeTx(async (tx) => {
      const all = await readAllScpPolicies(tx);
      const record = all.find((p) => p.policyId === policyId);
      if (!record) throw policyNotFound();
      const next = { ...record, ...input, lastUpdatedDate: call.time };
      checkNameAndDescription(next);
      if (all.some((p) => p.policyId !== policyId && p.name === next.name)) {
        throw new AwsError(
          'DuplicatePolicyException',
          'A policy with the same name already exists.',
        );
      }
      await writeScpPolicy(tx, next, call.change);
    });
  });
}

/** DeletePolicy: only once it is detached from every target. */
export function deletePolicy(caller: Caller, policyId: string): Promise<void> {
  const arn = scpArn(policyId);
  return orgCall(caller, 'DeletePolicy', arn, async (call) => {
    await authorize(call, 'organizations:DeletePolicy', arn);
    refuseAwsManaged(policyId);
    await writeTx(async (tx) => {
      if ((await targetsOf(tx)).has(policyId)) {
        throw new AwsError(
          'PolicyInUseException',
          'The policy is attached to one or more entities. You must detach it from all roots, OUs, and accounts before performing this operation.',
        );
      }
      if (!(await removeScpPolicy(tx, policyId, call.change))) throw policyNotFound();
    });
  });
}

/** AttachPolicy: authorized on the policy and on the target. */
export function attachPolicy(caller: Caller, policyId: string, targetId: string): Promise<void> {
  const arn = scpArn(policyId);
  return orgCall(caller, 'AttachPolicy', arn, async (call) => {
    const target = targetOf(targetId);
    await authorize(call, 'organizations:AttachPolicy', arn);
    await authorize(call, 'organizations:AttachPolicy', target.arn);
    await writeTx(async (tx) => {
      if (!(await readAnyScp(tx, policyId))) throw policyNotFound();
      const current = await readScpTargetPolicyIds(tx, targetId);
      if (current.includes(policyId)) {
        throw new AwsError(
          'DuplicatePolicyAttachmentException',
          'The selected policy is already attached to the specified target.',
        );
      }
      if (current.length >= MAX_PER_TARGET) {
        throw new AwsError(
          'ConstraintViolationException',
          'You have attached the maximum number of policies of this type (5) to the specified target.',
        );
      }
      await writeScpTarget(tx, { targetId, policyIds: [...current, policyId] }, call.change);
    });
  });
}

/** DetachPolicy: a target keeps at least one SCP, as AWS requires while SCPs are enabled. */
export function detachPolicy(caller: Caller, policyId: string, targetId: string): Promise<void> {
  const arn = scpArn(policyId);
  return orgCall(caller, 'DetachPolicy', arn, async (call) => {
    const target = targetOf(targetId);
    await authorize(call, 'organizations:DetachPolicy', arn);
    await authorize(call, 'organizations:DetachPolicy', target.arn);
    await writeTx(async (tx) => {
      const current = await readScpTargetPolicyIds(tx, targetId);
      if (!current.includes(policyId)) {
        throw new AwsError(
          'PolicyNotAttachedException',
          "The policy isn't attached to the specified target in the specified root.",
        );
      }
      if (current.length === 1) {
        throw new AwsError(
          'ConstraintViolationException',
          'You cannot detach the last service control policy from a target. A root, OU or account must have at least one SCP attached.',
        );
      }
      const policyIds = current.filter((id) => id !== policyId);
      await writeScpTarget(tx, { targetId, policyIds }, call.change);
    });
  });
}
