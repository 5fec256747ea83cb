// The lab organization's SCPs as the engine takes them: one list per level, root first.

import type { PolicyInput } from '@/iam';
import {
  FULL_AWS_ACCESS_ARN,
  FULL_AWS_ACCESS_CONTENT,
  FULL_AWS_ACCESS_ID,
  ORG_ID,
  ORG_MANAGEMENT_ACCOUNT_ID,
  ORG_OU_NAME,
  ORG_TARGET_IDS,
  readScpPolicy,
  readScpTargetPolicyIds,
} from '@/storage/organizations';
import type { LabReadTx } from '@/storage/schema';
import type { ScpPolicyRecord } from '@/storage/types';

/** arn:aws:organizations::<management account>:policy/<org>/service_control_policy/<id>. */
export function scpArn(policyId: string): string {
  if (policyId === FULL_AWS_ACCESS_ID) return FULL_AWS_ACCESS_ARN;
  return `arn:aws:organizations::${ORG_MANAGEMENT_ACCOUNT_ID}:policy/${ORG_ID}/service_control_policy/${policyId}`;
}

/** FullAWSAccess as a record, so it lists and evaluates like the customer SCPs. */
export const FULL_AWS_ACCESS: ScpPolicyRecord = {
  policyId: FULL_AWS_ACCESS_ID,
  arn: FULL_AWS_ACCESS_ARN,
  name: 'FullAWSAccess',
  description: 'Allows access to every operation',
  content: FULL_AWS_ACCESS_CONTENT,
  createDate: '2019-11-26T00:00:00.000Z',
  lastUpdatedDate: '2019-11-26T00:00:00.000Z',
};

/** A policy by ID: FullAWSAccess or a stored customer SCP. */
export async function readAnyScp(
  tx: LabReadTx,
  policyId: string,
): Promise<ScpPolicyRecord | undefined> {
  return policyId === FULL_AWS_ACCESS_ID ? FULL_AWS_ACCESS : readScpPolicy(tx, policyId);
}

/** Where each level's SCPs are attached, for the explanation's "Attached via". */
const LEVEL_NAMES = ['Root', `OU ${ORG_OU_NAME}`, 'Account'] as const;

/** An SCP as the engine takes it at a level (0 root, 1 OU, 2 account). */
export function scpLevelInput(policy: ScpPolicyRecord, level: number): PolicyInput {
  const { content: document, name, arn } = policy;
  const attachedVia = LEVEL_NAMES[level] ?? ORG_TARGET_IDS[level] ?? '';
  return { document, name, arn, type: 'scp', attachedVia };
}

/** Every level's SCPs (root, OU, account); each level must allow a request. */
export async function readScpLevels(tx: LabReadTx): Promise<PolicyInput[][]> {
  const levels: PolicyInput[][] = [];
  for (const [k, targetId] of ORG_TARGET_IDS.entries()) {
    const level: PolicyInput[] = [];
    for (const policyId of await readScpTargetPolicyIds(tx, targetId)) {
      const policy = await readAnyScp(tx, policyId);
      if (policy) level.push(scpLevelInput(policy, k));
    }
    levels.push(level);
  }
  return levels;
}
