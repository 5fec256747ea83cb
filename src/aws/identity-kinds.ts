// The rules that differ between users, groups and roles for the per-identity policy operations:
// names, ARNs, quotas.

import { readTx } from '@/storage/db';
import type { LabReadTx } from '@/storage/schema';
import { groupArn, roleArn, userArn } from './arns';
import { QUOTAS } from './iam-errors';
import { requireGroup } from './iam-groups';
import { requireModifiableRole, requireRole } from './iam-roles';
import { requireUser } from './iam-users';
import { checkGroupName, checkRoleName, checkUserName } from './names';

export type IdentityKind = 'user' | 'group' | 'role';

export interface KindRules {
  /** "User" / "Group" / "Role", as in the operation names. */
  word: string;
  arn: (name: string) => string;
  require: (tx: LabReadTx, name: string) => Promise<{ arn: string }>;
  /** For changes: a service-linked role exists but only its service may change it. */
  requireModifiable: (tx: LabReadTx, name: string) => Promise<{ arn: string }>;
  checkName: (name: string) => void;
  policiesQuota: readonly [string, number];
  inlineSizeMax: number;
}

export const RULES: Record<IdentityKind, KindRules> = {
  user: {
    word: 'User',
    arn: userArn,
    require: requireUser,
    requireModifiable: requireUser,
    checkName: checkUserName,
    policiesQuota: ['PoliciesPerUser', QUOTAS.policiesPerUser],
    inlineSizeMax: QUOTAS.userInlineSize,
  },
  group: {
    word: 'Group',
    arn: groupArn,
    require: requireGroup,
    requireModifiable: requireGroup,
    checkName: checkGroupName,
    policiesQuota: ['PoliciesPerGroup', QUOTAS.policiesPerGroup],
    inlineSizeMax: QUOTAS.groupInlineSize,
  },
  role: {
    word: 'Role',
    arn: roleArn,
    require: requireRole,
    requireModifiable: requireModifiableRole,
    checkName: checkRoleName,
    policiesQuota: ['PoliciesPerRole', QUOTAS.policiesPerRole],
    inlineSizeMax: QUOTAS.roleInlineSize,
  },
};

/** The identity's ARN (with its path) for authorization, even when it does not exist. */
export async function identityArn(kind: IdentityKind, name: string): Promise<string> {
  const found = await readTx((tx) => RULES[kind].require(tx, name).catch(() => undefined));
  return found?.arn ?? RULES[kind].arn(name);
}

/** Whether a managed policy exists (customer, or in the AWS catalog). */
