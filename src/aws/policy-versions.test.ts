import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import * as iamConsole from './iam-console';
import * as s3 from './s3-api';
import { errorOf } from './test-support';

const root = rootCaller();
const doc = (action: string) =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"${action}","Resource":"*"}]}`;
const ARN = 'arn:aws:iam::123456789012:policy/S3Lister';

const createS3Lister = () =>
  iam.createPolicy(root, {
    policyName: 'S3Lister',
    policyDocument: doc('s3:ListAllMyBuckets'),
  });

beforeEach(useFreshIndexedDb);

describe('policy versions', () => {
  it('keeps at most 5: CreatePolicyVersion answers LimitExceeded', async () => {
    await createS3Lister();
    for (let i = 2; i <= 5; i++) await iam.createPolicyVersion(root, ARN, doc('s3:*'), false);
    const error = await errorOf(iam.createPolicyVersion(root, ARN, doc('s3:*'), true));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
    ]);
    expect((await iam.listPolicyVersions(root, ARN)).map((v) => v.versionId)).toEqual([
      'v5',
      'v4',
      'v3',
      'v2',
      'v1',
    ]);
  });

  it('sets a default, refuses to delete it, and never reuses a version ID', async () => {
    await createS3Lister();
    await iam.createPolicyVersion(root, ARN, doc('s3:*'), true);
    expect((await iam.getPolicy(root, ARN)).defaultVersionId).toBe('v2');
    const conflict = await errorOf(iam.deletePolicyVersion(root, ARN, 'v2'));
    expect([conflict.code, conflict.message]).toEqual([
      'DeleteConflict',
      'Cannot delete the default version of a policy.',
    ]);
    await iam.setDefaultPolicyVersion(root, ARN, 'v1');
    await iam.deletePolicyVersion(root, ARN, 'v2');
    const v3 = await iam.createPolicyVersion(root, ARN, doc('s3:Get*'), false);
    expect(v3.versionId).toBe('v3');
    const missing = await errorOf(iam.setDefaultPolicyVersion(root, ARN, 'v2'));
    expect([missing.code, missing.message]).toEqual([
      'NoSuchEntity',
      `Policy ${ARN} version v2 does not exist.`,
    ]);
  });

  it("lets the engine see only the default version's document", async () => {
    await iam.createUser(root, { userName: 'dev' });
    await createS3Lister();
    await iam.attachUserPolicy(root, 'dev', ARN);
    const dev = userCaller('dev');
    await s3.listBuckets(dev);
    await iam.createPolicyVersion(root, ARN, doc('ec2:DescribeInstances'), false);
    await s3.listBuckets(dev);
    await iam.setDefaultPolicyVersion(root, ARN, 'v2');
    expect((await errorOf(s3.listBuckets(dev))).code).toBe('AccessDenied');
  });

  it('saves a console edit as a new default version, deleting one first at the limit', async () => {
    await createS3Lister();
    for (let i = 2; i <= 5; i++) await iam.createPolicyVersion(root, ARN, doc('s3:*'), false);
    const refused = await errorOf(iamConsole.savePolicyVersion(root, ARN, doc('s3:Get*')));
    expect(refused.code).toBe('LimitExceeded');
    const saved = await iamConsole.savePolicyVersion(root, ARN, doc('s3:Get*'), {
      deleteVersionId: 'v2',
    });
    expect(saved).toMatchObject({ versionId: 'v6', isDefaultVersion: true });
    const versions = await iam.listPolicyVersions(root, ARN);
    expect(versions.map((v) => [v.versionId, v.isDefaultVersion])).toEqual([
      ['v6', true],
      ['v5', false],
      ['v4', false],
      ['v3', false],
      ['v1', false],
    ]);
  });

  it('saves an edit without making it the default when the box is cleared', async () => {
    await createS3Lister();
    const saved = await iamConsole.savePolicyVersion(root, ARN, doc('s3:*'), {
      setAsDefault: false,
    });
    expect(saved).toMatchObject({ versionId: 'v2', isDefaultVersion: false });
    expect((await iam.getPolicy(root, ARN)).defaultVersionId).toBe('v1');
  });
});
