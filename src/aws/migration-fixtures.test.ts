// Issue 8 "Data safety": schema migration tests from fixtures of every earlier version. For each
// version 1..current-1, a lab database is built with that version's own (shipped, never changed)
// steps and filled with records of every store it had, in that version's shape (no tags before
// version 2); opening it migrates it. Nothing is lost, and the result has exactly the schema a new
// lab has. The records come from the built-in scenario plus one of every other kind, made through
// the simulated APIs, so they are the shapes the app writes. (In src/aws to make those records;
// the storage layer's own version-1 test is src/storage/migrations.test.ts.)
import { openDB, type IDBPDatabase } from 'idb';
import { beforeAll, describe, expect, it } from 'vitest';
import { getLabDb, resetDbConnection, writeTx } from '@/storage/db';
import { writeCliProfile } from '@/storage/cli-profiles';
import { loadIamUsersAndGroups } from '@/storage/lab-admin';
import { writeLabContext } from '@/storage/lab-context';
import { readLabSnapshot, type SnapshotStores } from '@/storage/lab-snapshot';
import { migrateLabDb } from '@/storage/migrations';
import { ORG_ROOT_ID } from '@/storage/organizations';
import { LAB_DB_VERSION, LAB_STORES, labDbName, type LabSchema } from '@/storage/schema';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller } from './caller';
import { createKeyPair } from './ec2-key-pairs';
import * as iam from './iam';
import { createInstanceProfile } from './instance-profiles';
import * as organizations from './organizations-api';

const root = rootCaller();
const password = {
  algorithm: 'PBKDF2-SHA-256',
  iterations: 1,
  salt: 'AAAA',
  hash: 'AAAA',
} as const;
const DOC =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
/** Stores whose records version 2 gave a tags field. */
const TAGGED = ['users', 'roles', 'policies', 'instances'];
const meta = { principalArn: 'lab', operation: 'Fixture', time: '2026-01-01T00:00:00.000Z' };

/** Store → key path, auto-increment and indexes: what a schema is. */
function schemaOf(db: IDBPDatabase<LabSchema>): unknown {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names);
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = [...store.indexNames].map((i) => {
        const index = store.index(i);
        return [i, index.keyPath, index.unique, index.multiEntry];
      });
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

let records: SnapshotStores;
let currentSchema: unknown;

beforeAll(async () => {
  await useFreshIndexedDb();
  await loadIamUsersAndGroups(password);
  await iam.createPolicy(root, { policyName: 'Fixture', policyDocument: DOC });
  await createInstanceProfile(root, 'web-profile');
  const scp = await organizations.createPolicy(root, { name: 'S', description: '', content: DOC });
  await organizations.attachPolicy(root, scp, ORG_ROOT_ID);
  await iam.createAccessKey(root, 'user-1');
  await iam.createVirtualMFADevice(root, 'user-1', 'user-1');
  await createKeyPair(root, { keyName: 'lab-key' }, 'us-east-1');
  await writeTx(async (tx) => {
    await writeCliProfile(tx, { name: 'default', region: 'us-east-1', output: 'json' }, meta);
    await writeLabContext(tx, { key: 'request-context', mfa: 'sign-in', secureTransport: true });
  });
  records = (await readLabSnapshot()).stores;
  currentSchema = schemaOf(await getLabDb());
});

/** A lab database at `version`, made by its own steps, holding every record its stores can hold. */
async function writeFixture(version: number): Promise<{ stores: Set<string>; schema: unknown }> {
  const db = await openDB<LabSchema>(labDbName('default'), version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      void migrateLabDb(database, oldVersion, version, tx);
    },
  });
  const stores = new Set<string>(db.objectStoreNames);
  const schema = schemaOf(db);
  const tx = db.transaction([...db.objectStoreNames], 'readwrite');
  for (const name of tx.objectStoreNames) {
    for (const record of records[name] as object[]) {
      const shaped =
        version < 2 && TAGGED.includes(name)
          ? Object.fromEntries(Object.entries(record).filter(([k]) => k !== 'tags'))
          : record;
      await tx.objectStore(name).put(shaped as never);
    }
  }
  await tx.done;
  db.close();
  return { stores, schema };
}

describe('lab schema migrations from fixtures of every earlier version', () => {
  it('the fixtures hold a record of every kind', () => {
    for (const store of LAB_STORES) expect(records[store].length, store).toBeGreaterThan(0);
  });

  it.each(Array.from({ length: LAB_DB_VERSION - 1 }, (_, i) => i + 1))(
    'version %i migrates to the current version with every record intact',
    async (version) => {
      await useFreshIndexedDb();
      const { stores: had, schema } = await writeFixture(version);
      // Every version changed the schema (a store or an index), so there is something to migrate.
      expect(schema).not.toEqual(currentSchema);
      await resetDbConnection();
      const db = await getLabDb();
      expect(db.version).toBe(LAB_DB_VERSION);
      expect(schemaOf(db)).toEqual(currentSchema);
      const migrated = (await readLabSnapshot()).stores;
      for (const store of LAB_STORES) {
        if (!had.has(store)) {
          expect(migrated[store], `${store} is new since version ${version}`).toEqual([]);
          continue;
        }
        // Records of version 1 had no tags; version 2 gave each an empty list.
        const expected = (records[store] as object[]).map((r) =>
          version < 2 && TAGGED.includes(store) ? { ...r, tags: [] } : r,
        );
        expect(migrated[store], store).toEqual(expected);
      }
    },
  );
});
