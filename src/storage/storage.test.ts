import { beforeEach, describe, expect, it } from 'vitest';
import { getLabDb, readTx, writeTx } from './db';
import { loadIamUsersAndGroups, resetLabStorage } from './lab-admin';
import { readAllChanges } from './logs';
import { readAllRoles } from './roles';
import { useFreshIndexedDb } from './test-support';
import type { UserRecord } from './types';
import { readAllUsers, readUser, removeUser, writeUser } from './users';
import { readMembershipsOfGroup } from './memberships';
import { readObjectsOfBucket } from './objects';
import { readAllInstances, instanceStateAt } from './instances';
import { hashPassword, verifyPassword } from '@/lib/pbkdf2';

const meta = { principalArn: 'arn:aws:iam::123456789012:root', operation: 'CreateUser', time: 't' };

function user(userName: string): UserRecord {
  return {
    key: userName.toLowerCase(),
    userName,
    userId: 'AIDAEXAMPLEEXAMPLE123',
    arn: `arn:aws:iam::123456789012:user/${userName}`,
    path: '/',
    createDate: '2026-01-01T00:00:00.000Z',
    tags: [],
  };
}

beforeEach(useFreshIndexedDb);

describe('a new lab', () => {
  it('holds the account and the two service-linked roles', async () => {
    const account = await readTx((tx) => tx.objectStore('meta').get('account'));
    expect(account).toMatchObject({ accountId: '123456789012', region: 'us-east-1' });
    const roles = await readTx(readAllRoles);
    expect(roles.map((r) => [r.roleName, r.path, r.serviceLinkedService]).sort()).toEqual([
      [
        'AWSServiceRoleForSupport',
        '/aws-service-role/support.amazonaws.com/',
        'support.amazonaws.com',
      ],
      [
        'AWSServiceRoleForTrustedAdvisor',
        '/aws-service-role/trustedadvisor.amazonaws.com/',
        'trustedadvisor.amazonaws.com',
      ],
    ]);
    expect(roles[0]?.roleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(await readTx(readAllUsers)).toEqual([]);
  });

  it('is lab-scoped: the catalog database lists it', async () => {
    await getLabDb();
    const names = (await indexedDB.databases()).map((d) => d.name).sort();
    expect(names).toEqual(['iam-console-lab', 'iam-console-lab.default']);
  });
});

describe('records', () => {
  it('round-trip, with names unique case-insensitively', async () => {
    await writeTx((tx) => writeUser(tx, user('User-1'), meta));
    expect((await readTx((tx) => readUser(tx, 'user-1')))?.userName).toBe('User-1');
    expect((await readTx((tx) => readUser(tx, 'USER-1')))?.userName).toBe('User-1');
  });

  it('write one change record (operation, before, after) per change, in the same transaction', async () => {
    const before = (await readTx(readAllChanges)).length;
    await writeTx((tx) => writeUser(tx, user('alice'), meta));
    await writeTx((tx) => removeUser(tx, 'alice', { ...meta, operation: 'DeleteUser' }));
    const changes = (await readTx(readAllChanges)).slice(before);
    expect(changes.map((c) => [c.operation, c.store, c.before === null, c.after === null])).toEqual(
      [
        ['CreateUser', 'users', true, false],
        ['DeleteUser', 'users', false, true],
      ],
    );
  });

  it('are all-or-nothing: a failed transaction leaves neither the record nor its change', async () => {
    const before = (await readTx(readAllChanges)).length;
    await expect(
      writeTx(async (tx) => {
        await writeUser(tx, user('bob'), meta);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await readTx((tx) => readUser(tx, 'bob'))).toBeUndefined();
    expect((await readTx(readAllChanges)).length).toBe(before);
  });
});

describe('passwords', () => {
  it('are stored as PBKDF2 hashes that verify', async () => {
    const hash = await hashPassword('Lab-Password1', 1000);
    expect(hash.algorithm).toBe('PBKDF2-SHA-256');
    expect(JSON.stringify(hash)).not.toContain('Lab-Password1');
    expect(await verifyPassword('Lab-Password1', hash)).toBe(true);
    expect(await verifyPassword('lab-password1', hash)).toBe(false);
  });
});

describe('scenarios and reset', () => {
  it('"IAM users and groups" holds the walkthrough result, and reset empties it', async () => {
    await loadIamUsersAndGroups(await hashPassword('Lab-Password1', 1000));
    const users = await readTx(readAllUsers);
    expect(users.map((u) => u.userName).sort()).toEqual(['user-1', 'user-2', 'user-3']);
    const members = await readTx((tx) => readMembershipsOfGroup(tx, 'EC2-Admin'));
    expect(members.map((m) => m.userKey)).toEqual(['user-3']);
    const objects = await readTx((tx) => readObjectsOfBucket(tx, 'lab-reports-123456789012'));
    expect(objects.length).toBeGreaterThanOrEqual(3);
    const instances = await readTx(readAllInstances);
    expect(instances.map((i) => instanceStateAt(i, Date.now()))).toEqual(['running', 'running']);

    await resetLabStorage();
    expect(await readTx(readAllUsers)).toEqual([]);
    expect((await readTx(readAllRoles)).length).toBe(2);
  });
});

describe('instance state', () => {
  it('reaches the transition target once it is due', () => {
    const base = {
      instanceId: 'i-0123456789abcdef0',
      name: 'x',
      instanceType: 't3.micro',
      imageId: 'ami-1',
      region: 'us-east-1',
      availabilityZone: 'us-east-1a',
      launchTime: '',
      privateIpAddress: '',
      tags: [],
    };
    const stopping = {
      ...base,
      state: 'stopping' as const,
      transition: { to: 'stopped' as const, atMs: 1000 },
    };
    expect(instanceStateAt(stopping, 999)).toBe('stopping');
    expect(instanceStateAt(stopping, 1000)).toBe('stopped');
  });
});
