// The lab account's own record (meta 'account'): alias, password policy, credential report.

import { appliedQuota, type AdjustableQuotaName } from './account-quotas';
import { putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { AccountRecord } from './types';

export async function readAccountRecord(tx: LabReadTx): Promise<AccountRecord> {
  const account = await tx.objectStore('meta').get('account');
  // Invariant: opening a lab seeds the account record, so it is always there.
  if (!account) throw new Error('The lab has no account record');
  return account;
}

export function writeAccountRecord(
  tx: LabWriteTx,
  account: AccountRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'meta', account, meta);
}

/** The value of an adjustable quota that applies to the lab account (increases included). */
export async function readAppliedQuota(tx: LabReadTx, name: AdjustableQuotaName): Promise<number> {
  return appliedQuota((await readAccountRecord(tx)).quotaIncreases, name);
}
