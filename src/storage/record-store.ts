// Writes that log themselves: every put or delete also writes one change record (before, after)
// in the same transaction. The changes of one transaction form one group, the unit Undo steps over.

import type { StoreKey, StoreValue } from 'idb';
import type { LabSchema, LabStore, LabWriteTx } from './schema';
import type { ChangeRecord } from './types';
import { pushUndoableAction } from './undo-stack';

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

/**
 * What a transaction's changes are: a learner's 'action' (the default: Undo can revert it, and it
 * clears Redo), an 'undo' or redo (which manages the stacks itself), or the 'baseline' a reset or
 * a scenario writes (nothing to undo past it).
 */
export type ChangeGroupKind = 'action' | 'undo' | 'baseline';

interface ChangeGroup {
  kind: ChangeGroupKind;
  /** The id of the group's first change, once it has one. */
  txId?: number;
}

// Invariant: idb hands out one wrapper per IDBTransaction, so the wrapper identifies the transaction.
const groups = new WeakMap<LabWriteTx, ChangeGroup>();

/** Sets what the transaction's changes are; call it before the transaction's first write. */
export function markChangeGroup(tx: LabWriteTx, kind: ChangeGroupKind): void {
  const group = groups.get(tx);
  if (group) group.kind = kind;
  else groups.set(tx, { kind });
}

/** The group id of the changes this transaction has written so far, if it wrote any. */
export function changeGroupId(tx: LabWriteTx): number | undefined {
  return groups.get(tx)?.txId;
}

function changeOf(
  store: ContentStore,
  key: unknown,
  before: unknown,
  after: unknown,
  meta: ChangeMeta,
): ChangeRecord {
  return {
    time: meta.time,
    principalArn: meta.principalArn,
    operation: meta.operation,
    store,
    recordKey: JSON.stringify(key),
    before: before ?? null,
    after: after ?? null,
  };
}

async function logChange(
  tx: LabWriteTx,
  store: ContentStore,
  key: unknown,
  before: unknown,
  after: unknown,
  meta: ChangeMeta,
): Promise<void> {
  const change = changeOf(store, key, before, after, meta);
  let group = groups.get(tx);
  if (!group) {
    group = { kind: 'action' };
    groups.set(tx, group);
  }
  const changes = tx.objectStore('changes');
  if (group.txId !== undefined) {
    await changes.add({ ...change, txId: group.txId });
    return;
  }
  // The first change of the transaction names the group after its own id. Transactions that
  // write changes cover the changes store, so they run one at a time and a group's ids are contiguous.
  const id = await changes.add(change);
  group.txId = id;
  await changes.put({ ...change, id, txId: id });
  if (group.kind === 'action')
    await pushUndoableAction(tx, { txId: id, operation: meta.operation });
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

/**
 * Inserts records into a store that holds none of their keys (an import into a cleared lab),
 * logging each as a creation. After the first, the requests are queued without waiting on each
 * one: IndexedDB runs a transaction's requests in order, and the first failure aborts them all.
 */
export async function putNewRecords<S extends ContentStore>(
  tx: LabWriteTx,
  store: S,
  values: readonly StoreValue<LabSchema, S>[],
  meta: ChangeMeta,
): Promise<void> {
  const [first, ...rest] = values;
  if (first === undefined) return;
  await putRecord(tx, store, first, meta);
  // Invariant: putRecord has logged a change, so the group has its id.
  const txId = groups.get(tx)?.txId;
  const objectStore = untyped(tx, store);
  const changes = tx.objectStore('changes');
  await settleAll(
    queueRequests(rest, (value) => {
      const change = changeOf(store, keyOf(objectStore, value), null, value, meta);
      return [objectStore.put(value), changes.add({ ...change, txId })];
    }),
  );
}

/**
 * Queues each value's requests. A request IndexedDB refuses at once (a record without its key)
 * throws: it becomes the last, rejected entry, so settleAll reports it after the queued ones.
 */
export function queueRequests<T>(
  values: readonly T[],
  request: (value: T) => Promise<unknown>[],
): Promise<unknown>[] {
  const pending: Promise<unknown>[] = [];
  for (const value of values) {
    try {
      pending.push(...request(value));
    } catch (err) {
      pending.push(Promise.reject(err as Error));
      break;
    }
  }
  return pending;
}

/**
 * Waits for queued requests and throws the first failure. Unlike Promise.all it waits for all of
 * them: once one fails the transaction aborts the rest, and none may be left rejected unheard.
 */
export async function settleAll(pending: readonly Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(pending);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
