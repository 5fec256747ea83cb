// Replacing the whole lab: "Reset lab" and loading a scenario, each in one transaction.

import { readTx, writeTx } from './db';
import { readAllChanges, readRecentCalls } from './logs';
import type { LabWriteTx } from './schema';
import type { PasswordHash, AccountRecord, CallRecord, ChangeRecord } from './types';
import { clearLab, seedBlankLab } from './seed-blank-lab';
import { seedIamUsersAndGroups } from './seed-iam-users-and-groups';

/** Empties the lab back to the blank state (root and the service-linked roles), logs included. */
export function resetLabStorage(): Promise<void> {
  return writeTx(async (tx) => {
    await clearLab(tx);
    await seedBlankLab(tx);
  });
}

/** Replaces the lab with the "IAM users and groups" scenario. */
export function loadIamUsersAndGroups(password: PasswordHash): Promise<void> {
  return loadSeededLab((tx) => seedIamUsersAndGroups(tx, password));
}

/** Replaces the lab with what `seed` writes into the emptied lab, in one transaction. */
export function loadSeededLab(seed: (tx: LabWriteTx) => Promise<void>): Promise<void> {
  return writeTx(async (tx) => {
    await clearLab(tx);
    await seed(tx);
  });
}

export function readAccount(): Promise<AccountRecord | undefined> {
  return readTx((tx) => tx.objectStore('meta').get('account'));
}

/** Every user name, for the identity menu's "Switch to user" (a lab shortcut, not an API call). */
export function readUserNames(): Promise<string[]> {
  return readTx(async (tx) => (await tx.objectStore('users').getAll()).map((u) => u.userName));
}

/** Every role ARN, so a tab acting as a deleted role's session can notice (not an API call). */
export function readRoleArns(): Promise<string[]> {
  return readTx(async (tx) => (await tx.objectStore('roles').getAll()).map((r) => r.arn));
}

export function readCallLog(limit: number): Promise<CallRecord[]> {
  return readTx((tx) => readRecentCalls(tx, limit));
}

export function readChangeLog(): Promise<ChangeRecord[]> {
  return readTx((tx) => readAllChanges(tx));
}
