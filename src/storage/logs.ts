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

/** Where a page of the newest-first call list ends: the last call's time and number. */
export interface CallPosition {
  epochMs: number;
  id: number;
}

export interface CallPage {
  calls: CallRecord[];
  /** Where the next page starts; absent when no later call matches. */
  next?: CallPosition;
}

/**
 * One page of the calls that `matches` accepts, newest first, starting after `after`. Reads with a
 * cursor on the time index, so a page costs the calls it walks past, not the whole log.
 */
export async function readCallPage(
  tx: LabReadTx,
  matches: (call: CallRecord) => boolean,
  limit: number,
  after?: CallPosition,
): Promise<CallPage> {
  const index = tx.objectStore('calls').index('byTime');
  const range = after ? IDBKeyRange.upperBound(after.epochMs) : null;
  const calls: CallRecord[] = [];
  let cursor = await index.openCursor(range, 'prev');
  // Calls of the same millisecond come by descending number: skip those up to `after`.
  while (
    cursor &&
    after &&
    cursor.value.epochMs === after.epochMs &&
    (cursor.value.id ?? 0) >= after.id
  ) {
    cursor = await cursor.continue();
  }
  while (cursor) {
    const call = cursor.value;
    if (matches(call)) {
      if (calls.length === limit) {
        const last = calls[calls.length - 1] as CallRecord;
        return { calls, next: { epochMs: last.epochMs, id: last.id ?? 0 } };
      }
      calls.push(call);
    }
    cursor = await cursor.continue();
  }
  return { calls };
}

/** One call by its number. */
export function readCall(tx: LabReadTx, id: number): Promise<CallRecord | undefined> {
  return tx.objectStore('calls').get(id);
}

/** How many calls the log holds. */
export function countCalls(tx: LabReadTx): Promise<number> {
  return tx.objectStore('calls').count();
}
