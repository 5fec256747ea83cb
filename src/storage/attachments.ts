// Managed policies (AWS or customer) attached to users, groups and roles.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { AttachmentRecord, PrincipalKind } from './types';
import { nameKey } from './users';

export function readAttachmentsOf(
  tx: LabReadTx,
  kind: PrincipalKind,
  name: string,
): Promise<AttachmentRecord[]> {
  return tx
    .objectStore('attachments')
    .index('byPrincipal')
    .getAll([kind, nameKey(name)]);
}

export function readAttachmentsOfPolicy(
  tx: LabReadTx,
  policyArn: string,
): Promise<AttachmentRecord[]> {
  return tx.objectStore('attachments').index('byPolicy').getAll(policyArn);
}

export function readAllAttachments(tx: LabReadTx): Promise<AttachmentRecord[]> {
  return tx.objectStore('attachments').getAll();
}

/**
 * The distinct policy ARNs starting with `prefix` that are attached to an identity or set as a
 * user's or role's permissions boundary, read from the indexes' keys alone.
 */
export async function readPolicyArnsInUse(tx: LabReadTx, prefix: string): Promise<Set<string>> {
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  const used = new Set<string>();
  const indexes = [
    tx.objectStore('attachments').index('byPolicy'),
    tx.objectStore('users').index('byBoundary'),
    tx.objectStore('roles').index('byBoundary'),
  ];
  for (const index of indexes) {
    let cursor = await index.openKeyCursor(range, 'nextunique');
    while (cursor) {
      used.add(cursor.key);
      cursor = await cursor.continue();
    }
  }
  return used;
}

export function writeAttachment(
  tx: LabWriteTx,
  attachment: AttachmentRecord,
  meta: ChangeMeta,
): Promise<void> {
  return putRecord(tx, 'attachments', attachment, meta);
}

export function removeAttachment(
  tx: LabWriteTx,
  kind: PrincipalKind,
  name: string,
  policyArn: string,
  meta: ChangeMeta,
): Promise<boolean> {
  return deleteRecord(tx, 'attachments', [kind, nameKey(name), policyArn], meta);
}
