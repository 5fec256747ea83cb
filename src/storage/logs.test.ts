import { beforeEach, describe, expect, it } from 'vitest';
import { readTx, writeTx } from './db';
import { readAllLastActivity, readLastActivity, writeCalls } from './logs';
import { useFreshIndexedDb } from './test-support';
import type { CallRecord } from './types';

const call = (principalArn: string, epochMs: number): CallRecord => ({
  time: new Date(epochMs).toISOString(),
  epochMs,
  principalArn,
  principalType: 'IAMUser',
  eventSource: 'iam.amazonaws.com',
  eventName: 'ListUsers',
  action: 'iam:ListUsers',
  resource: '*',
  region: 'us-east-1',
  context: {},
});

const USER = (name: string) => `arn:aws:iam::123456789012:user/${name}`;

beforeEach(useFreshIndexedDb);

describe('readAllLastActivity', () => {
  it('is empty without calls', async () => {
    expect(await readTx(readAllLastActivity)).toEqual(new Map());
  });

  it("gives each principal's latest call, as readLastActivity does one by one", async () => {
    const calls = [
      call(USER('user-1'), 3_000),
      call(USER('user-10'), 9_000),
      call(USER('user-1'), 5_000),
      call(USER('user-2'), 1_000),
      call(USER('user-1'), 4_000),
      call('arn:aws:iam::123456789012:root', 7_000),
    ];
    await writeTx((tx) => writeCalls(tx, calls));
    const all = await readTx(readAllLastActivity);
    expect(Object.fromEntries(all)).toEqual({
      [USER('user-1')]: new Date(5_000).toISOString(),
      [USER('user-10')]: new Date(9_000).toISOString(),
      [USER('user-2')]: new Date(1_000).toISOString(),
      'arn:aws:iam::123456789012:root': new Date(7_000).toISOString(),
    });
    for (const [arn, time] of all)
      expect(await readTx((tx) => readLastActivity(tx, arn))).toBe(time);
  });
});
