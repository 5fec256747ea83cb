// Inline policies, embedded in one user, group or role; names are unique per identity.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { InlinePolicyRecord, PrincipalKind } from './types';
import { nameKey } from './users';

export function readInlinePolicy(
  tx: LabReadTx,
  kind: PrincipalKind,
  name: string,
  policyName: string,
): Promise<InlinePolicyRecord | undefined> {
  return tx.objectStore('inlinePolicies').get([kind, nameKey(name), policyName]);
}

export function readInlinePoliciesOf(
  tx: LabReadTx,
  kind: PrincipalKind,
  name: string,
): Promise<InlinePolicyRecord[]> {
  return tx
    .objectStore('inlinePolicies')
    .index('byPrincipal')
    .getAll([kind, nameKey(name)]);
}

export function readAllInlinePolicies(tx: LabReadTx): Promise<InlinePolicyRecord[]> {
  return tx.objectStore('inlinePolicies').getAll();
}

export function writeInlinePolicy(
  tx: LabWriteTx,
  policy: InlinePolicyRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'inlinePolicies', policy, meta);
}

export function removeInlinePolicy(
  tx: LabWriteTx,
  kind: PrincipalKind,
  name: string,
  policyName: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'inlinePolicies', [kind, nameKey(name), policyName], meta);
}
