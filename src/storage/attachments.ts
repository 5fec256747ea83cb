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
