// GetAccountSummary: the counts on the IAM Dashboard.

import { readAppliedQuota } from '@/storage/account';
import { readTx } from '@/storage/db';
import { readMfaDevicesOf } from '@/storage/mfa-devices';
import type { Caller } from './caller';
import { runCall } from './call';
import { QUOTAS } from './iam-errors';
import { ROOT_MFA_KEY } from './iam-root-mfa';
import type { AccountSummary } from './types';

/** The quotas AWS raises on request, with their defaults and maximums. */
export { ADJUSTABLE_QUOTAS } from '@/storage/account-quotas';

export function getAccountSummary(caller: Caller): Promise<AccountSummary> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'GetAccountSummary',
      action: 'iam:GetAccountSummary',
      resource: '*',
    },
    async (call) => {
      await call.authorize({ action: 'iam:GetAccountSummary', resource: '*' });
      return readTx(async (tx) => ({
        Users: await tx.objectStore('users').count(),
        Groups: await tx.objectStore('groups').count(),
        Roles: await tx.objectStore('roles').count(),
        Policies: await tx.objectStore('policies').count(),
        Providers: 0,
        UsersQuota: QUOTAS.usersPerAccount,
        GroupsQuota: await readAppliedQuota(tx, 'GroupsPerAccount'),
        RolesQuota: await readAppliedQuota(tx, 'RolesPerAccount'),
        PoliciesQuota: await readAppliedQuota(tx, 'PoliciesPerAccount'),
        GroupsPerUserQuota: QUOTAS.groupsPerUser,
        AttachedPoliciesPerUserQuota: QUOTAS.policiesPerUser,
        AttachedPoliciesPerGroupQuota: QUOTAS.policiesPerGroup,
        AttachedPoliciesPerRoleQuota: QUOTAS.policiesPerRole,
        AccountMFAEnabled: (await readMfaDevicesOf(tx, ROOT_MFA_KEY)).length > 0 ? 1 : 0,
      }));
    },
  );
}
