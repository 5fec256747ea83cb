import { beforeEach, describe, expect, it } from 'vitest';
import { readTx, writeTx } from './db';
import { resetLabStorage } from './lab-admin';
import { readAllChanges } from './logs';
import {
  FULL_AWS_ACCESS_ID,
  readAllScpPolicies,
  readScpPolicy,
  readScpTargetPolicyIds,
  removeScpPolicy,
  writeScpPolicy,
  writeScpTarget,
} from './organizations';
import { useFreshIndexedDb } from './test-support';
import type { ScpPolicyRecord } from './types';

beforeEach(useFreshIndexedDb);

const meta = { principalArn: 'test', operation: 'CreatePolicy', time: '2026-01-01T00:00:00Z' };
const policy: ScpPolicyRecord = {
  policyId: 'p-abcd1234',
  arn: 'arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-abcd1234',
  name: 'DenyS3',
  description: '',
  content:
    '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}',
  createDate: meta.time,
  lastUpdatedDate: meta.time,
};

describe('the lab organization in storage', () => {
  it('gives a target with no record FullAWSAccess only', async () => {
    expect(await readTx((tx) => readScpTargetPolicyIds(tx, '123456789012'))).toEqual([
      FULL_AWS_ACCESS_ID,
    ]);
  });

  it('keeps SCPs and attachments with a change record each, and a reset empties them', async () => {
    await writeTx(async (tx) => {
      await writeScpPolicy(tx, policy, meta);
      await writeScpTarget(tx, { targetId: '123456789012', policyIds: ['p-abcd1234'] }, meta);
    });
    expect(await readTx((tx) => readScpPolicy(tx, 'p-abcd1234'))).toEqual(policy);
    expect(await readTx((tx) => readScpTargetPolicyIds(tx, '123456789012'))).toEqual([
      'p-abcd1234',
    ]);
    const stores = (await readTx((tx) => readAllChanges(tx)))
      .map((c) => c.store)
      .filter((s) => s.startsWith('scp'));
    expect(stores).toEqual(['scpPolicies', 'scpTargets']);
    expect(await writeTx((tx) => removeScpPolicy(tx, 'p-abcd1234', meta))).toBe(true);
    expect(await readTx((tx) => readAllScpPolicies(tx))).toEqual([]);

    await writeTx((tx) => writeScpPolicy(tx, policy, meta));
    await resetLabStorage();
    expect(await readTx((tx) => readAllScpPolicies(tx))).toEqual([]);
    expect(await readTx((tx) => readScpTargetPolicyIds(tx, '123456789012'))).toEqual([
      FULL_AWS_ACCESS_ID,
    ]);
  });
});
