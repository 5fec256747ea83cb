// The rules that differ between users and groups (and, in issue 4, roles) for the per-identity
// policy operations: names, ARNs, quotas.

import { readTx } from '@/storage/db';
import type { LabReadTx } from '@/storage/schema';
import { groupArn, userArn } from './arns';
import { QUOTAS } from './iam-errors';
import { requireGroup } from './iam-groups';
import { requireUser } from './iam-users';
import { checkGroupName, checkUserName } from './names';

export type IdentityKind = 'user' | 'group';

export interface KindRules {
  /** "User" / "Group", as in the operation names. */
  word: string;
  arn: (name: string) => string;
  require: (tx: LabReadTx, name: string) => Promise<{ arn: string }>;
  checkName: (name: string) => void;
  policiesQuota: readonly [string, number];
  inlineSizeMax: number;
}

export const RULES: Record<IdentityKind, KindRules> = {
  user: {
    word: 'User',
    arn: userArn,
    require: requireUser,
    checkName: checkUserName,
    policiesQuota: ['PoliciesPerUser', QUOTAS.policiesPerUser],
    inlineSizeMax: QUOTAS.userInlineSize,
  },
  group: {
    word: 'Group',
    arn: groupArn,
    require: requireGroup,
    checkName: checkGroupName,
    policiesQuota: ['PoliciesPerGroup', QUOTAS.policiesPerGroup],
    inlineSizeMax: QUOTAS.groupInlineSize,
  },
};

/** The identity's ARN (with its path) for authorization, even when it does not exist. */
export async function identityArn(kind: IdentityKind, name: string): Promise<string> {
  const found = await readTx((tx) => RULES[kind].require(tx, name).catch(() => undefined));
  return found?.arn ?? RULES[kind].arn(name);
}

/** Whether a managed policy exists (customer, or in the AWS catalog). */
