// Each S3 console action maps to real IAM actions, resource ARNs and condition keys: checked
// against the service authorization reference (the catalog under src/iam/catalog).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadServiceCatalog } from '@/iam';
import { readTx } from '@/storage/db';
import { readRecentCalls } from '@/storage/logs';
import { useFreshIndexedDb } from '@/storage/test-support';
import type { CallRecord } from '@/storage/types';
import { anonymousCaller, rootCaller } from './caller';
import * as s3 from './s3-api';

const catalog = await loadServiceCatalog({ services: ['s3'] });
const root = rootCaller();
const B = 'mapping-bucket';
const body = new TextEncoder().encode('x');
const allOff = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};

/** The console actions, in the order a learner meets them. */
const ACTIONS: Array<[string, () => Promise<unknown>]> = [
  ['Create bucket', () => s3.createBucket(root, B, 'us-west-2')],
  ['List buckets', () => s3.listBuckets(root)],
  ['Open bucket (Objects tab)', () => s3.listObjects(root, B, { prefix: '', delimiter: '/' })],
  ['Properties tab', () => s3.getBucketLocation(root, B)],
  ['Create folder', () => s3.putObject(root, { bucket: B, key: 'docs/', body: new Uint8Array() })],
  [
    'Upload with SSE-S3',
    () =>
      s3.putObject(root, { bucket: B, key: 'docs/a.txt', body, serverSideEncryption: 'AES256' }),
  ],
  [
    'Edit object tags',
    () =>
      s3.putObjectTagging(root, { bucket: B, key: 'docs/a.txt' }, [{ Key: 'team', Value: 'x' }]),
  ],
  ['Object tags', () => s3.getObjectTagging(root, { bucket: B, key: 'docs/a.txt' })],
  ['Open object', () => s3.getObject(root, { bucket: B, key: 'docs/a.txt' })],
  [
    'Copy',
    () =>
      s3.copyObject(root, {
        source: { bucket: B, key: 'docs/a.txt' },
        target: { bucket: B, key: 'b.txt' },
      }),
  ],
  ['Permissions tab: Block public access', () => s3.getPublicAccessBlock(root, B)],
  ['Edit Block public access', () => s3.putPublicAccessBlock(root, B, allOff)],
  [
    'Edit bucket policy',
    () =>
      s3.putBucketPolicy(
        root,
        B,
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 's3:GetObject',
              Resource: `arn:aws:s3:::${B}/*`,
            },
          ],
        }),
      ),
  ],
  ['Permissions tab: Bucket policy', () => s3.getBucketPolicy(root, B)],
  [
    'Open object URL as anonymous',
    () => s3.getObject(anonymousCaller(), { bucket: B, key: 'b.txt' }),
  ],
  ['Delete bucket policy', () => s3.deleteBucketPolicy(root, B)],
  ['Delete object', () => s3.deleteObject(root, { bucket: B, key: 'b.txt' })],
  [
    'Empty bucket',
    async () => {
      await s3.deleteObject(root, { bucket: B, key: 'docs/a.txt' });
      await s3.deleteObject(root, { bucket: B, key: 'docs/' });
    },
  ],
  ['Delete bucket', () => s3.deleteBucket(root, B)],
];

let calls: CallRecord[] = [];

beforeAll(async () => {
  await useFreshIndexedDb();
  for (const [, run] of ACTIONS) await run();
  calls = (await readTx((tx) => readRecentCalls(tx, 1000))).reverse();
});

/** True when a key the call supplied is one the reference lists for the action (or global). */
function keyListed(key: string, listed: readonly string[]): boolean {
  if (key.startsWith('aws:')) return catalog.conditionKey(key) !== undefined;
  return listed.some((k) => {
    const tagged = /^(.*\/)(<key>|\$\{TagKey\})$/.exec(k);
    return tagged ? key.startsWith(tagged[1] ?? '') : k.toLowerCase() === key.toLowerCase();
  });
}

describe('every S3 call the console makes', () => {
  it('ran and was allowed', () => {
    expect(calls.length).toBeGreaterThanOrEqual(ACTIONS.length);
    expect(calls.filter((c) => c.errorCode)).toEqual([]);
  });

  it('names an action of the reference, on a resource of a type it lists', () => {
    for (const call of calls) {
      const detail = catalog.actionDetail(call.action);
      expect(detail, call.action).toBeDefined();
      const types = detail?.resourceTypes.map((t) => t.name) ?? [];
      if (types.length === 0) expect(call.resource).toBe('*');
      else if (call.resource.includes('/')) expect(types, call.action).toContain('object');
      else expect(types, call.action).toContain('bucket');
    }
  });

  it('supplies only condition keys the reference lists for its action, or global keys', () => {
    for (const call of calls) {
      const listed = catalog.actionDetail(call.action)?.conditionKeys ?? [];
      for (const key of Object.keys(call.context)) {
        expect(keyListed(key, listed), `${call.action}: ${key}`).toBe(true);
      }
    }
  });

  it.each([
    ['ListObjectsV2', 's3:ListBucket', ['s3:prefix', 's3:delimiter', 's3:max-keys']],
    ['PutObject', 's3:PutObject', ['s3:x-amz-server-side-encryption']],
    ['GetObject', 's3:GetObject', ['s3:ExistingObjectTag/team']],
    ['CopyObject', 's3:PutObject', ['s3:x-amz-copy-source']],
    ['CreateBucket', 's3:CreateBucket', ['s3:locationconstraint']],
  ])('%s supplies %s with %j', (operation, action, keys) => {
    const call = calls.find(
      (c) => c.eventName === operation && c.action === action && keys.every((k) => k in c.context),
    );
    expect(call, `${operation} with ${keys.join(', ')}`).toBeDefined();
    for (const key of ['aws:SecureTransport', 'aws:SourceIp', 'aws:CurrentTime']) {
      expect(call?.context, key).toHaveProperty([key]);
    }
    expect(call?.context['aws:RequestedRegion']).toBe('us-west-2');
  });

  it('records the anonymous request as an AWSAccount caller with no S3 signature keys', () => {
    const anonymous = calls.find((c) => c.principalArn === 'anonymous');
    expect(anonymous).toMatchObject({ principalType: 'AWSAccount', action: 's3:GetObject' });
    expect(anonymous?.context).not.toHaveProperty(['s3:authType']);
  });
});
