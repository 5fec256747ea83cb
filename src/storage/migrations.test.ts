import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabDb, readTx } from './db';
import { readPolicyArnsInUse } from './attachments';
import { migrateLabDb } from './migrations';
import { LAB_DB_VERSION, labDbName, type LabSchema } from './schema';
import { useFreshIndexedDb } from './test-support';
import { readUser } from './users';

beforeEach(useFreshIndexedDb);

/**
 * A lab database as schema version 1 left it: no tags on users, roles or instances, and no time
 * indexes on the logs. Written with raw IndexedDB calls, as an older build of the app would have.
 */
async function writeV1Fixture(): Promise<void> {
  const db = await openDB(labDbName('default'), 1, {
    upgrade(raw) {
      raw.createObjectStore('meta', { keyPath: 'key' });
      raw.createObjectStore('users', { keyPath: 'key' });
      raw.createObjectStore('loginProfiles', { keyPath: 'key' });
      raw.createObjectStore('groups', { keyPath: 'key' });
      const m = raw.createObjectStore('memberships', { keyPath: ['userKey', 'groupKey'] });
      m.createIndex('byGroup', 'groupKey');
      m.createIndex('byUser', 'userKey');
      const a = raw.createObjectStore('attachments', {
        keyPath: ['principalKind', 'principalKey', 'policyArn'],
      });
      a.createIndex('byPrincipal', ['principalKind', 'principalKey']);
      a.createIndex('byPolicy', 'policyArn');
      const i = raw.createObjectStore('inlinePolicies', {
        keyPath: ['principalKind', 'principalKey', 'policyName'],
      });
      i.createIndex('byPrincipal', ['principalKind', 'principalKey']);
      raw.createObjectStore('policies', { keyPath: 'arn' });
      raw.createObjectStore('roles', { keyPath: 'key' });
      raw.createObjectStore('buckets', { keyPath: 'name' });
      raw
        .createObjectStore('objects', { keyPath: ['bucket', 'key'] })
        .createIndex('byBucket', 'bucket');
      raw.createObjectStore('instances', { keyPath: 'instanceId' });
      raw.createObjectStore('changes', { keyPath: 'id', autoIncrement: true });
      raw.createObjectStore('calls', { keyPath: 'id', autoIncrement: true });
    },
  });
  const time = '2026-01-01T00:00:00.000Z';
  await db.put('meta', {
    key: 'account',
    accountId: '123456789012',
    region: 'us-east-1',
    scenarioId: 'iam-users-and-groups',
    createDate: time,
  });
  await db.put('users', {
    key: 'user-1',
    userName: 'user-1',
    userId: 'AIDAV1FIXTUREUSER0001',
    arn: 'arn:aws:iam::123456789012:user/user-1',
    path: '/',
    createDate: time,
  });
  await db.put('groups', {
    key: 's3-support',
    groupName: 'S3-Support',
    groupId: 'AGPAV1FIXTUREGROUP001',
    arn: 'arn:aws:iam::123456789012:group/S3-Support',
    path: '/',
    createDate: time,
  });
  await db.put('memberships', { userKey: 'user-1', groupKey: 's3-support', createDate: time });
  await db.add('calls', {
    time,
    epochMs: Date.parse(time),
    principalArn: 'arn:aws:iam::123456789012:root',
    principalType: 'Root',
    eventSource: 'iam.amazonaws.com',
    eventName: 'CreateUser',
    action: 'iam:CreateUser',
    resource: 'arn:aws:iam::123456789012:user/user-1',
    region: 'us-east-1',
    decision: 'allowed',
    context: {},
  });
  db.close();
}

describe('lab schema migrations', () => {
  it('migrate a version 1 database to the current version without losing anything', async () => {
    await writeV1Fixture();
    const db = await getLabDb();
    expect(db.version).toBe(LAB_DB_VERSION);

    const user = await readTx((tx) => readUser(tx, 'user-1'));
    expect(user).toMatchObject({ userName: 'user-1', userId: 'AIDAV1FIXTUREUSER0001', tags: [] });
    const account = await readTx((tx) => tx.objectStore('meta').get('account'));
    // Migrated, not wiped and re-seeded.
    expect(account?.scenarioId).toBe('iam-users-and-groups');
    expect(await readTx((tx) => tx.objectStore('memberships').count())).toBe(1);

    const calls = await readTx((tx) => tx.objectStore('calls').index('byTime').getAll());
    expect(calls.map((c) => c.eventName)).toEqual(['CreateUser']);
    expect(db.transaction('changes').store.indexNames.contains('byTime')).toBe(true);
    expect(db.transaction('calls').store.indexNames.contains('byPrincipal')).toBe(true);
    // Version 3: access keys and MFA devices, empty, indexed by user.
    expect(await readTx((tx) => tx.objectStore('accessKeys').count())).toBe(0);
    expect(db.transaction('accessKeys').store.indexNames.contains('byUser')).toBe(true);
    expect(db.transaction('mfaDevices').store.indexNames.contains('byUser')).toBe(true);
    // Version 6: the lab's settings (the request context panel), empty until saved.
    expect(await readTx((tx) => tx.objectStore('labSettings').count())).toBe(0);
    // Version 7: the CLI panel's profiles, empty.
    expect(await readTx((tx) => tx.objectStore('cliProfiles').count())).toBe(0);
    // Version 8: EC2 key pairs, empty, keyed by [region, keyName].
    expect(await readTx((tx) => tx.objectStore('keyPairs').count())).toBe(0);
    expect(db.transaction('keyPairs').store.keyPath).toEqual(['region', 'keyName']);
    // Version 9: users and roles indexed by their permissions boundary.
    expect(db.transaction('users').store.indexNames.contains('byBoundary')).toBe(true);
    expect(db.transaction('roles').store.indexNames.contains('byBoundary')).toBe(true);
  });

  it('index the boundaries of users a version 8 database already holds', async () => {
    const boundary = 'arn:aws:iam::aws:policy/PowerUserAccess';
    const raw = await openDB<LabSchema>(labDbName('default'), 8, {
      upgrade: (db, oldVersion, _newVersion, tx) => migrateLabDb(db, oldVersion, 8, tx),
    });
    const user = (name: string, permissionsBoundary?: string) => ({
      key: name,
      userName: name,
      userId: `AIDAV8FIXTURE${name.toUpperCase()}`,
      arn: `arn:aws:iam::123456789012:user/${name}`,
      path: '/',
      createDate: '2026-06-01T00:00:00.000Z',
      tags: [],
      ...(permissionsBoundary && { permissionsBoundary }),
    });
    await raw.put('users', user('bounded', boundary));
    await raw.put('users', user('free'));
    raw.close();

    const db = await getLabDb();
    expect(db.version).toBe(LAB_DB_VERSION);
    const keys = await readTx((tx) => tx.objectStore('users').index('byBoundary').getAllKeys());
    expect(keys).toEqual(['bounded']);
    const inUse = await readTx((tx) => readPolicyArnsInUse(tx, 'arn:aws:iam::aws:policy/'));
    // The boundary, beside the policies the blank lab's service-linked roles have attached.
    expect(inUse).toContain(boundary);
    expect(inUse).toContain('arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy');
  });
});
