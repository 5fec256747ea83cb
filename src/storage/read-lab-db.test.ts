// A worker's read-only look at a lab database: never creates one, never reads another schema.
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { readTx } from './db';
import { readLabDb } from './read-lab-db';
import { LAB_DB_VERSION } from './schema';
import { useFreshIndexedDb } from './test-support';

beforeEach(useFreshIndexedDb);

describe('readLabDb', () => {
  it('reads the lab the page opened', async () => {
    const viaPage = await readTx((tx) => tx.objectStore('meta').get('account'));
    const viaOwn = await readLabDb('iam-console-lab.default', (tx) =>
      tx.objectStore('meta').get('account'),
    );
    expect(viaOwn).toEqual(viaPage);
    expect(viaOwn).toBeDefined();
  });

  it('refuses a database that does not exist, and leaves none behind', async () => {
    await expect(readLabDb('iam-console-lab.nowhere', async () => 1)).rejects.toThrow();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('iam-console-lab.nowhere');
  });

  it('refuses a database at another schema version', async () => {
    const older = await openDB('iam-console-lab.older', LAB_DB_VERSION - 1, {
      upgrade(db) {
        db.createObjectStore('meta');
      },
    });
    older.close();
    await expect(readLabDb('iam-console-lab.older', async () => 1)).rejects.toThrow(/version/);
  });
});
