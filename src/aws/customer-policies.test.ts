import { beforeEach, describe, expect, it } from 'vitest';
import { writeCustomerPolicy } from '@/storage/customer-policies';
import { writeTx } from '@/storage/db';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import { errorOf } from './test-support';

const root = rootCaller();
const doc = (action: string) =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"${action}","Resource":"*"}]}`;
const ARN = 'arn:aws:iam::123456789012:policy/S3Lister';

/** A valid identity policy of exactly `size` non-whitespace characters. */
function policyOfSize(size: number): string {
  const base =
    '{"Version":"2012-10-17","Statement":[{"Sid":"","Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
  return base.replace('"Sid":""', `"Sid":"${'A'.repeat(size - base.length)}"`);
}

const createS3Lister = () =>
  iam.createPolicy(root, {
    policyName: 'S3Lister',
    policyDocument: doc('s3:ListAllMyBuckets'),
    description: 'Lists buckets',
  });

beforeEach(useFreshIndexedDb);

describe('CreatePolicy', () => {
  it('creates v1 as the default version, with an ANPA id and the policy ARN', async () => {
    const policy = await createS3Lister();
    expect(policy).toMatchObject({
      arn: ARN,
      type: 'Customer managed',
      defaultVersionId: 'v1',
      description: 'Lists buckets',
      attachmentCount: 0,
    });
    const versions = await iam.listPolicyVersions(root, ARN);
    expect(versions.map((v) => [v.versionId, v.isDefaultVersion])).toEqual([['v1', true]]);
    const listed = await iam.listPolicies(root, { scope: 'Local' });
    expect(listed.map((p) => p.policyName)).toEqual(['S3Lister']);
  });

  it('refuses a duplicate name, case-insensitively (EntityAlreadyExists)', async () => {
    await createS3Lister();
    const error = await errorOf(
      iam.createPolicy(root, { policyName: 's3lister', policyDocument: doc('s3:*') }),
    );
    expect([error.code, error.message, error.httpStatus]).toEqual([
      'EntityAlreadyExists',
      'A policy called s3lister already exists. Duplicate names are not allowed.',
      409,
    ]);
  });

  it.each([
    [
      'empty',
      '',
      "Value '' at 'policyName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    ['129 characters', 'P'.repeat(129), 'Member must have length less than or equal to 128'],
    ['a space', 'My policy', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+'],
  ])('refuses a name that is %s (ValidationError)', async (_case, policyName, message) => {
    const error = await errorOf(
      iam.createPolicy(root, { policyName, policyDocument: doc('s3:*') }),
    );
    expect(error.code).toBe('ValidationError');
    expect(error.message).toContain(message);
  });

  it('accepts a 128-character name with every allowed character', async () => {
    const policyName = 'a+=,.@_-'.padEnd(128, 'x');
    await iam.createPolicy(root, { policyName, policyDocument: doc('s3:*') });
    expect((await iam.listPolicies(root, { scope: 'Local' }))[0]?.policyName).toBe(policyName);
  });

  it('refuses a description over 1,000 characters', async () => {
    const error = await errorOf(
      iam.createPolicy(root, {
        policyName: 'P',
        policyDocument: doc('s3:*'),
        description: 'd'.repeat(1001),
      }),
    );
    expect(error.code).toBe('ValidationError');
    expect(error.message).toContain('Member must have length less than or equal to 1000');
  });

  it('refuses malformed JSON and grammar errors (MalformedPolicyDocument)', async () => {
    const syntax = await errorOf(
      iam.createPolicy(root, { policyName: 'P', policyDocument: '{"Version": ' }),
    );
    expect([syntax.code, syntax.message]).toEqual([
      'MalformedPolicyDocument',
      'Syntax errors in policy.',
    ]);
    const noResource = await errorOf(
      iam.createPolicy(root, {
        policyName: 'P',
        policyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}',
      }),
    );
    expect([noResource.code, noResource.message]).toEqual([
      'MalformedPolicyDocument',
      'Policy statement must contain resources.',
    ]);
    expect(await iam.listPolicies(root, { scope: 'Local' })).toEqual([]);
  });

  it('accepts 6,144 characters and refuses 6,145 ("Cannot exceed quota for PolicySize: 6144")', async () => {
    await iam.createPolicy(root, { policyName: 'Big', policyDocument: policyOfSize(6144) });
    const error = await errorOf(
      iam.createPolicy(root, { policyName: 'TooBig', policyDocument: policyOfSize(6145) }),
    );
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for PolicySize: 6144',
    ]);
  });

  it('stops at 1,500 per account ("Cannot exceed quota for PoliciesPerAccount: 1500")', async () => {
    const time = new Date().toISOString();
    await writeTx(async (tx) => {
      for (let i = 0; i < 1500; i++) {
        const arn = `arn:aws:iam::123456789012:policy/P${i}`;
        await writeCustomerPolicy(
          tx,
          {
            arn,
            policyName: `P${i}`,
            policyId: `ANPA${i}`,
            path: '/',
            description: '',
            defaultVersionId: 'v1',
            nextVersion: 2,
            versions: [
              { versionId: 'v1', document: doc('s3:*'), isDefaultVersion: true, createDate: time },
            ],
            createDate: time,
            updateDate: time,
            tags: [],
          },
          { principalArn: 'test', operation: 'CreatePolicy', time },
        );
      }
    });
    const error = await errorOf(
      iam.createPolicy(root, { policyName: 'OneTooMany', policyDocument: doc('s3:*') }),
    );
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for PoliciesPerAccount: 1500',
    ]);
  });

  it("keeps its tags, checked by IAM's tag rules", async () => {
    const bad = await errorOf(
      iam.createPolicy(root, {
        policyName: 'P',
        policyDocument: doc('s3:*'),
        tags: [{ Key: 'aws:team', Value: 'red' }],
      }),
    );
    expect([bad.code, bad.message]).toEqual([
      'InvalidInput',
      'Tag keys starting with "aws:" are reserved for AWS use.',
    ]);
    await iam.createPolicy(root, {
      policyName: 'P',
      policyDocument: doc('s3:*'),
      tags: [{ Key: 'team', Value: 'red' }],
    });
    expect((await iam.getPolicy(root, 'arn:aws:iam::123456789012:policy/P')).tags).toEqual([
      { Key: 'team', Value: 'red' },
    ]);
  });

  it('needs iam:CreatePolicy, and iam:TagPolicy when tagged', async () => {
    await iam.createUser(root, { userName: 'dev' });
    const dev = userCaller('dev');
    const denied = await errorOf(
      iam.createPolicy(dev, { policyName: 'P', policyDocument: doc('s3:*') }),
    );
    expect(denied.message).toBe(
      'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: iam:CreatePolicy on resource: arn:aws:iam::123456789012:policy/P because no identity-based policy allows the iam:CreatePolicy action',
    );
    await iam.putUserPolicy(root, 'dev', 'create', doc('iam:CreatePolicy'));
    const tagged = await errorOf(
      iam.createPolicy(dev, {
        policyName: 'P',
        policyDocument: doc('s3:*'),
        tags: [{ Key: 'team', Value: 'red' }],
      }),
    );
    expect(tagged.message).toContain('iam:TagPolicy');
    await iam.createPolicy(dev, { policyName: 'P', policyDocument: doc('s3:*') });
  });
});
