import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller } from './caller';
import * as iam from './iam';
import { errorOf, seedCustomerPolicy } from './test-support';

const root = rootCaller();
const ALLOW_S3 =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';

/** A valid identity policy of exactly `size` non-whitespace characters. */
function policyOfSize(size: number): string {
  const base =
    '{"Version":"2012-10-17","Statement":[{"Sid":"","Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
  const sid = 'A'.repeat(size - base.length);
  return base.replace('"Sid":""', `"Sid":"${sid}"`);
}

async function elevenPolicies(): Promise<string[]> {
  const arns: string[] = [];
  for (let i = 1; i <= 11; i++) arns.push(await seedCustomerPolicy(`Policy${i}`, ALLOW_S3));
  return arns;
}

beforeEach(useFreshIndexedDb);

describe('managed policies per identity', () => {
  it('stop at 10 per user: "Cannot exceed quota for PoliciesPerUser: 10"', async () => {
    await iam.createUser(root, { userName: 'user-1' });
    const arns = await elevenPolicies();
    for (const arn of arns.slice(0, 10)) await iam.attachUserPolicy(root, 'user-1', arn);
    // Re-attaching one already attached is not a new attachment.
    await iam.attachUserPolicy(root, 'user-1', arns[0] ?? '');
    const error = await errorOf(iam.attachUserPolicy(root, 'user-1', arns[10] ?? ''));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for PoliciesPerUser: 10',
    ]);
    expect((await iam.listAttachedUserPolicies(root, 'user-1')).length).toBe(10);
  });

  it('stop at 10 per group: "Cannot exceed quota for PoliciesPerGroup: 10"', async () => {
    await iam.createGroup(root, { groupName: 'G' });
    const arns = await elevenPolicies();
    for (const arn of arns.slice(0, 10)) await iam.attachGroupPolicy(root, 'G', arn);
    const error = await errorOf(iam.attachGroupPolicy(root, 'G', arns[10] ?? ''));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for PoliciesPerGroup: 10',
    ]);
  });

  it('must exist to be attached, and to be detached', async () => {
    await iam.createUser(root, { userName: 'user-1' });
    const arn = 'arn:aws:iam::aws:policy/NoSuchPolicy';
    const attach = await errorOf(iam.attachUserPolicy(root, 'user-1', arn));
    expect([attach.code, attach.message]).toEqual([
      'NoSuchEntity',
      `Policy ${arn} does not exist or is not attachable.`,
    ]);
    const s3Read = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
    const detach = await errorOf(iam.detachUserPolicy(root, 'user-1', s3Read));
    expect([detach.code, detach.message]).toEqual([
      'NoSuchEntity',
      `Policy ${s3Read} was not found.`,
    ]);
  });
});

describe('inline policy size totals', () => {
  it('allow 2,048 characters per user in total, then LimitExceeded', async () => {
    await iam.createUser(root, { userName: 'user-1' });
    await iam.putUserPolicy(root, 'user-1', 'One', policyOfSize(1000));
    await iam.putUserPolicy(root, 'user-1', 'Two', policyOfSize(1048));
    const error = await errorOf(iam.putUserPolicy(root, 'user-1', 'Three', policyOfSize(100)));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Maximum policy size of 2048 bytes exceeded for user user-1',
    ]);
    // Replacing a policy counts its new size, not both.
    await iam.putUserPolicy(root, 'user-1', 'Two', policyOfSize(1040));
    expect(await iam.listUserPolicies(root, 'user-1')).toEqual(['One', 'Two']);
  });

  it('allow 5,120 characters per group in total', async () => {
    await iam.createGroup(root, { groupName: 'G' });
    await iam.putGroupPolicy(root, 'G', 'One', policyOfSize(5000));
    const error = await errorOf(iam.putGroupPolicy(root, 'G', 'Two', policyOfSize(121)));
    expect(error.message).toBe('Maximum policy size of 5120 bytes exceeded for group G');
    await iam.putGroupPolicy(root, 'G', 'Two', policyOfSize(120));
  });

  it('do not count whitespace', async () => {
    await iam.createUser(root, { userName: 'user-1' });
    const spaced = policyOfSize(2048).replace(/,/g, ',\n      ');
    await iam.putUserPolicy(root, 'user-1', 'Big', spaced);
    expect((await iam.getUserPolicy(root, 'user-1', 'Big')).policyDocument).toBe(spaced);
  });
});

describe('malformed policy documents', () => {
  beforeEach(async () => {
    await iam.createUser(root, { userName: 'user-1' });
  });

  it('refuse invalid JSON: "Syntax errors in policy."', async () => {
    const error = await errorOf(
      iam.putUserPolicy(root, 'user-1', 'Bad', '{"Version": "2012-10-17",'),
    );
    expect([error.code, error.message, error.httpStatus]).toEqual([
      'MalformedPolicyDocument',
      'Syntax errors in policy.',
      400,
    ]);
  });

  it('refuse a statement with no Effect, in IAM words, and save nothing', async () => {
    const doc = '{"Version":"2012-10-17","Statement":[{"Action":"s3:*","Resource":"*"}]}';
    const error = await errorOf(iam.putUserPolicy(root, 'user-1', 'Bad', doc));
    expect(error.code).toBe('MalformedPolicyDocument');
    expect(error.message.length).toBeGreaterThan(0);
    expect(await iam.listUserPolicies(root, 'user-1')).toEqual([]);
  });

  it('accept an unknown action (a finding, not an error, as on AWS)', async () => {
    const doc =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjct","Resource":"*"}]}';
    await iam.putUserPolicy(root, 'user-1', 'Typo', doc);
  });

  it('refuse an invalid policy name', async () => {
    const error = await errorOf(iam.putUserPolicy(root, 'user-1', 'bad name', ALLOW_S3));
    expect(error.code).toBe('ValidationError');
  });
});
