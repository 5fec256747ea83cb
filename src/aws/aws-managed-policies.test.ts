import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import * as s3 from './s3-api';
import { errorOf } from './test-support';

const root = rootCaller();

beforeEach(useFreshIndexedDb);

describe('the AWS managed catalog', () => {
  it('lists all current AWS managed policies, job functions included', async () => {
    const aws = await iam.listPolicies(root, { scope: 'AWS' });
    expect(aws.length).toBe(1594);
    expect(aws.find((p) => p.policyName === 'ViewOnlyAccess')?.type).toBe(
      'AWS managed - job function',
    );
    expect(aws.find((p) => p.policyName === 'IAMFullAccess')?.description).toBe(
      'Provides full access to IAM via the AWS Management Console.',
    );
  });

  it('attaches a policy outside the featured ten and evaluates its real document', async () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess';
    const version = await iam.getPolicyVersion(
      root,
      arn,
      (await iam.getPolicy(root, arn)).defaultVersionId,
    );
    expect(version.document).toContain('dynamodb:BatchGetItem');
    await iam.createUser(root, { userName: 'dev' });
    await iam.attachUserPolicy(root, 'dev', arn);
    const dev = userCaller('dev');
    expect((await errorOf(s3.listBuckets(dev))).code).toBe('AccessDenied');
    await iam.attachUserPolicy(root, 'dev', 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess');
    await s3.listBuckets(dev);
  });
});
