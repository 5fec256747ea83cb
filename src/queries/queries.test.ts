import { beforeEach, describe, expect, it } from 'vitest';
import { lab, rootCaller, userCaller } from '@/aws';
import { useFreshIndexedDb } from '@/storage/test-support';
import { instancesQuery } from './ec2';
import { usersQuery, userQuery } from './iam-users';
import { createQueryClient } from './query-client';
import { bucketsQuery, objectQuery } from './s3';
import { invalidateAfterIamChange } from './invalidate';

beforeEach(async () => {
  await useFreshIndexedDb();
  await lab.loadScenario('iam-users-and-groups');
});

describe('query keys', () => {
  it('run from general to specific and end with the caller', () => {
    const caller = userCaller('user-1');
    expect(usersQuery(caller).queryKey).toEqual(['iam', 'users', 'list', caller.arn]);
    expect(userQuery(caller, 'user-2').queryKey).toEqual([
      'iam',
      'users',
      'detail',
      'user-2',
      caller.arn,
    ]);
    expect(objectQuery(caller, { bucket: 'b', key: 'k' }).queryKey.at(-1)).toBe(caller.arn);
  });
});

describe('the QueryClient', () => {
  it('does not retry a denial: it is an answer', async () => {
    const client = createQueryClient();
    const options = bucketsQuery(userCaller('user-2'));
    await expect(client.fetchQuery(options)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(client.getQueryState(options.queryKey)?.fetchFailureCount).toBe(1);
    expect(client.getDefaultOptions().queries?.networkMode).toBe('always');
    expect(client.getDefaultOptions().mutations?.networkMode).toBe('always');
  });

  it('refreshes S3 and EC2 answers after an IAM change', async () => {
    const client = createQueryClient();
    const instances = instancesQuery(rootCaller(), 'us-east-1');
    await client.fetchQuery(instances);
    await invalidateAfterIamChange(client);
    expect(client.getQueryState(instances.queryKey)?.isInvalidated).toBe(true);
  });
});
