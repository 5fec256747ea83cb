import { beforeEach, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller } from './caller';
import * as ec2 from './ec2-api';
import * as lab from './lab';
import * as s3 from './s3-api';
import { errorOf } from './test-support';

beforeEach(async () => {
  await useFreshIndexedDb();
  await lab.loadScenario('roles');
});

it("acts as a session of the instance's role, named after the instance, as EC2 does", async () => {
  const instances = await ec2.describeInstances(rootCaller());
  const app = instances.find((i) => i.name === 'app-server');
  const id = app?.instanceId ?? '';
  const session = await lab.instanceRoleSession(id, 'us-east-1');
  expect(session.arn).toBe(`arn:aws:sts::123456789012:assumed-role/app-server-role/${id}`);
  // AmazonS3ReadOnlyAccess: the session lists buckets but may not stop instances.
  expect((await s3.listBuckets(session)).map((b) => b.name)).toContain('app-data-123456789012');
  expect((await errorOf(ec2.stopInstances(session, [id]))).code).toBe('UnauthorizedOperation');

  const worker = instances.find((i) => i.name === 'batch-worker');
  expect((await errorOf(lab.instanceRoleSession(worker?.instanceId ?? '', 'us-east-1'))).code).toBe(
    'ValidationError',
  );
});
