// Putting the lab back as it was right after one change: every record a later change touched gets
// the value it had then, in one transaction. Undo, the timeline's "Restore to here" and a
// walkthrough's "Reset this step" all go through here. The restore logs its own changes, so it can
// be undone in turn.

import { deleteRecord, putRecord, type ChangeMeta, type ContentStore } from './record-store';
import type { LabReadTx, LabWriteTx } from './schema';
import type { ChangeRecord } from './types';

/** The changes made after change `changeId` (0: all of them), oldest first. */
export function readChangesAfter(tx: LabReadTx, changeId: number): Promise<ChangeRecord[]> {
  return tx.objectStore('changes').getAll(IDBKeyRange.lowerBound(changeId, true));
}

/** The number of the newest change, or 0 when the lab has none. */
export async function latestChangeId(tx: LabReadTx): Promise<number> {
  const cursor = await tx.objectStore('changes').openKeyCursor(null, 'prev');
  return typeof cursor?.key === 'number' ? cursor.key : 0;
}

/**
 * Restores every record changed after change `changeId` to its value at that point: the "before"
 * of its earliest later change. Returns how many records were written back.
 */
export async function restoreToChange(
  tx: LabWriteTx,
  changeId: number,
  meta: ChangeMeta,
): Promise<number> {
  const earliest = new Map<string, ChangeRecord>();
  for (const change of await readChangesAfter(tx, changeId)) {
    const id = `${change.store}\u0000${change.recordKey}`;
    if (!earliest.has(id)) earliest.set(id, change);
  }
  let restored = 0;
  for (const change of earliest.values()) {
    const store = change.store as ContentStore;
    const key = JSON.parse(change.recordKey) as never;
    const current: unknown = await tx.objectStore(store).get(key);
    if (sameValue(current ?? null, change.before)) continue;
    if (change.before === null) await deleteRecord(tx, store, key, meta);
    else await putRecord(tx, store, change.before as never, meta);
    restored++;
  }
  return restored;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
