// Schema steps of a lab database, one per version. A shipped step never changes: a new schema is a
// new version plus a new step here, so an older database is migrated, never wiped.

import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LabSchema } from './schema';

type UpgradeTx = IDBPTransaction<LabSchema, StoreNames<LabSchema>[], 'versionchange'>;
type Step = (db: IDBPDatabase<LabSchema>, tx: UpgradeTx) => Promise<void>;

/** Version 1: the first lab schema (issue 3). */
const v1: Step = async (db) => {
  db.createObjectStore('meta', { keyPath: 'key' });
  db.createObjectStore('users', { keyPath: 'key' });
  db.createObjectStore('loginProfiles', { keyPath: 'key' });
  db.createObjectStore('groups', { keyPath: 'key' });
  const memberships = db.createObjectStore('memberships', { keyPath: ['userKey', 'groupKey'] });
  memberships.createIndex('byGroup', 'groupKey');
  memberships.createIndex('byUser', 'userKey');
  const attachments = db.createObjectStore('attachments', {
    keyPath: ['principalKind', 'principalKey', 'policyArn'],
  });
  attachments.createIndex('byPrincipal', ['principalKind', 'principalKey']);
  attachments.createIndex('byPolicy', 'policyArn');
  const inline = db.createObjectStore('inlinePolicies', {
    keyPath: ['principalKind', 'principalKey', 'policyName'],
  });
  inline.createIndex('byPrincipal', ['principalKind', 'principalKey']);
  db.createObjectStore('policies', { keyPath: 'arn' });
  db.createObjectStore('roles', { keyPath: 'key' });
  db.createObjectStore('buckets', { keyPath: 'name' });
  const objects = db.createObjectStore('objects', { keyPath: ['bucket', 'key'] });
  objects.createIndex('byBucket', 'bucket');
  db.createObjectStore('instances', { keyPath: 'instanceId' });
  db.createObjectStore('changes', { keyPath: 'id', autoIncrement: true });
  db.createObjectStore('calls', { keyPath: 'id', autoIncrement: true });
};

/**
 * Version 2: tags on users, roles, customer policies and instances (issues 4 and 5 read them), and
 * time indexes on the change and call records for the event history and the timeline.
 */
const v2: Step = async (_db, tx) => {
  tx.objectStore('changes').createIndex('byTime', 'time');
  tx.objectStore('calls').createIndex('byTime', 'epochMs');
  // Last activity of one identity, and the event history filtered by user.
  tx.objectStore('calls').createIndex('byPrincipal', ['principalArn', 'epochMs']);
  await backfillTags(tx, 'users');
  await backfillTags(tx, 'roles');
  await backfillTags(tx, 'policies');
  await backfillTags(tx, 'instances');
};

async function backfillTags(
  tx: UpgradeTx,
  store: 'users' | 'roles' | 'policies' | 'instances',
): Promise<void> {
  let cursor = await tx.objectStore(store).openCursor();
  while (cursor) {
    const value: unknown = cursor.value;
    // Records from version 1 have no tags field; anything else stays as it was.
    if (isObject(value) && !Array.isArray(value['tags'])) {
      await cursor.update({ ...cursor.value, tags: [] });
    }
    cursor = await cursor.continue();
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Version 3: EC2 instance profiles (issue 4: an AWS-service role for EC2 gets one). */
const v3: Step = async (db) => {
  if (!db.objectStoreNames.contains('instanceProfiles')) {
    db.createObjectStore('instanceProfiles', { keyPath: 'key' });
  }
};

/**
 * Version 4: users' access keys and virtual MFA devices (issue 4), each indexed by the user's key.
 * Additive only: no existing record changes.
 */
const v4: Step = async (db) => {
  db.createObjectStore('accessKeys', { keyPath: 'accessKeyId' }).createIndex('byUser', 'userKey');
  db.createObjectStore('mfaDevices', { keyPath: 'serialNumber' }).createIndex('byUser', 'userKey');
};

/**
 * Version 5: the lab organization's service control policies and what each of its targets has
 * attached (issue 4). A target with no record has FullAWSAccess only, so nothing is seeded.
 */
const v5: Step = async (db) => {
  if (!db.objectStoreNames.contains('scpPolicies')) {
    db.createObjectStore('scpPolicies', { keyPath: 'policyId' });
  }
  if (!db.objectStoreNames.contains('scpTargets')) {
    db.createObjectStore('scpTargets', { keyPath: 'targetId' });
  }
};

/**
 * Version 6: the lab's own settings, keyed by name; the first is the request context panel's
 * values (issue 5). Without a record the calls see the defaults, so nothing is seeded.
 */
const v6: Step = async (db) => {
  if (!db.objectStoreNames.contains('labSettings')) {
    db.createObjectStore('labSettings', { keyPath: 'key' });
  }
};

/** Version 7: the CLI panel's named profiles ("aws configure"), keyed by name. Additive only. */
const v7: Step = async (db) => {
  if (!db.objectStoreNames.contains('cliProfiles')) {
    db.createObjectStore('cliProfiles', { keyPath: 'name' });
  }
};

/** Version 8: EC2 key pairs (issue 5's launch wizard), keyed by [region, keyName]. Additive only. */
const v8: Step = async (db) => {
  if (!db.objectStoreNames.contains('keyPairs')) {
    db.createObjectStore('keyPairs', { keyPath: ['region', 'keyName'] });
  }
};

/**
 * Version 9: users and roles indexed by their permissions boundary. Records without one are not in
 * the index, so finding the boundaries in use reads a few keys, not every user (a lab at AWS's
 * maximums holds 5,000). Additive only.
 */
const v9: Step = async (_db, tx) => {
  for (const store of ['users', 'roles'] as const) {
    const objectStore = tx.objectStore(store);
    if (!objectStore.indexNames.contains('byBoundary')) {
      objectStore.createIndex('byBoundary', 'permissionsBoundary');
    }
  }
};

/** Steps by the version they lead to: STEPS[n - 1] upgrades version n-1 to n. */
const STEPS: readonly Step[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9];

/** Runs every step from oldVersion up to newVersion, inside idb's upgrade transaction. */
export async function migrateLabDb(
  db: IDBPDatabase<LabSchema>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = STEPS[version - 1];
    if (!step) throw new Error(`No migration step to lab schema version ${version}`);
    await step(db, tx);
  }
}
