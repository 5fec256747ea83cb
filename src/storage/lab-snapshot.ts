// A whole lab as plain data: read in one read-only transaction, written back in one read-write
// transaction (all of it, or nothing). Exports, imports, share links and "Duplicate" use it.

import { readCurrentLabId, withLabDb } from './db';
import { announceLabChange } from './tab-sync';
import { LAB_PRINCIPAL } from './lab-constants';
import {
  putNewRecords,
  queueRequests,
  settleAll,
  type ChangeMeta,
  type ContentStore,
} from './record-store';
import {
  LAB_DB_VERSION,
  LAB_STORES,
  type LabReadTx,
  type LabSchema,
  type LabStore,
  type LabWriteTx,
} from './schema';
import { clearLab } from './seed-blank-lab';

export type SnapshotStores = { [S in LabStore]: LabSchema[S]['value'][] };

/** Every store's records; without the logs, `changes` and `calls` are empty. */
export interface LabSnapshot {
  schemaVersion: number;
  stores: SnapshotStores;
}

export const LOG_STORES: readonly LabStore[] = ['changes', 'calls'];

export interface ReadSnapshotOptions {
  /** Leave the change and call logs out (a scenario, a share link). */
  withoutLogs?: boolean;
}

/** The store operations used here, without idb's per-store typing (as in record-store.ts). */
interface UntypedStore {
  getAll(): Promise<unknown[]>;
  put(value: unknown): Promise<IDBValidKey>;
}

function untyped(tx: LabReadTx, store: LabStore): UntypedStore {
  return tx.objectStore(store) as unknown as UntypedStore;
}

/** Reads every store inside `tx`, so the snapshot is one consistent state. */
export async function readSnapshot(
  tx: LabReadTx,
  options: ReadSnapshotOptions = {},
): Promise<LabSnapshot> {
  const stores: Record<string, unknown[]> = {};
  for (const store of LAB_STORES) {
    const skip = options.withoutLogs && LOG_STORES.includes(store);
    stores[store] = skip ? [] : await untyped(tx, store).getAll();
  }
  // Undo steps name change groups: without the log they would point at nothing.
  if (options.withoutLogs) stores['labSettings'] = stores['labSettings']!.filter(isNotUndoHistory);
  return { schemaVersion: LAB_DB_VERSION, stores: stores as SnapshotStores };
}

/**
 * Replaces everything in the lab with the snapshot, inside `tx` (the caller's transaction aborts on
 * any error, so the old lab stays whole). A snapshot with its change log gets it back as it was,
 * and its records are written as they are: logging them again would put them before the history
 * that made them. Without a log, every record goes through putRecord, so the timeline starts with
 * the import and undo has a first step.
 */
export async function writeSnapshot(
  tx: LabWriteTx,
  snapshot: LabSnapshot,
  operation = 'ImportLab',
): Promise<void> {
  await clearLab(tx);
  const hasLog = snapshot.stores.changes.length > 0;
  const meta: ChangeMeta = {
    principalArn: LAB_PRINCIPAL,
    operation,
    time: new Date().toISOString(),
  };
  for (const store of LAB_STORES) {
    let records = snapshot.stores[store] as unknown[];
    if (store === 'labSettings' && !hasLog) records = records.filter(isNotUndoHistory);
    // Settings are the learner's own, never logged account changes (as lab-context.ts writes them).
    // The store was just cleared, so every record is new: the writes are queued, not awaited one
    // by one (a lab at AWS's maximums holds some 80,000 records).
    if (hasLog || LOG_STORES.includes(store) || store === 'labSettings') {
      const objectStore = untyped(tx, store);
      await settleAll(queueRequests(records, (record) => [objectStore.put(record)]));
    } else {
      await putNewRecords(tx, store as ContentStore, records as never[], meta);
    }
  }
}

function isNotUndoHistory(record: unknown): boolean {
  return (record as { key?: unknown }).key !== 'undo-history';
}

/** How many records of a few kinds a snapshot holds (the import preview). */
export function countRecords(snapshot: LabSnapshot): Record<LabStore, number> {
  const counts: Record<string, number> = {};
  for (const store of LAB_STORES) counts[store] = snapshot.stores[store].length;
  return counts as Record<LabStore, number>;
}

/** The current lab (or lab `labId`) as a snapshot, read in one read-only transaction. */
export async function readLabSnapshot(
  options: ReadSnapshotOptions = {},
  labId?: string,
): Promise<LabSnapshot> {
  return withLabDb(labId ?? (await readCurrentLabId()), async (db) => {
    const tx = db.transaction(LAB_STORES, 'readonly');
    const snapshot = await readSnapshot(tx, options);
    await tx.done;
    return snapshot;
  });
}

/**
 * Replaces the current lab (or lab `labId`) with the snapshot in one read-write transaction: on
 * any error it aborts, and the lab stays exactly as it was.
 */
export async function replaceLabWithSnapshot(snapshot: LabSnapshot, labId?: string): Promise<void> {
  const target = labId ?? (await readCurrentLabId());
  await withLabDb(target, async (db) => {
    const tx = db.transaction(LAB_STORES, 'readwrite');
    try {
      await writeSnapshot(tx, snapshot);
      await tx.done;
    } catch (err) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
      await tx.done.catch(() => undefined);
      throw err;
    }
  });
  announceLabChange(target, 'replace');
}
