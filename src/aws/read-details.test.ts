// A worker's own read of the account gives what the page's call gives.
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbConnection } from '@/storage/db';
import { useFreshIndexedDb } from '@/storage/test-support';
import { awsManagedPoliciesWithDocuments } from './aws-managed-policies';
import { getAccountAuthorizationDetails } from './authorization-details';
import { rootCaller } from './caller';
import * as iam from './iam';
import { currentLabDbName, readDetailsFromDb } from './read-details';

const root = rootCaller();

beforeEach(async () => {
  await useFreshIndexedDb();
  await iam.createUser(root, { userName: 'alice' });
  await iam.createGroup(root, { groupName: 'Readers' });
  await iam.addUserToGroup(root, 'Readers', 'alice');
  await iam.attachGroupPolicy(root, 'Readers', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
  await iam.putUserPolicy(
    root,
    'alice',
    'NoTerminate',
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'ec2:TerminateInstances', Resource: '*' }],
    }),
  );
});

describe('reading the account from a connection of its own', () => {
  it('gives the same details as GetAccountAuthorizationDetails', async () => {
    const dbName = await currentLabDbName();
    expect(dbName).toBe('iam-console-lab.default');
    const asked: string[][] = [];
    const own = await readDetailsFromDb(dbName ?? '', (arns) => {
      asked.push(arns);
      return awsManagedPoliciesWithDocuments(arns);
    });
    // The page is asked once, for the AWS managed policies attached (the group's among them).
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
    expect(JSON.stringify(own)).toBe(JSON.stringify(await getAccountAuthorizationDetails(root)));
  });

  it('reads the database named even when the page has closed its connection', async () => {
    await resetDbConnection('default');
    const own = await readDetailsFromDb('iam-console-lab.default', awsManagedPoliciesWithDocuments);
    expect(own.principals.map((p) => p.name)).toContain('alice');
  });
});
