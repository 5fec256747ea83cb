// One read-only transaction on a lab's database named by the page, with a connection of its own
// that closes straight after: for a Web Worker, which shares the page's IndexedDB but not its
// open connection. It never creates, upgrades or seeds a database; the page's connection does that.

import { openDB } from 'idb';
import { LAB_DB_VERSION, LAB_STORES, type LabReadTx, type LabSchema } from './schema';

/** Runs `work` in a read-only transaction over every store of the lab database `dbName`. */
export async function readLabDb<T>(
  dbName: string,
  work: (tx: LabReadTx) => Promise<T>,
): Promise<T> {
  const db = await openDB<LabSchema>(dbName, undefined, {
    // A database that does not exist yet is not ours to create: aborting leaves none behind.
    upgrade(_db, _old, _new, tx) {
      tx.done.catch(() => undefined);
      tx.abort();
    },
    // The page wants to upgrade or delete it: let it.
    blocking() {
      db.close();
    },
  });
  try {
    // An older schema is the page's to migrate; a newer one is another version of the app's.
    if (db.version !== LAB_DB_VERSION) {
      throw new Error(`${dbName} is at version ${db.version}, not ${LAB_DB_VERSION}`);
    }
    const tx = db.transaction(LAB_STORES, 'readonly');
    const result = await work(tx);
    await tx.done;
    return result;
  } finally {
    db.close();
  }
}
