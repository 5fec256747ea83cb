// For tests only: a brand-new fake IndexedDB per test (toolchain pitfall 7).

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { resetDbConnection } from './db';

/** Forgets the open connections and gives the next open a fresh, empty IndexedDB. */
export async function useFreshIndexedDb(): Promise<void> {
  await resetDbConnection();
  globalThis.indexedDB = new IDBFactory();
}
