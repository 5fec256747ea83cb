// IAM roles, keyed by lower-cased name. Issue 3 holds only the service-linked roles.

import { deleteRecord, putRecord, type ChangeMeta } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { RoleRecord } from './types';
import { nameKey } from './users';

export function readRole(tx: LabReadTx, roleName: string): Promise<RoleRecord | undefined> {
  return tx.objectStore('roles').get(nameKey(roleName));
}

export function readAllRoles(tx: LabReadTx): Promise<RoleRecord[]> {
  return tx.objectStore('roles').getAll();
}

export function writeRole(tx: LabWriteTx, role: RoleRecord, meta: ChangeMeta): Promise<void> {
  return putRecord(tx, 'roles', role, meta);
}

export function removeRole(tx: LabWriteTx, roleName: string, meta: ChangeMeta): Promise<boolean> {
  return deleteRecord(tx, 'roles', nameKey(roleName), meta);
}
