import { beforeEach, describe, expect, it } from 'vitest';
import { readTx, writeTx } from './db';
import {
  readInstanceProfile,
  readInstanceProfilesForRole,
  removeInstanceProfile,
  writeInstanceProfile,
} from './instance-profiles';
import { readAllChanges } from './logs';
import { useFreshIndexedDb } from './test-support';
import type { InstanceProfileRecord } from './types';

beforeEach(useFreshIndexedDb);

const meta = {
  principalArn: 'test',
  operation: 'CreateInstanceProfile',
  time: '2026-01-01T00:00:00Z',
};
const profile: InstanceProfileRecord = {
  key: 'webserver',
  instanceProfileName: 'WebServer',
  instanceProfileId: 'AIPAEXAMPLEEXAMPLE001',
  arn: 'arn:aws:iam::123456789012:instance-profile/WebServer',
  path: '/',
  createDate: meta.time,
  roleNames: ['WebServer'],
  tags: [],
};

describe('instance profiles', () => {
  it('are read by name case-insensitively and by role, and every change is logged', async () => {
    await writeTx((tx) => writeInstanceProfile(tx, profile, meta));
    expect(await readTx((tx) => readInstanceProfile(tx, 'WEBSERVER'))).toEqual(profile);
    expect(await readTx((tx) => readInstanceProfilesForRole(tx, 'webserver'))).toEqual([profile]);
    expect(await readTx((tx) => readInstanceProfilesForRole(tx, 'other'))).toEqual([]);
    await writeTx((tx) => removeInstanceProfile(tx, 'WebServer', meta));
    expect(await readTx((tx) => readInstanceProfile(tx, 'WebServer'))).toBeUndefined();
    const changes = await readTx((tx) => readAllChanges(tx));
    expect(changes.filter((c) => c.store === 'instanceProfiles').map((c) => c.after)).toEqual([
      profile,
      null,
    ]);
  });
});
