// A customer managed policy's versions: CreatePolicyVersion, SetDefaultPolicyVersion,
// DeletePolicyVersion, ListPolicyVersions. At most 5; exactly one is the default.

import { writeCustomerPolicy } from '@/storage/customer-policies';
import { readTx, writeTx } from '@/storage/db';
import type { ChangeMeta } from '@/storage/record-store';
import type { LabWriteTx } from '@/storage/schema';
import type { Caller } from './caller';
import { runCall } from './call';
import { MAX_POLICY_VERSIONS, policyErrors, requireCustomerPolicy } from './customer-policies';
import { checkPolicyDocument } from './policy-documents';
import type { PolicyVersion } from './types';

/** Adds a version inside a transaction; the document was checked before it. */
export async function applyCreatePolicyVersion(
  tx: LabWriteTx,
  meta: ChangeMeta,
  arn: string,
  document: string,
  setAsDefault: boolean,
): Promise<PolicyVersion> {
  const policy = await requireCustomerPolicy(tx, arn);
  if (policy.versions.length >= MAX_POLICY_VERSIONS) throw policyErrors.versionLimit();
  const version = {
    versionId: `v${policy.nextVersion}`,
    document,
    isDefaultVersion: setAsDefault,
    createDate: meta.time,
  };
  const versions = policy.versions.map((v) =>
    setAsDefault ? { ...v, isDefaultVersion: false } : v,
  );
  await writeCustomerPolicy(
    tx,
    {
      ...policy,
      nextVersion: policy.nextVersion + 1,
      versions: [...versions, version],
      ...(setAsDefault && { defaultVersionId: version.versionId, updateDate: meta.time }),
    },
    { ...meta, operation: 'CreatePolicyVersion' },
  );
  return { ...version };
}

export function createPolicyVersion(
  caller: Caller,
  policyArn: string,
  document: string,
  setAsDefault = false,
): Promise<PolicyVersion> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'CreatePolicyVersion',
      action: 'iam:CreatePolicyVersion',
      resource: policyArn,
    },
    async (call) => {
      await call.authorize({ action: 'iam:CreatePolicyVersion', resource: policyArn });
      await checkPolicyDocument(document, 'identity', { purpose: 'managed' });
      return writeTx((tx) =>
        applyCreatePolicyVersion(tx, call.change, policyArn, document, setAsDefault),
      );
    },
  );
}

export function setDefaultPolicyVersion(
  caller: Caller,
  policyArn: string,
  versionId: string,
): Promise<void> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'SetDefaultPolicyVersion',
      action: 'iam:SetDefaultPolicyVersion',
      resource: policyArn,
    },
    async (call) => {
      await call.authorize({ action: 'iam:SetDefaultPolicyVersion', resource: policyArn });
      await writeTx(async (tx) => {
        const policy = await requireCustomerPolicy(tx, policyArn);
        if (!policy.versions.some((v) => v.versionId === versionId)) {
          throw policyErrors.noVersion(policyArn, versionId);
        }
        if (policy.defaultVersionId === versionId) return;
        await writeCustomerPolicy(
          tx,
          {
            ...policy,
            defaultVersionId: versionId,
            updateDate: call.time,
            versions: policy.versions.map((v) => ({
              ...v,
              isDefaultVersion: v.versionId === versionId,
            })),
          },
          call.change,
        );
      });
    },
  );
}

export async function applyDeletePolicyVersion(
  tx: LabWriteTx,
  meta: ChangeMeta,
  arn: string,
  versionId: string,
): Promise<void> {
  const policy = await requireCustomerPolicy(tx, arn);
  const version = policy.versions.find((v) => v.versionId === versionId);
  if (!version) throw policyErrors.noVersion(arn, versionId);
  if (version.isDefaultVersion) throw policyErrors.deleteDefault();
  await writeCustomerPolicy(
    tx,
    { ...policy, versions: policy.versions.filter((v) => v.versionId !== versionId) },
    { ...meta, operation: 'DeletePolicyVersion' },
  );
}

export function deletePolicyVersion(
  caller: Caller,
  policyArn: string,
  versionId: string,
): Promise<void> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'DeletePolicyVersion',
      action: 'iam:DeletePolicyVersion',
      resource: policyArn,
    },
    async (call) => {
      await call.authorize({ action: 'iam:DeletePolicyVersion', resource: policyArn });
      await writeTx((tx) => applyDeletePolicyVersion(tx, call.change, policyArn, versionId));
    },
  );
}

/** Newest first, as the console's Policy versions tab lists them. */
export function listPolicyVersions(caller: Caller, policyArn: string): Promise<PolicyVersion[]> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'ListPolicyVersions',
      action: 'iam:ListPolicyVersions',
      resource: policyArn,
    },
    async (call) => {
      await call.authorize({ action: 'iam:ListPolicyVersions', resource: policyArn });
      const policy = await readTx((tx) => requireCustomerPolicy(tx, policyArn));
      return policy.versions
        .map((v) => ({ ...v }))
        .sort((a, b) => Number(b.versionId.slice(1)) - Number(a.versionId.slice(1)));
    },
  );
}
