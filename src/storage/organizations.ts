// The lab organization: root → one OU → the lab account. Its customer SCPs and what each target
// has attached; FullAWSAccess is AWS's own policy and is never stored.

import { LAB_ACCOUNT_ID } from './lab-constants';
import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { ScpPolicyRecord, ScpTargetRecord } from './types';

/** The organization's management account (it is not the lab account, so SCPs apply to the lab). */
export const ORG_MANAGEMENT_ACCOUNT_ID = '987654321098';
export const ORG_ID = 'o-qv5af4abcd';
export const ORG_ROOT_ID = 'r-qv5a';
export const ORG_OU_ID = 'ou-qv5a-1x2y3z4w';
export const ORG_OU_NAME = 'Lab';

export const FULL_AWS_ACCESS_ID = 'p-FullAWSAccess';
export const FULL_AWS_ACCESS_ARN =
  'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess';
/** AWS's FullAWSAccess document, byte for byte. */
export const FULL_AWS_ACCESS_CONTENT =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';

/** The organization's targets, root first: the order SCP levels are evaluated in. */
export const ORG_TARGET_IDS = [ORG_ROOT_ID, ORG_OU_ID, LAB_ACCOUNT_ID] as const;

export function readScpPolicy(
  tx: LabReadTx,
  policyId: string,
): Promise<ScpPolicyRecord | undefined> {
  return tx.objectStore('scpPolicies').get(policyId);
}

export function readAllScpPolicies(tx: LabReadTx): Promise<ScpPolicyRecord[]> {
  return tx.objectStore('scpPolicies').getAll();
}

export function writeScpPolicy(
  tx: LabWriteTx,
  policy: ScpPolicyRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'scpPolicies', policy, meta);
}

export function removeScpPolicy(
  tx: LabWriteTx,
  policyId: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'scpPolicies', policyId, meta);
}

/** The policy IDs attached to a target; a target never changed has FullAWSAccess only. */
export async function readScpTargetPolicyIds(tx: LabReadTx, targetId: string): Promise<string[]> {
  const record = await tx.objectStore('scpTargets').get(targetId);
  return record ? record.policyIds : [FULL_AWS_ACCESS_ID];
}

export function writeScpTarget(
  tx: LabWriteTx,
  target: ScpTargetRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'scpTargets', target, meta);
}
