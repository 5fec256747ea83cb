// The change and call logs. Changes are written by record-store.ts inside each change's
// transaction; calls are written here, one per simulated API call.

import type { LabReadTx, LabWriteTx } from './schema';
import type { CallRecord, ChangeRecord } from './types';

export async function writeCalls(tx: LabWriteTx, calls: readonly CallRecord[]): Promise<void> {
  const store = tx.objectStore('calls');
  // The id comes from the store's key generator (toolchain pitfall 8: idb wants the full type).
  for (const call of calls) await store.add(call);
}

/** The newest calls first, at most `limit`. */
export async function readRecentCalls(tx: LabReadTx, limit: number): Promise<CallRecord[]> {
  const out: CallRecord[] = [];
  let cursor = await tx.objectStore('calls').index('byTime').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** Every change, oldest first. */
export function readAllChanges(tx: LabReadTx): Promise<ChangeRecord[]> {
  return tx.objectStore('changes').getAll();
}

/** The time of the identity's latest call, if it ever made one ("Last activity"). */
export async function readLastActivity(
  tx: LabReadTx,
  principalArn: string,
): Promise<string | undefined> {
  const range = IDBKeyRange.bound([principalArn, -Infinity], [principalArn, Infinity]);
  const cursor = await tx.objectStore('calls').index('byPrincipal').openCursor(range, 'prev');
  return cursor?.value.time;
}

/**
 * The calls of every principal whose ARN starts with `prefix`, oldest first: the sessions of one
 * role are "arn:aws:sts::<acct>:assumed-role/<role>/<session>".
 */
export async function readCallsByPrincipalPrefix(
  tx: LabReadTx,
  prefix: string,
): Promise<CallRecord[]> {
  // Compound keys order by their first part first, so one range holds every matching ARN.
  const range = IDBKeyRange.bound([prefix, -Infinity], [`${prefix}\uffff`, Infinity]);
  const calls = await tx.objectStore('calls').index('byPrincipal').getAll(range);
  return calls.sort((a, b) => a.epochMs - b.epochMs);
}
