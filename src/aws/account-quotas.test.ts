import { beforeEach, describe, expect, it } from 'vitest';
import { readAccountRecord, writeAccountRecord } from '@/storage/account';
import { writeTx } from '@/storage/db';
import type { ChangeMeta } from '@/storage/record-store';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller } from './caller';
import * as iam from './iam';
import { errorOf } from './test-support';

const root = rootCaller();
const meta: ChangeMeta = { principalArn: 'lab', operation: 'Test', time: '2026-12-01T00:00:00Z' };

/** Fills the account with groups directly in storage (300 calls would only slow the test). */
async function seedGroups(count: number): Promise<void> {
  await writeTx(async (tx) => {
    for (let i = 0; i < count; i++) {
      const groupName = `group-${i}`;
      await tx.objectStore('groups').put({
        key: groupName,
        groupName,
        groupId: `AGPA${i}`,
        arn: `arn:aws:iam::123456789012:group/${groupName}`,
        path: '/',
        createDate: meta.time,
      });
    }
  });
}

async function grant(increases: Record<string, number>): Promise<void> {
  await writeTx(async (tx) => {
    const account = await readAccountRecord(tx);
    await writeAccountRecord(tx, { ...account, quotaIncreases: increases }, meta);
  });
}

beforeEach(useFreshIndexedDb);

describe('account-level quotas', () => {
  it('stop CreateGroup at the default of 300, and at a granted 500 once raised', async () => {
    await seedGroups(300);
    const error = await errorOf(iam.createGroup(root, { groupName: 'one-too-many' }));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for GroupsPerAccount: 300',
    ]);
    await grant({ GroupsPerAccount: 500 });
    await iam.createGroup(root, { groupName: 'one-too-many' });
    const summary = await iam.getAccountSummary(root);
    expect([summary.Groups, summary.GroupsQuota]).toEqual([301, 500]);
  });

  it('report the default quotas in GetAccountSummary until one is raised', async () => {
    expect(await iam.getAccountSummary(root)).toMatchObject({
      UsersQuota: 5000,
      GroupsQuota: 300,
      RolesQuota: 1000,
      PoliciesQuota: 1500,
    });
    await grant({ RolesPerAccount: 5000, PoliciesPerAccount: 5000 });
    expect(await iam.getAccountSummary(root)).toMatchObject({
      GroupsQuota: 300,
      RolesQuota: 5000,
      PoliciesQuota: 5000,
    });
  });
});
