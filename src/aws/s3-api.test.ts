// The S3 API: buckets in Regions, folders, objects, tags, copy, bucket policies and Block Public
// Access, each decided by the engine as AWS would.
import { beforeEach, describe, expect, it } from 'vitest';
import { readTx } from '@/storage/db';
import { readAllChanges, readRecentCalls } from '@/storage/logs';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import * as s3 from './s3-api';
import { errorOf } from './test-support';

const root = rootCaller();
const alice = userCaller('alice');
const BUCKET = 'lab-data-bucket';
const text = (s: string) => new TextEncoder().encode(s);

const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

async function lastCall() {
  const [call] = await readTx((tx) => readRecentCalls(tx, 1));
  return call;
}

beforeEach(async () => {
  await useFreshIndexedDb();
  await s3.createBucket(root, BUCKET, 'eu-west-1');
  await iam.createUser(root, { userName: 'alice' });
});

describe('buckets', () => {
  it('are created in the chosen Region, with aws:RequestedRegion and s3:locationconstraint', async () => {
    const call = await readTx((tx) => readRecentCalls(tx, 10)).then((c) =>
      c.find((r) => r.eventName === 'CreateBucket'),
    );
    expect(call).toMatchObject({ region: 'eu-west-1', action: 's3:CreateBucket' });
    expect(call?.context).toMatchObject({
      'aws:RequestedRegion': 'eu-west-1',
      's3:locationconstraint': 'eu-west-1',
    });
    expect((await s3.listBuckets(root))[0]).toMatchObject({ name: BUCKET, region: 'eu-west-1' });
    expect(await s3.getBucketLocation(root, BUCKET)).toBe('eu-west-1');
    expect((await lastCall())?.context['aws:RequestedRegion']).toBe('eu-west-1');
  });

  it('are deleted only when empty (BucketNotEmpty)', async () => {
    await s3.putObject(root, { bucket: BUCKET, key: 'a.txt', body: text('a') });
    const error = await errorOf(s3.deleteBucket(root, BUCKET));
    expect([error.code, error.httpStatus, error.message]).toEqual([
      'BucketNotEmpty',
      409,
      'The bucket you tried to delete is not empty',
    ]);
    await s3.deleteObject(root, { bucket: BUCKET, key: 'a.txt' });
    await s3.deleteBucket(root, BUCKET);
    expect(await s3.listBuckets(root)).toEqual([]);
    expect((await errorOf(s3.deleteBucket(root, BUCKET))).code).toBe('NoSuchBucket');
  });

  it('start with every Block Public Access setting on', async () => {
    expect(await s3.getPublicAccessBlock(root, BUCKET)).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
  });
});

describe('objects', () => {
  it('list folders with a delimiter and pass s3:prefix, s3:delimiter and s3:max-keys', async () => {
    for (const key of ['photos/', 'photos/2026/a.png', 'photos/b.png', 'readme.txt']) {
      await s3.putObject(root, { bucket: BUCKET, key, body: text(key.endsWith('/') ? '' : key) });
    }
    const top = await s3.listObjects(root, BUCKET, { delimiter: '/' });
    expect(top.commonPrefixes).toEqual(['photos/']);
    expect(top.contents.map((o) => o.key)).toEqual(['readme.txt']);
    const photos = await s3.listObjects(root, BUCKET, { prefix: 'photos/', delimiter: '/' });
    expect(photos.commonPrefixes).toEqual(['photos/2026/']);
    expect(photos.contents.map((o) => o.key)).toEqual(['photos/', 'photos/b.png']);
    expect((await lastCall())?.context).toMatchObject({
      's3:prefix': 'photos/',
      's3:delimiter': '/',
      's3:max-keys': 1000,
    });
  });

  it('a missing key is NoSuchKey with s3:ListBucket, AccessDenied without', async () => {
    await iam.putUserPolicy(
      root,
      'alice',
      'get',
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*` }),
    );
    const denied = await errorOf(s3.getObject(alice, { bucket: BUCKET, key: 'nope.txt' }));
    expect(denied.code).toBe('AccessDenied');
    expect(denied.message).toContain(`s3:ListBucket on resource: "arn:aws:s3:::${BUCKET}"`);
    expect((await errorOf(s3.getObject(root, { bucket: BUCKET, key: 'nope.txt' }))).code).toBe(
      'NoSuchKey',
    );
  });

  it('tags feed s3:ExistingObjectTag/<key>, so a tag condition decides GetObject', async () => {
    await s3.putObject(root, { bucket: BUCKET, key: 'r.csv', body: text('1') });
    await s3.putObjectTagging(root, { bucket: BUCKET, key: 'r.csv' }, [
      { Key: 'classification', Value: 'secret' },
    ]);
    expect(await s3.getObjectTagging(root, { bucket: BUCKET, key: 'r.csv' })).toEqual([
      { Key: 'classification', Value: 'secret' },
    ]);
    await iam.putUserPolicy(
      root,
      'alice',
      'public-only',
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${BUCKET}/*`,
        Condition: { StringEquals: { 's3:ExistingObjectTag/classification': 'public' } },
      }),
    );
    const ref = { bucket: BUCKET, key: 'r.csv' };
    expect((await errorOf(s3.getObject(alice, ref))).code).toBe('AccessDenied');
    await s3.putObjectTagging(root, ref, [{ Key: 'classification', Value: 'public' }]);
    expect((await s3.getObject(alice, ref)).size).toBe(1);
  });

  it('PutObject carries s3:x-amz-server-side-encryption only when the request sets it', async () => {
    await iam.putUserPolicy(
      root,
      'alice',
      'encrypted-only',
      policy(
        { Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/*` },
        {
          Effect: 'Deny',
          Action: 's3:PutObject',
          Resource: `arn:aws:s3:::${BUCKET}/*`,
          Condition: { Null: { 's3:x-amz-server-side-encryption': 'true' } },
        },
      ),
    );
    const input = { bucket: BUCKET, key: 'e.txt', body: text('e') };
    expect((await errorOf(s3.putObject(alice, input))).message).toContain(
      'with an explicit deny in an identity-based policy',
    );
    await s3.putObject(alice, { ...input, serverSideEncryption: 'AES256' });
    expect((await lastCall())?.context['s3:x-amz-server-side-encryption']).toBe('AES256');
  });

  it('copy needs s3:GetObject on the source and s3:PutObject (with s3:x-amz-copy-source) on the target', async () => {
    await s3.putObject(root, { bucket: BUCKET, key: 'src.txt', body: text('copy me') });
    await iam.putUserPolicy(
      root,
      'alice',
      'put',
      policy({ Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/*` }),
    );
    const input = {
      source: { bucket: BUCKET, key: 'src.txt' },
      target: { bucket: BUCKET, key: 'copy/dst.txt' },
    };
    expect((await errorOf(s3.copyObject(alice, input))).message).toContain(
      `s3:GetObject on resource: "arn:aws:s3:::${BUCKET}/src.txt"`,
    );
    await iam.putUserPolicy(
      root,
      'alice',
      'get',
      policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*` }),
    );
    await s3.copyObject(alice, input);
    expect((await lastCall())?.context['s3:x-amz-copy-source']).toBe(`${BUCKET}/src.txt`);
    const copied = await s3.getObject(root, input.target);
    expect(new TextDecoder().decode(copied.body)).toBe('copy me');
  });

  it('a home-folder policy on s3:prefix lets a user browse only its own folder', async () => {
    for (const key of ['home/alice/a.txt', 'home/bob/b.txt', 'public.txt']) {
      await s3.putObject(root, { bucket: BUCKET, key, body: text(key) });
    }
    await iam.putUserPolicy(
      root,
      'alice',
      'home',
      policy({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: `arn:aws:s3:::${BUCKET}`,
        Condition: { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } },
      }),
    );
    const list = (prefix: string) => s3.listObjects(alice, BUCKET, { prefix, delimiter: '/' });
    expect((await list('')).commonPrefixes).toEqual(['home/']);
    expect((await list('home/')).commonPrefixes).toEqual(['home/alice/', 'home/bob/']);
    expect((await list('home/alice/')).contents.map((o) => o.key)).toEqual(['home/alice/a.txt']);
    const denied = await errorOf(list('home/bob/'));
    expect(denied.message).toContain(
      'because no identity-based policy allows the s3:ListBucket action',
    );
  });

  it('each change writes one change record with its operation', async () => {
    const ref = { bucket: BUCKET, key: 'c.txt' };
    await s3.putObject(root, { ...ref, body: text('c') });
    await s3.putObjectTagging(root, ref, [{ Key: 'k', Value: 'v' }]);
    await s3.copyObject(root, { source: ref, target: { bucket: BUCKET, key: 'd.txt' } });
    await s3.deleteObject(root, ref);
    await s3.deleteObject(root, ref);
    await s3.putPublicAccessBlock(root, BUCKET, {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: true,
    });
    const changes = (await readTx((tx) => readAllChanges(tx))).slice(-5);
    expect(changes.map((c) => [c.store, c.operation])).toEqual([
      ['objects', 'PutObject'],
      ['objects', 'PutObjectTagging'],
      ['objects', 'CopyObject'],
      ['objects', 'DeleteObject'],
      ['buckets', 'PutPublicAccessBlock'],
    ]);
  });
});
