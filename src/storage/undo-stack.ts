// The undo and redo stacks, kept in the labSettings store under 'undo-history'. They are written
// directly, not through putRecord: they describe the change log and are not lab content.

import { readLabSetting, writeLabSetting } from './lab-settings';
import type { LabReadTx, LabWriteTx } from './schema';
import type { UndoEntry, UndoHistoryRecord } from './types';

const KEY = 'undo-history' as const;
/** How many actions Undo can step back over. */
export const UNDO_LIMIT = 100;

/** The stacks, empty when the lab has none (a fresh, reset or just-loaded lab). */
export async function readUndoHistory(tx: LabReadTx): Promise<UndoHistoryRecord> {
  return (await readLabSetting(tx, KEY)) ?? { key: KEY, undo: [], redo: [] };
}

export function writeUndoHistory(tx: LabWriteTx, history: UndoHistoryRecord): Promise<void> {
  return writeLabSetting(tx, { ...history, undo: history.undo.slice(-UNDO_LIMIT) });
}

/** A new action: Undo can revert it, and nothing undone before it can be redone any more. */
export async function pushUndoableAction(tx: LabWriteTx, entry: UndoEntry): Promise<void> {
  const history = await readUndoHistory(tx);
  await writeUndoHistory(tx, { key: KEY, undo: [...history.undo, entry], redo: [] });
}
