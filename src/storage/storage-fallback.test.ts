import { IDBObjectStore as MemoryObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTx, writeTx } from './db';
import { readAllChanges } from './logs';
import { storageHealth } from './storage-health';
import { useFreshIndexedDb } from './test-support';
import type { UserRecord } from './types';
import { readAllUsers, writeUser } from './users';

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

async function userNames(): Promise<string[]> {
  return (await readTx(readAllUsers)).map((u) => u.userName).sort();
}

/** A browser that will not open any database (Firefox's private windows answer so). */
const refusingFactory = {
  open(): never {
    throw new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    );
  },
};

beforeEach(useFreshIndexedDb);
afterEach(() => vi.restoreAllMocks());

describe('IndexedDB unavailable', () => {
  it.each([
    [
      'open() fails',
      () =>
        Object.defineProperty(globalThis, 'indexedDB', {
          value: refusingFactory,
          configurable: true,
          writable: true,
        }),
    ],
    ['window.indexedDB is gone', () => Reflect.deleteProperty(globalThis, 'indexedDB')],
  ])('when %s, the lab works in memory and says it is not saved', async (_case, breakIt) => {
    breakIt();
    expect(storageHealth()).toEqual({ saving: true });
    await writeTx((tx) => writeUser(tx, user('user-1'), meta));
    expect(await userNames()).toEqual(['user-1']);
    const changes = await readTx(readAllChanges);
    expect(changes.filter((c) => c.operation !== 'CreateLab').map((c) => c.recordKey)).toEqual([
      '"user-1"',
    ]);
    expect(storageHealth()).toEqual({ saving: false, failure: 'unavailable' });
  });

  it('a failure that is not the storage itself is not hidden by the fallback', async () => {
    await expect(
      writeTx(async () => {
        throw new DOMException('The transaction was aborted.', 'AbortError');
      }),
    ).rejects.toThrow('aborted');
    expect(storageHealth()).toEqual({ saving: true });
  });
});

describe('IndexedDB full', () => {
  it('moves the lab into memory on QuotaExceededError and saves the refused change there', async () => {
    await writeTx((tx) => writeUser(tx, user('user-1'), meta));
    const saved = globalThis.indexedDB;
    vi.spyOn(MemoryObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await writeTx((tx) => writeUser(tx, user('user-2'), meta));
    expect(storageHealth()).toEqual({ saving: false, failure: 'quota' });
    expect(await userNames()).toEqual(['user-1', 'user-2']);
    // The change log came along, one change per write.
    const changes = await readTx(readAllChanges);
    expect(changes.map((c) => c.recordKey).filter((k) => k.includes('user'))).toEqual([
      '"user-1"',
      '"user-2"',
    ]);
    // Cursors step through the in-memory stores as through the browser's.
    const viaCursor = await readTx(async (tx) => {
      const names: string[] = [];
      let cursor = await tx.objectStore('users').openCursor();
      while (cursor) {
        names.push(cursor.value.userName);
        cursor = await cursor.continue();
      }
      return names;
    });
    expect(viaCursor).toEqual(['user-1', 'user-2']);
    // The tab now writes to a database of its own, not to the full one.
    expect(globalThis.indexedDB).not.toBe(saved);
  });
});
