// Bucket policies as resource-based policies in every S3 call, S3's checks on PutBucketPolicy,
// Block Public Access, anonymous requests and the owner's lockout rule.
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/iam';
import { useFreshIndexedDb } from '@/storage/test-support';
import { anonymousCaller, rootCaller, userCaller } from './caller';
import { decide } from './engine';
import * as iam from './iam';
import * as s3 from './s3-api';
import { errorOf } from './test-support';

const root = rootCaller();
const [alice, bob] = [userCaller('alice'), userCaller('bob')];
const BUCKET = 'lab-shared-bucket';
const OBJECTS = `arn:aws:s3:::${BUCKET}/*`;
const ALICE = 'arn:aws:iam::123456789012:user/alice';
const ref = { bucket: BUCKET, key: 'report.txt' };
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const allOff = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};
const publicRead = policy({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: OBJECTS,
});

beforeEach(async () => {
  await useFreshIndexedDb();
  await s3.createBucket(root, BUCKET);
  await s3.putObject(root, { ...ref, body: new TextEncoder().encode('hello') });
  await iam.createUser(root, { userName: 'alice' });
  await iam.createUser(root, { userName: 'bob' });
});

describe('bucket policies in S3 calls', () => {
  it('a bucket policy naming a user grants access with no identity policy (same account)', async () => {
    expect((await errorOf(s3.getObject(alice, ref))).code).toBe('AccessDenied');
    await s3.putBucketPolicy(
      root,
      BUCKET,
      policy({
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 's3:GetObject',
        Resource: OBJECTS,
      }),
    );
    expect((await s3.getObject(alice, ref)).size).toBe(5);
    expect((await errorOf(s3.getObject(bob, ref))).code).toBe('AccessDenied');
  });

  it('an explicit deny in the bucket policy beats an identity allow', async () => {
    await iam.putUserPolicy(
      root,
      'alice',
      's3-all',
      policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
    );
    await s3.putBucketPolicy(
      root,
      BUCKET,
      policy({
        Effect: 'Deny',
        Principal: { AWS: ALICE },
        Action: 's3:GetObject',
        Resource: OBJECTS,
      }),
    );
    const error = await errorOf(s3.getObject(alice, ref));
    expect(error.message).toBe(
      `User: ${ALICE} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::${BUCKET}/report.txt" with an explicit deny in a resource-based policy`,
    );
    expect(error.evaluation?.denial).toMatchObject({ kind: 'explicit', policyType: 'resource' });
  });

  it('NotPrincipal in a Deny spares only the listed principal', async () => {
    await iam.putUserPolicy(
      root,
      'bob',
      's3-all',
      policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
    );
    await iam.putUserPolicy(
      root,
      'alice',
      's3-all',
      policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
    );
    await s3.putBucketPolicy(
      root,
      BUCKET,
      policy({
        Effect: 'Deny',
        NotPrincipal: { AWS: [ALICE, 'arn:aws:iam::123456789012:root'] },
        Action: 's3:GetObject',
        Resource: OBJECTS,
      }),
    );
    expect((await s3.getObject(alice, ref)).size).toBe(5);
    expect((await errorOf(s3.getObject(bob, ref))).code).toBe('AccessDenied');
  });

  it('the owner root can always get, put and delete the policy, even when it denies them', async () => {
    await s3.putBucketPolicy(
      root,
      BUCKET,
      policy({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${BUCKET}`, OBJECTS],
      }),
    );
    expect((await errorOf(s3.getObject(root, ref))).code).toBe('AccessDenied');
    expect(await s3.getBucketPolicy(root, BUCKET)).toContain('"Deny"');
    await s3.putBucketPolicy(
      root,
      BUCKET,
      policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: OBJECTS }),
    );
    await s3.deleteBucketPolicy(root, BUCKET);
    expect((await errorOf(s3.getBucketPolicy(root, BUCKET))).code).toBe('NoSuchBucketPolicy');
    expect((await s3.getObject(root, ref)).size).toBe(5);
  });
});

describe('PutBucketPolicy checks', () => {
  it.each([
    ['invalid JSON', '{', 'This policy contains invalid Json'],
    [
      'no Principal',
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: OBJECTS }),
      'Missing required field Principal',
    ],
    [
      'a resource outside the bucket',
      policy({
        Effect: 'Allow',
        Principal: { AWS: ALICE },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::other/*',
      }),
      'Policy has invalid resource',
    ],
    [
      'a user that does not exist',
      policy({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::123456789012:user/nobody' },
        Action: 's3:GetObject',
        Resource: OBJECTS,
      }),
      'Invalid principal in policy',
    ],
  ])('%s → MalformedPolicy', async (_name, text, message) => {
    const error = await errorOf(s3.putBucketPolicy(root, BUCKET, text));
    expect([error.code, error.message]).toEqual(['MalformedPolicy', message]);
  });

  it("accepts another account's principal (it cannot be looked up from this account)", async () => {
    await s3.putBucketPolicy(
      root,
      BUCKET,
      policy({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:user/carol' },
        Action: 's3:GetObject',
        Resource: OBJECTS,
      }),
    );
    expect(await s3.getBucketPolicy(root, BUCKET)).toContain('111122223333');
  });
});

describe('Block Public Access', () => {
  it('BlockPublicPolicy refuses a public policy with AccessDenied, even for root', async () => {
    const error = await errorOf(s3.putBucketPolicy(root, BUCKET, publicRead));
    expect(error.code).toBe('AccessDenied');
    expect(error.message).toContain(
      'because public policies are blocked by the BlockPublicPolicy block public access setting',
    );
    await s3.putPublicAccessBlock(root, BUCKET, { ...allOff, RestrictPublicBuckets: true });
    await s3.putBucketPolicy(root, BUCKET, publicRead);
  });

  it('an anonymous request is allowed by a public policy, until RestrictPublicBuckets is on', async () => {
    await s3.putPublicAccessBlock(root, BUCKET, allOff);
    const anonymous = anonymousCaller();
    const before = await errorOf(s3.getObject(anonymous, ref));
    expect([before.code, before.message]).toEqual(['AccessDenied', 'Access Denied']);
    await s3.putBucketPolicy(root, BUCKET, publicRead);
    expect((await s3.getObject(anonymous, ref)).size).toBe(5);
    // Same-account users keep the public grant under RestrictPublicBuckets.
    await s3.putPublicAccessBlock(root, BUCKET, { ...allOff, RestrictPublicBuckets: true });
    expect((await errorOf(s3.getObject(anonymous, ref))).message).toBe('Access Denied');
    expect((await s3.getObject(alice, ref)).size).toBe(5);
  });
});

describe('cross-account principals (engine, with the bucket policy as stored)', () => {
  const request = (identityAllows: boolean) => ({
    principal: { arn: 'arn:aws:iam::111122223333:user/carol' },
    action: 's3:GetObject',
    resource: `arn:aws:s3:::${BUCKET}/report.txt`,
    resourceAccount: '123456789012',
    resourcePolicy: {
      type: 'resource' as const,
      document: policy({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:user/carol' },
        Action: 's3:GetObject',
        Resource: OBJECTS,
      }),
    },
    identityPolicies: identityAllows
      ? [{ document: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: OBJECTS }) }]
      : [],
  });

  it('needs both the bucket policy and its own identity policy', () => {
    const without = evaluateRequest(request(false));
    expect(without.decision).toBe('implicitDeny');
    expect(without.sameAccount).toBe(false);
    expect(without.denial?.policyType).toBe('identity');
    expect(evaluateRequest(request(true)).decision).toBe('allowed');
    const noBucketGrant = { ...request(true), resourcePolicy: undefined };
    expect(evaluateRequest(noBucketGrant).decision).toBe('implicitDeny');
  });

  it('is refused with S3\'s plain "Access Denied", never the detailed message', async () => {
    const error = await errorOf(Promise.resolve().then(() => decide('s3', request(false))));
    expect([error.code, error.message]).toEqual(['AccessDenied', 'Access Denied']);
    // Within the account the detailed message names the principal and the quoted ARN.
    const own = { ...request(false), principal: { arn: ALICE }, resourcePolicy: undefined };
    expect((await errorOf(Promise.resolve().then(() => decide('s3', own)))).message).toMatch(
      /^User: arn:aws:iam::123456789012:user\/alice is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::/,
    );
  });
});
