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
 * Every principal's latest call time, by principal ARN. A skip scan of the byPrincipal index from
 * its end: one step per principal that ever called, not one request per principal asked about (a
 * lab of 5,000 users would otherwise send 5,000 requests to the browser's database process).
 */
export async function readAllLastActivity(tx: LabReadTx): Promise<Map<string, string>> {
  const last = new Map<string, string>();
  let cursor = await tx.objectStore('calls').index('byPrincipal').openCursor(null, 'prev');
  while (cursor) {
    const [principalArn] = cursor.key;
    last.set(principalArn, cursor.value.time);
    // Going backwards: the next key below this principal's first is the previous principal's last.
    cursor = await cursor.continue([principalArn, -Infinity]);
  }
  return last;
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

/** Where a page of the newest-first call list ends: the last call's number. */
export interface CallPosition {
  id: number;
}

export interface CallPage {
  calls: CallRecord[];
  /** Where the next page starts; absent when no older call matches. */
  next?: CallPosition;
}

/**
 * One page of the calls that `matches` accepts, newest first (by their number, the order they were
 * recorded in), starting after `after`. Reads in batches of numbers, each one getAll, growing from
 * the page size: a filtered page over 10,000 calls costs a few dozen reads, not one per call.
 */
export async function readCallPage(
  tx: LabReadTx,
  matches: (call: CallRecord) => boolean,
  limit: number,
  after?: CallPosition,
): Promise<CallPage> {
  const store = tx.objectStore('calls');
  const [first, last] = await Promise.all([
    store.openKeyCursor(null, 'next'),
    store.openKeyCursor(null, 'prev'),
  ]);
  if (!first || !last) return { calls: [] };
  const lowest = first.key;
  // Invariant: ids are the store's autoIncrement keys, so they only grow.
  let high = after ? Math.min(after.id - 1, last.key) : last.key;
  let batch = limit + 1;
  const calls: CallRecord[] = [];
  while (high >= lowest) {
    const low = Math.max(lowest, high - batch + 1);
    const found = await store.getAll(IDBKeyRange.bound(low, high));
    for (let k = found.length - 1; k >= 0; k--) {
      const call = found[k] as CallRecord;
      if (!matches(call)) continue;
      if (calls.length === limit)
        return { calls, next: { id: (calls.at(-1) as CallRecord).id ?? 0 } };
      calls.push(call);
    }
    high = low - 1;
    batch = Math.min(batch * 4, 2000);
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
