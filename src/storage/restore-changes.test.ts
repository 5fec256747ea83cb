import { beforeEach, describe, expect, it } from 'vitest';
import { readTx, writeTx } from './db';
import { latestChangeId, restoreToChange } from './restore-changes';
import { useFreshIndexedDb } from './test-support';
import type { UserRecord } from './types';
import { readAllUsers, readUser, removeUser, writeUser } from './users';

const meta = { principalArn: 'arn:aws:iam::123456789012:root', operation: 'CreateUser', time: 't' };
const restoreMeta = { ...meta, operation: 'RestoreToHere' };

function user(userName: string, tags: UserRecord['tags'] = []): UserRecord {
  return {
    key: userName.toLowerCase(),
    userName,
    userId: 'AIDAEXAMPLEEXAMPLE123',
    arn: `arn:aws:iam::123456789012:user/${userName}`,
    path: '/',
    createDate: '2026-01-01T00:00:00.000Z',
    tags,
  };
}

beforeEach(useFreshIndexedDb);

describe('restoreToChange', () => {
  it('puts back, deletes and re-creates records as they were after the chosen change', async () => {
    await writeTx((tx) => writeUser(tx, user('kept'), meta));
    await writeTx((tx) => writeUser(tx, user('removed'), meta));
    const point = await readTx(latestChangeId);
    await writeTx((tx) => writeUser(tx, user('kept', [{ Key: 'a', Value: '1' }]), meta));
    await writeTx((tx) => writeUser(tx, user('kept', [{ Key: 'a', Value: '2' }]), meta));
    await writeTx((tx) => removeUser(tx, 'removed', meta));
    await writeTx((tx) => writeUser(tx, user('added'), meta));

    const restored = await writeTx((tx) => restoreToChange(tx, point, restoreMeta));

    expect(restored).toBe(3);
    expect((await readTx(readAllUsers)).map((u) => u.userName).sort()).toEqual(['kept', 'removed']);
    expect((await readTx((tx) => readUser(tx, 'kept')))?.tags).toEqual([]);
  });

  it('logs its own changes, so restoring to just before it undoes the restore', async () => {
    await writeTx((tx) => writeUser(tx, user('first'), meta));
    const point = await readTx(latestChangeId);
    await writeTx((tx) => writeUser(tx, user('second'), meta));
    const beforeRestore = await readTx(latestChangeId);
    await writeTx((tx) => restoreToChange(tx, point, restoreMeta));
    expect((await readTx(readAllUsers)).map((u) => u.userName)).toEqual(['first']);

    await writeTx((tx) => restoreToChange(tx, beforeRestore, restoreMeta));
    expect((await readTx(readAllUsers)).map((u) => u.userName).sort()).toEqual(['first', 'second']);
  });

  it('writes nothing when the lab already matches', async () => {
    await writeTx((tx) => writeUser(tx, user('only'), meta));
    const point = await readTx(latestChangeId);
    expect(await writeTx((tx) => restoreToChange(tx, point, restoreMeta))).toBe(0);
  });
});
