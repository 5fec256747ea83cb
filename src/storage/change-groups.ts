// The change log read as actions, newest first, one page at a time: the timeline's rows. A group
// is one transaction's changes (same txId); records from before groups existed group by time,
// operation and principal.

import type { LabReadTx } from './schema';
import type { ChangeRecord } from './types';

/** One action's changes, oldest first. */
export interface ChangeGroupRecord {
  /** The id of the group's first change. */
  firstId: number;
  /** The id of its last change: "Restore to here" restores to right after it. */
  lastId: number;
  time: string;
  principalArn: string;
  operation: string;
  changes: ChangeRecord[];
}

export interface ChangeGroupPage {
  groups: ChangeGroupRecord[];
  /** Where the next (older) page starts: read changes with ids below it. Absent on the last page. */
  next?: number;
}

function groupKey(change: ChangeRecord): string {
  return change.txId !== undefined
    ? `tx:${change.txId}`
    : `old:${change.time}\u0000${change.operation}\u0000${change.principalArn}`;
}

/** Up to `limit` actions, newest first, made before change `before` (absent: the newest). */
export async function readChangeGroupPage(
  tx: LabReadTx,
  limit: number,
  before?: number,
): Promise<ChangeGroupPage> {
  const range = before === undefined ? null : IDBKeyRange.upperBound(before, true);
  let cursor = await tx.objectStore('changes').openCursor(range, 'prev');
  const groups: ChangeGroupRecord[] = [];
  let currentKey: string | undefined;
  while (cursor) {
    const change = cursor.value;
    const key = groupKey(change);
    if (key !== currentKey) {
      if (groups.length === limit) return { groups: oldestFirst(groups), next: cursor.key + 1 };
      currentKey = key;
      groups.push({
        firstId: cursor.key,
        lastId: cursor.key,
        time: change.time,
        principalArn: change.principalArn,
        operation: change.operation,
        changes: [],
      });
    }
    const group = groups[groups.length - 1] as ChangeGroupRecord;
    // Read backwards: each change is older than the ones already in the group.
    group.changes.push(change);
    group.firstId = cursor.key;
    group.time = change.time;
    group.operation = change.operation;
    group.principalArn = change.principalArn;
    cursor = await cursor.continue();
  }
  return { groups: oldestFirst(groups) };
}

/** Each group's changes were collected newest first; they read oldest first. */
function oldestFirst(groups: ChangeGroupRecord[]): ChangeGroupRecord[] {
  for (const group of groups) group.changes.reverse();
  return groups;
}
