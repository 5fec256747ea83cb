// The 95 extra users of the access matrix's benchmark lab ("IAM users and groups" grows to 100
// principals): one builder for the e2e, the Node account-read bench and the browser bench.
import type { InlinePolicyRecord, MembershipRecord, UserRecord } from '../../src/storage/types';

/** The scenario's three groups, by key; the users are spread over them in turn. */
const GROUP_KEYS = ['s3-support', 'ec2-support', 'ec2-admin'];

export const BENCH_USER_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:Put*', 'ec2:Start*'], Resource: '*' },
    { Effect: 'Deny', Action: 'ec2:Terminate*', Resource: '*' },
  ],
});

export interface BenchUsers {
  users: UserRecord[];
  memberships: MembershipRecord[];
  inlinePolicies: InlinePolicyRecord[];
}

/** `count` users bench-000…, each in one of the three groups and with an inline policy. */
export function benchUsers(count: number, time: string): BenchUsers {
  const out: BenchUsers = { users: [], memberships: [], inlinePolicies: [] };
  for (let i = 0; i < count; i++) {
    const userName = `bench-${String(i).padStart(3, '0')}`;
    out.users.push({
      key: userName,
      userName,
      userId: `AIDABENCH${String(i).padStart(11, '0')}`,
      arn: `arn:aws:iam::123456789012:user/${userName}`,
      path: '/',
      createDate: time,
      tags: [],
    });
    out.memberships.push({
      userKey: userName,
      groupKey: GROUP_KEYS[i % GROUP_KEYS.length] ?? '',
      createDate: time,
    });
    out.inlinePolicies.push({
      principalKind: 'user',
      principalKey: userName,
      policyName: 'Bench',
      document: BENCH_USER_POLICY,
      size: BENCH_USER_POLICY.length,
      createDate: time,
      updateDate: time,
    });
  }
  return out;
}
