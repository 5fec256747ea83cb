import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import { setLabClock } from './clock';
import * as ec2 from './ec2-api';
import * as iam from './iam';
import * as lab from './lab';
import * as s3 from './s3-api';
import { errorOf } from './test-support';

const root = rootCaller();
const [user1, user2, user3] = ['user-1', 'user-2', 'user-3'].map(userCaller) as [
  ReturnType<typeof userCaller>,
  ReturnType<typeof userCaller>,
  ReturnType<typeof userCaller>,
];
const BUCKET = 'lab-reports-123456789012';

beforeEach(async () => {
  await useFreshIndexedDb();
  await lab.loadScenario('iam-users-and-groups');
});
afterEach(() => setLabClock(undefined));

async function firstInstanceId(): Promise<string> {
  const [instance] = await ec2.describeInstances(root);
  if (!instance) throw new Error('the scenario has instances');
  return instance.instanceId;
}

describe('user-2 (EC2-Support: AmazonEC2ReadOnlyAccess)', () => {
  it('is denied the S3 bucket list, in AWS words', async () => {
    const error = await errorOf(s3.listBuckets(user2));
    expect(error.code).toBe('AccessDenied');
    expect(error.httpStatus).toBe(403);
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
    );
    expect(error.evaluation?.decision).toBe('implicitDeny');
    expect(error.request?.action).toBe('s3:ListAllMyBuckets');
  });

  it('lists the instances but is denied StopInstances with EC2 wording and an encoded message', async () => {
    expect((await ec2.describeInstances(user2)).length).toBe(2);
    const id = await firstInstanceId();
    const error = await errorOf(ec2.stopInstances(user2, [id]));
    expect(error.code).toBe('UnauthorizedOperation');
    expect(error.message).toMatch(
      new RegExp(
        `^You are not authorized to perform this operation\\. User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: ec2:StopInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/${id} because no identity-based policy allows the ec2:StopInstances action\\. Encoded authorization failure message: \\S+$`,
      ),
    );
    expect((await ec2.describeInstances(root)).map((i) => i.state)).toEqual(['running', 'running']);
  });

  it('is denied the IAM users page (iam:ListUsers on the path prefix)', async () => {
    const error = await errorOf(iam.listUsers(user2));
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:user/user-2 is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action',
    );
  });
});

describe('user-3 (EC2-Admin inline policy)', () => {
  it('stops an instance, which goes stopping → stopped over a few seconds', async () => {
    const start = Date.parse('2026-06-01T10:00:00Z');
    setLabClock(start);
    const id = await firstInstanceId();
    const [change] = await ec2.stopInstances(user3, [id]);
    expect(change).toEqual({ instanceId: id, previousState: 'running', currentState: 'stopping' });
    const now = (await ec2.describeInstances(user3)).find((i) => i.instanceId === id);
    expect([now?.state, now?.transitioning]).toEqual(['stopping', true]);
    setLabClock(start + 10_000);
    const later = (await ec2.describeInstances(user3)).find((i) => i.instanceId === id);
    expect([later?.state, later?.transitioning]).toEqual(['stopped', false]);
    await ec2.startInstances(user3, [id]);
  });

  it('may not terminate', async () => {
    const error = await errorOf(ec2.terminateInstances(user3, [await firstInstanceId()]));
    expect(error.code).toBe('UnauthorizedOperation');
  });
});

describe('user-1 (S3-Support: AmazonS3ReadOnlyAccess)', () => {
  it('lists buckets and objects and opens one, but an upload is denied with the quoted ARN', async () => {
    expect((await s3.listBuckets(user1)).map((b) => b.name)).toEqual([BUCKET]);
    const objects = await s3.listObjectsV2(user1, BUCKET);
    expect(objects.map((o) => o.key)).toContain('readme.txt');
    const object = await s3.getObject(user1, { bucket: BUCKET, key: 'readme.txt' });
    expect(new TextDecoder().decode(object.body)).toContain('Quarterly reports');
    const error = await errorOf(
      s3.putObject(user1, { bucket: BUCKET, key: 'new.txt', body: new Uint8Array([1]) }),
    );
    expect(error.message).toBe(
      `User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${BUCKET}/new.txt" because no identity-based policy allows the s3:PutObject action`,
    );
  });

  it('gets NoSuchKey for a missing key, because it may list the bucket', async () => {
    const error = await errorOf(s3.getObject(user1, { bucket: BUCKET, key: 'missing.txt' }));
    expect(error.code).toBe('NoSuchKey');
  });

  it('is denied EC2', async () => {
    const error = await errorOf(ec2.describeInstances(user1));
    expect(error.message).toBe(
      'You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
    );
  });
});

describe('root', () => {
  it('can do everything, through the engine', async () => {
    await s3.createBucket(root, 'root-bucket');
    await s3.putObject(root, {
      bucket: 'root-bucket',
      key: 'a.txt',
      body: new TextEncoder().encode('hi'),
    });
    expect((await s3.listObjectsV2(root, 'root-bucket')).map((o) => o.key)).toEqual(['a.txt']);
    const [launched] = await ec2.runInstances(root, { name: 'web', instanceType: 't3.micro' });
    expect(launched?.state).toBe('pending');
    await ec2.terminateInstances(root, [launched?.instanceId ?? '']);
    expect((await iam.listUsers(root)).length).toBe(3);
    expect((await iam.getAccountSummary(root)).Users).toBe(3);
  });
});

describe('S3 and EC2 errors', () => {
  it('answer InvalidBucketName, BucketAlreadyOwnedByYou, NoSuchBucket and IncorrectInstanceState', async () => {
    expect((await errorOf(s3.createBucket(root, 'Bad_Name'))).code).toBe('InvalidBucketName');
    expect((await errorOf(s3.createBucket(root, BUCKET))).code).toBe('BucketAlreadyOwnedByYou');
    expect((await errorOf(s3.listObjectsV2(root, 'no-such-bucket'))).code).toBe('NoSuchBucket');
    const id = await firstInstanceId();
    await ec2.terminateInstances(root, [id]);
    expect((await errorOf(ec2.startInstances(root, [id]))).code).toBe('IncorrectInstanceState');
    expect((await errorOf(ec2.stopInstances(root, ['i-0000000000000000a']))).code).toBe(
      'InvalidInstanceID.NotFound',
    );
  });
});
