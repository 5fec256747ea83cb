import { beforeEach, describe, expect, it } from 'vitest';
import { readTx, writeTx } from './db';
import { readKeyPair, readKeyPairsInRegion, removeKeyPair, writeKeyPair } from './key-pairs';
import { readAllChanges } from './logs';
import { useFreshIndexedDb } from './test-support';
import type { KeyPairRecord } from './types';

const meta = {
  principalArn: 'arn:aws:iam::123456789012:root',
  operation: 'CreateKeyPair',
  time: '2026-12-01T00:00:00.000Z',
};
const pair = (region: string, keyName: string): KeyPairRecord => ({
  region,
  keyName,
  keyPairId: 'key-0123456789abcdef0',
  keyType: 'rsa',
  keyFingerprint: 'aa:bb',
  createTime: meta.time,
  tags: [],
});

beforeEach(useFreshIndexedDb);

describe('key pairs', () => {
  it('are per Region, listed by name, each write with its change record', async () => {
    await writeTx(async (tx) => {
      await writeKeyPair(tx, pair('eu-west-1', 'zeta'), meta);
      await writeKeyPair(tx, pair('eu-west-1', 'alpha'), meta);
      await writeKeyPair(tx, pair('us-east-1', 'alpha'), meta);
    });
    const names = await readTx((tx) => readKeyPairsInRegion(tx, 'eu-west-1'));
    expect(names.map((k) => k.keyName)).toEqual(['alpha', 'zeta']);
    expect(await readTx((tx) => readKeyPair(tx, 'us-east-1', 'zeta'))).toBeUndefined();
    await writeTx((tx) =>
      removeKeyPair(tx, 'eu-west-1', 'zeta', { ...meta, operation: 'DeleteKeyPair' }),
    );
    const changes = (await readTx(readAllChanges)).filter((c) => c.store === 'keyPairs');
    expect(changes.map((c) => [c.operation, c.store, c.recordKey])).toEqual([
      ['CreateKeyPair', 'keyPairs', '["eu-west-1","zeta"]'],
      ['CreateKeyPair', 'keyPairs', '["eu-west-1","alpha"]'],
      ['CreateKeyPair', 'keyPairs', '["us-east-1","alpha"]'],
      ['DeleteKeyPair', 'keyPairs', '["eu-west-1","zeta"]'],
    ]);
  });
});
