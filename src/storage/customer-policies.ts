// Customer managed policies, keyed by ARN, each with its versions.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { CustomerPolicyRecord } from './types';

export function readCustomerPolicy(
  tx: LabReadTx,
  arn: string,
): Promise<CustomerPolicyRecord | undefined> {
  return tx.objectStore('policies').get(arn);
}

export function readAllCustomerPolicies(tx: LabReadTx): Promise<CustomerPolicyRecord[]> {
  return tx.objectStore('policies').getAll();
}

export function writeCustomerPolicy(
  tx: LabWriteTx,
  policy: CustomerPolicyRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'policies', policy, meta);
}

export function removeCustomerPolicy(
  tx: LabWriteTx,
  arn: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'policies', arn, meta);
}
