// Writes that log themselves: every put or delete also writes one change record (before, after)
// in the same transaction.

import type { StoreKey, StoreValue } from 'idb';
import type { LabSchema, LabStore, LabWriteTx } from './schema';
import type { ChangeRecord } from './types';

/** Stores that hold lab content (the logs themselves are not logged). */
export type ContentStore = Exclude<LabStore, 'changes' | 'calls'>;

/** Who made a change, and by which operation. */
export interface ChangeMeta {
  principalArn: string;
  /** The API operation: "CreateUser". */
  operation: string;
  time: string;
}

/**
 * The store operations used here, without idb's per-store typing: TypeScript cannot relate a
 * generic store name to its key and value types, so the exported functions carry the typing.
 */
interface UntypedStore {
  keyPath: string | string[] | null;
  get(key: IDBValidKey): Promise<unknown>;
  put(value: unknown): Promise<IDBValidKey>;
  delete(key: IDBValidKey): Promise<void>;
}

function untyped(tx: LabWriteTx, store: ContentStore): UntypedStore {
  return tx.objectStore(store) as unknown as UntypedStore;
}

function keyOf(store: UntypedStore, value: unknown): IDBValidKey {
  const record = value as Record<string, IDBValidKey>;
  const { keyPath } = store;
  if (keyPath === null) throw new Error('Lab stores use in-line keys');
  return Array.isArray(keyPath)
    ? keyPath.map((part) => record[part] ?? '')
    : (record[keyPath] ?? '');
}

async function logChange(
  tx: LabWriteTx,
  store: ContentStore,
  key: unknown,
  before: unknown,
  after: unknown,
  meta: ChangeMeta,
): Promise<void> {
  const change: ChangeRecord = {
    time: meta.time,
    principalArn: meta.principalArn,
    operation: meta.operation,
    store,
    recordKey: JSON.stringify(key),
    before: before ?? null,
    after: after ?? null,
  };
  await tx.objectStore('changes').add(change);
}

/** Inserts or replaces a record, logging the change. */
export async function putRecord<S extends ContentStore>(
  tx: LabWriteTx,
  store: S,
  value: StoreValue<LabSchema, S>,
  meta: ChangeMeta,
): Promise<void> {
  const objectStore = untyped(tx, store);
  const key = keyOf(objectStore, value);
  const before = await objectStore.get(key);
  await objectStore.put(value);
  await logChange(tx, store, key, before, value, meta);
}

/** Deletes a record if it exists, logging the change. Returns whether it existed. */
export async function deleteRecord<S extends ContentStore>(
  tx: LabWriteTx,
  store: S,
  key: StoreKey<LabSchema, S>,
  meta: ChangeMeta,
): Promise<boolean> {
  const objectStore = untyped(tx, store);
  const before = await objectStore.get(key);
  if (before === undefined) return false;
  await objectStore.delete(key);
  await logChange(tx, store, key, before, null, meta);
  return true;
}
