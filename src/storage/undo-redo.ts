// Undo, Redo and the timeline's "Restore to here", on top of restoreToChange. Each is one
// transaction. Undo puts the lab back as it was right before the latest action's group of changes;
// Redo puts it back as it was right after an undone group. Both log their own changes, as a group
// the stacks do not count as a new action.

import { LAB_PRINCIPAL } from './lab-constants';
import { changeGroupId, markChangeGroup } from './record-store';
import { restoreToChange } from './restore-changes';
import type { LabReadTx, LabWriteTx } from './schema';
import type { UndoEntry } from './types';
import { readUndoHistory, writeUndoHistory } from './undo-stack';

/** The id of the last change of group `txId` (its changes have contiguous ids). */
export async function lastChangeOfGroup(tx: LabReadTx, txId: number): Promise<number> {
  let last = txId;
  let cursor = await tx.objectStore('changes').openCursor(IDBKeyRange.lowerBound(txId));
  while (cursor && cursor.value.txId === txId) {
    last = cursor.key;
    cursor = await cursor.continue();
  }
  return last;
}

/** Reverts the latest action. Returns it, or undefined when there is nothing to undo. */
export async function undoLatest(tx: LabWriteTx, time: string): Promise<UndoEntry | undefined> {
  const history = await readUndoHistory(tx);
  const entry = history.undo.at(-1);
  if (!entry) return undefined;
  markChangeGroup(tx, 'undo');
  const meta = { principalArn: LAB_PRINCIPAL, operation: `Undo ${entry.operation}`, time };
  // Invariant: ids only grow, so every change before the group's first has a smaller id.
  await restoreToChange(tx, entry.txId - 1, meta);
  await writeUndoHistory(tx, {
    ...history,
    undo: history.undo.slice(0, -1),
    redo: [...history.redo, entry],
  });
  return entry;
}

/** Re-applies the latest undone action. Returns it, or undefined when there is nothing to redo. */
export async function redoLatest(tx: LabWriteTx, time: string): Promise<UndoEntry | undefined> {
  const history = await readUndoHistory(tx);
  const entry = history.redo.at(-1);
  if (!entry) return undefined;
  markChangeGroup(tx, 'undo');
  const meta = { principalArn: LAB_PRINCIPAL, operation: `Redo ${entry.operation}`, time };
  await restoreToChange(tx, await lastChangeOfGroup(tx, entry.txId), meta);
  // Undoing the redo reverts the redo's own group, which leads to the same state as before it.
  const redone = { txId: changeGroupId(tx) ?? entry.txId, operation: entry.operation };
  await writeUndoHistory(tx, {
    ...history,
    undo: [...history.undo, redone],
    redo: history.redo.slice(0, -1),
  });
  return entry;
}

/**
 * "Restore to here": the lab as it was right after change `lastChangeId` (the last of an action's
 * group), as a new action Undo can revert. Returns how many records were written back.
 */
export function restoreToHere(tx: LabWriteTx, lastChangeId: number, time: string): Promise<number> {
  markChangeGroup(tx, 'action');
  const meta = { principalArn: LAB_PRINCIPAL, operation: 'Restore to here', time };
  return restoreToChange(tx, lastChangeId, meta);
}
