import { beforeEach, describe, expect, it } from 'vitest';
import { readChangeGroupPage } from './change-groups';
import { readTx, writeTx } from './db';
import { resetLabStorage } from './lab-admin';
import { readAllChanges } from './logs';
import { useFreshIndexedDb } from './test-support';
import type { UserRecord } from './types';
import { redoLatest, restoreToHere, undoLatest } from './undo-redo';
import { readUndoHistory } from './undo-stack';
import { readAllUsers, readUser, removeUser, writeUser } from './users';

const ROOT = 'arn:aws:iam::123456789012:root';
const meta = (operation: string) => ({ principalArn: ROOT, operation, time: 't' });

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

const userNames = async () => (await readTx(readAllUsers)).map((u) => u.userName).sort();
const undo = () => writeTx((tx) => undoLatest(tx, 'later'));
const redo = () => writeTx((tx) => redoLatest(tx, 'later'));
const stacks = async () => {
  const history = await readTx(readUndoHistory);
  return { undo: history.undo.map((e) => e.operation), redo: history.redo.map((e) => e.operation) };
};

beforeEach(useFreshIndexedDb);

describe('change groups', () => {
  it('gives every change of one transaction the id of its first change', async () => {
    await writeTx(async (tx) => {
      await writeUser(tx, user('a'), meta('CreateUser'));
      await writeUser(tx, user('b'), meta('CreateUser'));
    });
    await writeTx((tx) => writeUser(tx, user('c'), meta('CreateUser')));
    const changes = (await readTx(readAllChanges)).filter((c) => c.store === 'users');
    const [a, b, c] = changes;
    expect(a?.txId).toBe(a?.id);
    expect(b?.txId).toBe(a?.id);
    expect(c?.txId).toBe(c?.id);
  });

  it('does not offer to undo the blank lab a reset writes', async () => {
    await writeTx((tx) => writeUser(tx, user('a'), meta('CreateUser')));
    expect((await stacks()).undo).toEqual(['CreateUser']);
    await resetLabStorage();
    expect(await stacks()).toEqual({ undo: [], redo: [] });
    expect(await undo()).toBeUndefined();
  });
});

describe('undo and redo', () => {
  it('reverts the latest action as a whole, and redo puts it back', async () => {
    await writeTx((tx) => writeUser(tx, user('kept'), meta('CreateUser')));
    await writeTx(async (tx) => {
      await writeUser(tx, user('kept', [{ Key: 'team', Value: 'blue' }]), meta('TagUser'));
      await writeUser(tx, user('added'), meta('TagUser'));
    });

    expect((await undo())?.operation).toBe('TagUser');
    expect(await userNames()).toEqual(['kept']);
    expect((await readTx((tx) => readUser(tx, 'kept')))?.tags).toEqual([]);
    expect(await stacks()).toEqual({ undo: ['CreateUser'], redo: ['TagUser'] });

    expect((await redo())?.operation).toBe('TagUser');
    expect(await userNames()).toEqual(['added', 'kept']);
    expect((await readTx((tx) => readUser(tx, 'kept')))?.tags).toEqual([
      { Key: 'team', Value: 'blue' },
    ]);
    expect(await stacks()).toEqual({ undo: ['CreateUser', 'TagUser'], redo: [] });
  });

  it('steps back over several actions and forward again in order', async () => {
    await writeTx((tx) => writeUser(tx, user('one'), meta('CreateUser')));
    await writeTx((tx) => writeUser(tx, user('two'), meta('CreateUser')));
    await writeTx((tx) => removeUser(tx, 'one', meta('DeleteUser')));

    await undo();
    expect(await userNames()).toEqual(['one', 'two']);
    await undo();
    expect(await userNames()).toEqual(['one']);
    await redo();
    expect(await userNames()).toEqual(['one', 'two']);
    // Undoing a redo goes back again.
    await undo();
    expect(await userNames()).toEqual(['one']);
    await redo();
    await redo();
    expect(await userNames()).toEqual(['two']);
    expect(await redo()).toBeUndefined();
  });

  it('forgets what was undone once a new action is made', async () => {
    await writeTx((tx) => writeUser(tx, user('one'), meta('CreateUser')));
    await undo();
    await writeTx((tx) => writeUser(tx, user('other'), meta('CreateUser')));
    expect(await stacks()).toEqual({ undo: ['CreateUser'], redo: [] });
    expect(await redo()).toBeUndefined();
    expect(await userNames()).toEqual(['other']);
  });

  it('logs undo and redo as groups of their own, by the lab', async () => {
    await writeTx((tx) => writeUser(tx, user('one'), meta('CreateUser')));
    await undo();
    await redo();
    const page = await readTx((tx) => readChangeGroupPage(tx, 10));
    expect(page.groups.map((g) => g.operation)).toEqual([
      'Redo CreateUser',
      'Undo CreateUser',
      'CreateUser',
      'CreateLab',
    ]);
    expect(page.groups[0]?.principalArn).toBe('lab');
  });
});

describe('restore to here', () => {
  it('restores to right after an action, and is itself undoable', async () => {
    await writeTx((tx) => writeUser(tx, user('one'), meta('CreateUser')));
    const [after] = (await readTx((tx) => readChangeGroupPage(tx, 1))).groups;
    await writeTx((tx) => writeUser(tx, user('two'), meta('CreateUser')));
    await writeTx((tx) => writeUser(tx, user('three'), meta('CreateUser')));

    const restored = await writeTx((tx) => restoreToHere(tx, after?.lastId ?? 0, 'later'));
    expect(restored).toBe(2);
    expect(await userNames()).toEqual(['one']);
    expect((await stacks()).undo.at(-1)).toBe('Restore to here');

    await undo();
    expect(await userNames()).toEqual(['one', 'three', 'two']);
  });
});

describe('readChangeGroupPage', () => {
  it('pages through actions newest first, old records grouped by time, operation and caller', async () => {
    await writeTx(async (tx) => {
      // Records written before change groups existed carry no txId.
      const changes = tx.objectStore('changes');
      const old = { principalArn: ROOT, store: 'users', before: null, after: null };
      await changes.add({ ...old, time: 't1', operation: 'CreateUser', recordKey: '"x"' });
      await changes.add({ ...old, time: 't1', operation: 'CreateUser', recordKey: '"y"' });
      await changes.add({ ...old, time: 't2', operation: 'CreateUser', recordKey: '"z"' });
    });
    for (const name of ['a', 'b', 'c']) {
      await writeTx((tx) => writeUser(tx, user(name), meta('CreateUser')));
    }

    const first = await readTx((tx) => readChangeGroupPage(tx, 2));
    expect(first.groups.map((g) => g.changes.map((c) => c.recordKey))).toEqual([['"c"'], ['"b"']]);
    const second = await readTx((tx) => readChangeGroupPage(tx, 2, first.next));
    expect(second.groups.map((g) => g.changes.map((c) => c.recordKey))).toEqual([['"a"'], ['"z"']]);
    const third = await readTx((tx) => readChangeGroupPage(tx, 2, second.next));
    expect(third.groups[0]?.changes.map((c) => c.recordKey)).toEqual(['"x"', '"y"']);
    expect(third.groups[0]?.firstId).toBeLessThan(third.groups[0]?.lastId ?? 0);
  });
});
