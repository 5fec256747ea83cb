import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import * as iamConsole from './iam-console';
import * as organizations from './organizations-api';
import * as s3 from './s3-api';
import { errorOf } from './test-support';

const root = rootCaller();
const ACCOUNT = '123456789012';
const ROOT_ID = 'r-qv5a';
const OU_ID = 'ou-qv5a-1x2y3z4w';
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const DENY_S3 =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}';
const ALLOW_EC2 =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}';

const createScp = (name: string, content: string) =>
  organizations.createPolicy(root, { name, description: '', content });

beforeEach(useFreshIndexedDb);

describe('the lab organization', () => {
  it('has FullAWSAccess attached to the root, the OU and the account', async () => {
    const [full] = await organizations.listPolicies(root);
    expect(full).toMatchObject({
      policyId: 'p-FullAWSAccess',
      arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess',
      name: 'FullAWSAccess',
      awsManaged: true,
      content:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
      targetIds: [ROOT_ID, OU_ID, ACCOUNT],
    });
    expect(await s3.listBuckets(root)).toEqual([]);
  });

  it('creates, updates and deletes a customer SCP, with change records', async () => {
    const id = await createScp('DenyS3', DENY_S3);
    expect(id).toMatch(/^p-[0-9a-z]{8}$/);
    const created = await organizations.describePolicy(root, id);
    expect(created.arn).toBe(
      `arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/${id}`,
    );
    await organizations.updatePolicy(root, id, { name: 'DenyAllS3', content: ALLOW_EC2 });
    expect(await organizations.describePolicy(root, id)).toMatchObject({
      name: 'DenyAllS3',
      content: ALLOW_EC2,
    });
    await organizations.deletePolicy(root, id);
    const error = await errorOf(organizations.describePolicy(root, id));
    expect(error.code).toBe('PolicyNotFoundException');
  });

  it.each([
    ['a duplicate name', () => createScp('FullAWSAccess', DENY_S3), 'DuplicatePolicyException'],
    ['malformed JSON', () => createScp('Bad', '{"Version":'), 'MalformedPolicyDocument'],
    [
      'a document over 5,120 characters',
      () =>
        createScp(
          'Big',
          JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: 's3:GetObject', Resource: 'x'.repeat(5200) }],
          }),
        ),
      'LimitExceeded',
    ],
    [
      'a change to FullAWSAccess',
      () => organizations.updatePolicy(root, 'p-FullAWSAccess', { name: 'X' }),
      'InvalidInputException',
    ],
  ] as const)('refuses %s', async (_name, run, code) => {
    expect((await errorOf(run())).code).toBe(code);
  });

  it('refuses to delete an attached SCP and to detach the last SCP of a target', async () => {
    const id = await createScp('DenyS3', DENY_S3);
    await organizations.attachPolicy(root, id, OU_ID);
    expect((await errorOf(organizations.deletePolicy(root, id))).code).toBe('PolicyInUseException');
    expect((await errorOf(organizations.attachPolicy(root, id, OU_ID))).code).toBe(
      'DuplicatePolicyAttachmentException',
    );
    const last = await errorOf(organizations.detachPolicy(root, 'p-FullAWSAccess', ROOT_ID));
    expect(last.code).toBe('ConstraintViolationException');
    expect((await errorOf(organizations.detachPolicy(root, id, ROOT_ID))).code).toBe(
      'PolicyNotAttachedException',
    );
  });
});

describe('SCPs limit the account', () => {
  it('denies root and an administrator with the SCP wording, until detached', async () => {
    await iam.createUser(root, { userName: 'admin' });
    await iam.attachUserPolicy(root, 'admin', ADMIN);
    const admin = userCaller('admin');
    const id = await createScp('DenyS3', DENY_S3);
    await organizations.attachPolicy(root, id, ACCOUNT);
    const arn = (await organizations.describePolicy(root, id)).arn;

    const rootError = await errorOf(s3.listBuckets(root));
    expect(rootError.message).toBe(
      `User: arn:aws:iam::123456789012:root is not authorized to perform: s3:ListAllMyBuckets with an explicit deny in a service control policy: ${arn}`,
    );
    const adminError = await errorOf(s3.listBuckets(admin));
    expect(adminError.code).toBe('AccessDenied');
    expect(adminError.message).toContain('with an explicit deny in a service control policy');
    // Other services are untouched.
    expect(await iam.listUsers(admin)).toHaveLength(1);

    await organizations.detachPolicy(root, id, ACCOUNT);
    expect(await s3.listBuckets(admin)).toEqual([]);
  });

  it('needs every level to allow: FullAWSAccess replaced on the OU by an EC2-only SCP', async () => {
    const id = await createScp('OnlyEC2', ALLOW_EC2);
    await organizations.attachPolicy(root, id, OU_ID);
    await organizations.detachPolicy(root, 'p-FullAWSAccess', OU_ID);
    const error = await errorOf(s3.listBuckets(root));
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:root is not authorized to perform: s3:ListAllMyBuckets because no service control policy allows the s3:ListAllMyBuckets action',
    );
    // Organizations calls come from the management account: the learner can always undo.
    await organizations.attachPolicy(root, 'p-FullAWSAccess', OU_ID);
    expect(await s3.listBuckets(root)).toEqual([]);
  });

  it('authorizes Organizations calls through the engine', async () => {
    await iam.createUser(root, { userName: 'reader' });
    await iam.attachUserPolicy(root, 'reader', S3_READ);
    const error = await errorOf(organizations.listPolicies(userCaller('reader')));
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:user/reader is not authorized to perform: organizations:ListPolicies because no identity-based policy allows the organizations:ListPolicies action',
    );
  });
});

describe('user permissions boundaries', () => {
  it('limits an administrator to what the boundary allows, and removing it restores', async () => {
    await iam.createUser(root, { userName: 'admin' });
    await iam.attachUserPolicy(root, 'admin', ADMIN);
    const admin = userCaller('admin');
    await iam.putUserPermissionsBoundary(root, 'admin', S3_READ);
    expect((await iam.getUser(root, 'admin')).permissionsBoundary).toBe(S3_READ);
    expect(await s3.listBuckets(admin)).toEqual([]);
    const error = await errorOf(iam.listUsers(admin));
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:user/admin is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no permissions boundary allows the iam:ListUsers action',
    );
    await iam.deleteUserPermissionsBoundary(root, 'admin');
    expect(await iam.listUsers(admin)).toHaveLength(1);
  });

  it('Create user sets the boundary, authorized with iam:PermissionsBoundary', async () => {
    await iam.createUserWithDetails(root, { userName: 'b', permissionsBoundary: S3_READ });
    expect((await iam.getUser(root, 'b')).permissionsBoundary).toBe(S3_READ);
    const missing = 'arn:aws:iam::123456789012:policy/Nope';
    const error = await errorOf(
      iam.createUserWithDetails(root, { userName: 'c', permissionsBoundary: missing }),
    );
    expect(error.code).toBe('NoSuchEntity');
    expect((await iam.listUsers(root)).map((u) => u.userName)).toEqual(['b']);
  });

  it('refuses a boundary that does not exist and a user that does not exist', async () => {
    await iam.createUser(root, { userName: 'u' });
    const missing = 'arn:aws:iam::123456789012:policy/Nope';
    expect((await errorOf(iam.putUserPermissionsBoundary(root, 'u', missing))).message).toBe(
      `Policy ${missing} does not exist or is not attachable.`,
    );
    expect((await errorOf(iam.putUserPermissionsBoundary(root, 'ghost', S3_READ))).code).toBe(
      'NoSuchEntity',
    );
  });
});

describe("a user's Last Accessed tab and boundary section", () => {
  it('shows the services the user used, from its own allowed calls only', async () => {
    for (const userName of ['reader', 'reader2']) {
      await iam.createUser(root, { userName });
      await iam.attachUserPolicy(root, userName, S3_READ);
    }
    await s3.listBuckets(userCaller('reader2'));
    const before = await iamConsole.userLastAccessed(root, 'reader');
    const s3Before = before.find((s) => s.serviceNamespace === 's3');
    expect(s3Before?.policyNames).toEqual(['AmazonS3ReadOnlyAccess']);
    expect(s3Before?.lastAccessed).toBeUndefined();
    await s3.listBuckets(userCaller('reader'));
    await errorOf(iam.listUsers(userCaller('reader')));
    const after = await iamConsole.userLastAccessed(root, 'reader');
    expect(after[0]?.serviceNamespace).toBe('s3');
    expect(after[0]?.lastAccessed).toMatch(/^\d{4}-/);
    // A denied call did not access IAM.
    expect(after.find((s) => s.serviceNamespace === 'iam')?.lastAccessed).toBeUndefined();
  });

  it('lists boundary use in ListEntitiesForPolicy (PolicyUsageFilter)', async () => {
    await iam.createUser(root, { userName: 'u' });
    await iam.createUser(root, { userName: 'v' });
    await iam.putUserPermissionsBoundary(root, 'u', S3_READ);
    await iam.attachUserPolicy(root, 'v', S3_READ);
    const names = async (usage?: 'PermissionsPolicy' | 'PermissionsBoundary') =>
      (await iam.listEntitiesForPolicy(root, S3_READ, usage)).policyUsers.map((x) => x.userName);
    expect(await names('PermissionsBoundary')).toEqual(['u']);
    expect(await names('PermissionsPolicy')).toEqual(['v']);
    expect((await names()).sort()).toEqual(['u', 'v']);
  });

  it('reads the boundary through GetUser', async () => {
    await iam.createUser(root, { userName: 'u' });
    expect(await iamConsole.userBoundary(root, 'u')).toBeUndefined();
    await iam.putUserPermissionsBoundary(root, 'u', S3_READ);
    expect((await iamConsole.userBoundary(root, 'u'))?.policyName).toBe('AmazonS3ReadOnlyAccess');
  });
});
