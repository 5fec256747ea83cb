import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { getAccountAuthorizationDetails, whoCan } from './authorization-details';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import { errorOf } from './test-support';

const root = rootCaller();
const doc = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

beforeEach(async () => {
  await useFreshIndexedDb();
  for (const userName of ['alice', 'bob', 'carol']) await iam.createUser(root, { userName });
  await iam.createGroup(root, { groupName: 'Readers' });
  await iam.addUserToGroup(root, 'Readers', 'alice');
  await iam.addUserToGroup(root, 'Readers', 'bob');
  await iam.attachGroupPolicy(root, 'Readers', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
  await iam.putUserPolicy(
    root,
    'bob',
    'NoReports',
    doc([
      {
        Sid: 'NoReports',
        Effect: 'Deny',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::reports/*',
      },
    ]),
  );
});

describe('who can', () => {
  it('lists the allowed users with the policy and group, and the explicitly denied', async () => {
    const answer = await whoCan(root, {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/q1.csv',
    });
    expect(answer.allowed.map((e) => e.principal.name)).toEqual(['alice']);
    expect(answer.allowed[0]?.statements[0]).toMatchObject({
      policyName: 'AmazonS3ReadOnlyAccess',
      attachedVia: 'Group Readers',
    });
    expect(answer.explicitlyDenied.map((e) => [e.principal.name, e.statements[0]?.sid])).toEqual([
      ['bob', 'NoReports'],
    ]);
  });

  it('reads the account as iam:GetAccountAuthorizationDetails', async () => {
    const details = await getAccountAuthorizationDetails(root);
    expect(details.principals.map((p) => `${p.kind}:${p.name}`)).toEqual([
      'user:alice',
      'user:bob',
      'user:carol',
      'group:Readers',
      'role:AWSServiceRoleForSupport',
      'role:AWSServiceRoleForTrustedAdvisor',
    ]);
    expect(details.principals.at(-1)?.serviceLinked).toBe(true);
    const error = await errorOf(
      whoCan(userCaller('carol'), { action: 's3:GetObject', resource: '*' }),
    );
    expect(error.message).toContain('iam:GetAccountAuthorizationDetails');
  });
});
