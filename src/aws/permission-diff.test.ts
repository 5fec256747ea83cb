import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller } from './caller';
import * as iam from './iam';
import { diffSummary, previewPermissionChange } from './permission-diff';
import * as s3 from './s3-api';

const root = rootCaller();
const doc = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

beforeEach(async () => {
  await useFreshIndexedDb();
  for (const userName of ['user-1', 'user-2', 'user-3']) await iam.createUser(root, { userName });
  await iam.createGroup(root, { groupName: 'Writers' });
  await iam.addUserToGroup(root, 'Writers', 'user-3');
  await iam.putGroupPolicy(
    root,
    'Writers',
    'Put',
    doc([{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::lab-a/*' }]),
  );
  await s3.createBucket(root, 'lab-a');
  await s3.createBucket(root, 'lab-b');
});

describe('the permission diff of a change, before it is saved', () => {
  it('attaching a policy to a group reaches each member, on the lab’s own resources', async () => {
    await iam.addUserToGroup(root, 'Writers', 'user-1');
    const diff = await previewPermissionChange({
      kind: 'attach-policies',
      principal: { kind: 'group', name: 'Writers' },
      policyArns: [S3_READ],
    });
    expect(diff.principals.map((p) => p.name)).toEqual(['user-1', 'user-3']);
    const gains = diff.principals[0]?.gains ?? [];
    expect(gains).toContainEqual({ action: 's3:GetObject', resource: 'arn:aws:s3:::lab-a/*' });
    expect(gains).toContainEqual({ action: 's3:GetObject', resource: 'arn:aws:s3:::lab-b/*' });
    expect(gains).toContainEqual({ action: 's3:ListAllMyBuckets', resource: '*' });
    expect(diff.summary).toMatch(/^user-1 gains \d+ actions on \d+ resources; user-3 gains/);
    // Nothing was written.
    expect(await iam.listAttachedGroupPolicies(root, 'Writers')).toEqual([]);
  });

  it('removing a user from a group loses what the group gave', async () => {
    const diff = await previewPermissionChange({
      kind: 'remove-from-group',
      userName: 'user-3',
      groupName: 'Writers',
    });
    expect(diff.summary).toBe('user-3 loses s3:PutObject on arn:aws:s3:::lab-a/*');
  });

  it('a boundary that allows less is a loss; an unchanged answer is no change', async () => {
    const diff = await previewPermissionChange({
      kind: 'set-boundary',
      principal: { kind: 'user', name: 'user-3' },
      policyArn: S3_READ,
    });
    expect(diff.principals[0]?.losses).toEqual([
      { action: 's3:PutObject', resource: 'arn:aws:s3:::lab-a/*' },
    ]);
    const none = await previewPermissionChange({
      kind: 'put-inline-policy',
      principal: { kind: 'user', name: 'user-2' },
      policyName: 'Nothing',
      document: doc([{ Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }]),
    });
    expect(none.summary).toBe('No principal gains or loses access.');
  });

  it('editing a customer managed policy compares every principal it is attached to', async () => {
    const policy = await iam.createPolicy(root, {
      policyName: 'ReadA',
      policyDocument: doc([
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::lab-a/*' },
      ]),
    });
    await iam.attachUserPolicy(root, 'user-2', policy.arn);
    const diff = await previewPermissionChange({
      kind: 'set-policy-document',
      policyArn: policy.arn,
      document: doc([
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::lab-b/*' },
      ]),
    });
    expect(diff.principals).toEqual([
      {
        kind: 'user',
        name: 'user-2',
        gains: [{ action: 's3:GetObject', resource: 'arn:aws:s3:::lab-b/*' }],
        losses: [{ action: 's3:GetObject', resource: 'arn:aws:s3:::lab-a/*' }],
      },
    ]);
    expect(diff.summary).toBe(
      'user-2 gains s3:GetObject on arn:aws:s3:::lab-b/*; user-2 loses s3:GetObject on arn:aws:s3:::lab-a/*',
    );
  });

  it('words a summary like "user-1 gains 14 actions on 2 buckets"', () => {
    expect(
      diffSummary([
        {
          kind: 'user',
          name: 'user-1',
          gains: [
            { action: 's3:GetObject', resource: 'a' },
            { action: 's3:PutObject', resource: 'b' },
          ],
          losses: [],
        },
      ]),
    ).toBe('user-1 gains 2 actions on 2 resources');
  });
});

describe('a bucket policy change', () => {
  it('reaches the principals it names, though their own policies are unchanged', async () => {
    const diff = await previewPermissionChange({
      kind: 'set-bucket-policy',
      bucket: 'lab-b',
      document: doc([
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:user/user-2' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::lab-b/*',
        },
      ]),
    });
    expect(diff.summary).toBe('user-2 gains s3:GetObject on arn:aws:s3:::lab-b/*');
  });
});
