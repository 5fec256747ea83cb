import { beforeEach, describe, expect, it } from 'vitest';
import { writeTx } from '@/storage/db';
import { useFreshIndexedDb } from '@/storage/test-support';
import { writeRole } from '@/storage/roles';
import { rootCaller } from './caller';
import * as iam from './iam';
import * as iamConsole from './iam-console';
import { errorOf, seedCustomerPolicy } from './test-support';

const root = rootCaller();
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const ALLOW_ALL =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';
const ec2Trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const accountTrust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:root' },
      Action: 'sts:AssumeRole',
    },
  ],
});

/** The roles besides the two service-linked roles every account has. */
const ownRoles = async () =>
  (await iam.listRoles(root)).filter((r) => !r.serviceLinkedService).map((r) => r.roleName);

const create = (roleName: string, assumeRolePolicyDocument = ec2Trust) =>
  iam.createRole(root, { roleName, assumeRolePolicyDocument });

beforeEach(useFreshIndexedDb);

describe('CreateRole', () => {
  it('creates a role with an AROA id, the role ARN and a 1 hour session', async () => {
    const role = await create('EC2-S3-Reader');
    expect(role).toMatchObject({
      roleName: 'EC2-S3-Reader',
      arn: 'arn:aws:iam::123456789012:role/EC2-S3-Reader',
      maxSessionDuration: 3600,
      assumeRolePolicyDocument: ec2Trust,
    });
    expect(role.roleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(iam.trustedEntitiesLabel(role)).toBe('AWS Service: ec2');
    expect((await iam.getRole(root, 'ec2-s3-reader')).roleName).toBe('EC2-S3-Reader');
  });

  it('refuses a name that differs only in case (EntityAlreadyExists)', async () => {
    await create('MyRole');
    const error = await errorOf(create('myrole'));
    expect([error.code, error.message, error.httpStatus]).toEqual([
      'EntityAlreadyExists',
      'Role with name myrole already exists.',
      409,
    ]);
  });

  it.each([
    ['empty', '', 'Member must have length greater than or equal to 1'],
    ['65 characters', 'r'.repeat(65), 'Member must have length less than or equal to 64'],
    ['a space', 'my role', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+'],
    ['a slash', 'a/b', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+'],
  ])('refuses a name with %s (ValidationError)', async (_case, roleName, text) => {
    const error = await errorOf(create(roleName));
    expect(error.code).toBe('ValidationError');
    expect(error.message).toContain(`at 'roleName' failed to satisfy constraint: ${text}`);
    expect(await ownRoles()).toEqual([]);
  });

  it('accepts 64 characters and every allowed symbol', async () => {
    await create('r'.repeat(64));
    await create('a+b=c,d.e@f_g-h');
    expect((await ownRoles()).length).toBe(2);
  });

  it.each([
    ['invalid JSON', '{"Version": ', 'This policy contains invalid Json'],
    [
      'a Resource element',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Resource: '*',
          },
        ],
      }),
      'Has prohibited field Resource',
    ],
    [
      'a user that does not exist',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::123456789012:user/ghost' },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
      'Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:user/ghost"',
    ],
  ])('refuses a trust policy with %s (MalformedPolicyDocument)', async (_c, doc, message) => {
    const error = await errorOf(create('R', doc));
    expect(error.code).toBe('MalformedPolicyDocument');
    expect(error.message).toContain(message);
    expect(await ownRoles()).toEqual([]);
  });

  it('refuses a trust policy over 2,048 characters (LimitExceeded)', async () => {
    const services = Array.from({ length: 120 }, (_, i) => `svc${i}.amazonaws.com`);
    const big = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' }],
    });
    const error = await errorOf(create('R', big));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for ACLSizePerRole: 2048',
    ]);
  });

  it.each([
    [3599, 'Member must have value greater than or equal to 3600'],
    [43201, 'Member must have value less than or equal to 43200'],
  ])('refuses a maximum session duration of %i seconds', async (seconds, text) => {
    const error = await errorOf(
      iam.createRole(root, {
        roleName: 'R',
        assumeRolePolicyDocument: ec2Trust,
        maxSessionDuration: seconds,
      }),
    );
    expect(error.code).toBe('ValidationError');
    expect(error.message).toContain(text);
  });

  it('refuses more than 1,000 roles per account (LimitExceeded)', async () => {
    await writeTx(async (tx) => {
      for (let i = 0; i < 1000; i++) {
        await writeRole(
          tx,
          {
            key: `r${i}`,
            roleName: `r${i}`,
            roleId: `AROA${i}`,
            arn: `arn:aws:iam::123456789012:role/r${i}`,
            path: '/',
            description: '',
            assumeRolePolicyDocument: ec2Trust,
            maxSessionDuration: 3600,
            createDate: '2026-01-01T00:00:00.000Z',
            tags: [],
          },
          { principalArn: 'test', operation: 'CreateRole', time: '2026-01-01T00:00:00.000Z' },
        );
      }
    });
    const error = await errorOf(create('OneTooMany'));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for RolesPerAccount: 1000',
    ]);
  });
});

describe('Role policies', () => {
  beforeEach(async () => {
    await create('R');
  });

  it('refuses an 11th managed policy (PoliciesPerRole: 10)', async () => {
    const arns: string[] = [];
    for (let i = 1; i <= 11; i++) arns.push(await seedCustomerPolicy(`Policy${i}`, ALLOW_ALL));
    for (const arn of arns.slice(0, 10)) await iam.attachRolePolicy(root, 'R', arn);
    const error = await errorOf(iam.attachRolePolicy(root, 'R', arns[10] ?? ''));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for PoliciesPerRole: 10',
    ]);
  });

  it('refuses inline policies over 10,240 characters in total', async () => {
    const actions = Array.from({ length: 700 }, (_, i) => `s3:GetObject${i}`);
    const doc = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    });
    const error = await errorOf(iam.putRolePolicy(root, 'R', 'Big', doc));
    expect(error.code).toBe('LimitExceeded');
    expect(error.message).toBe('Maximum policy size of 10240 bytes exceeded for role R');
  });

  it('sets, reads and removes a permissions boundary', async () => {
    await iam.putRolePermissionsBoundary(root, 'R', S3_READ);
    expect((await iam.getRole(root, 'R')).permissionsBoundary).toBe(S3_READ);
    const permissions = await iamConsole.rolePermissions(root, 'R');
    expect(permissions.boundary?.policyName).toBe('AmazonS3ReadOnlyAccess');
    await iam.deleteRolePermissionsBoundary(root, 'R');
    expect((await iam.getRole(root, 'R')).permissionsBoundary).toBeUndefined();
  });

  it('refuses a boundary policy that does not exist', async () => {
    const arn = 'arn:aws:iam::123456789012:policy/Nope';
    const error = await errorOf(iam.putRolePermissionsBoundary(root, 'R', arn));
    expect([error.code, error.message]).toEqual([
      'NoSuchEntity',
      `Policy ${arn} does not exist or is not attachable.`,
    ]);
  });

  it('updates the trust policy, refusing a malformed one', async () => {
    await iam.updateAssumeRolePolicy(root, 'R', accountTrust);
    expect((await iam.getRole(root, 'R')).assumeRolePolicyDocument).toBe(accountTrust);
    const error = await errorOf(iam.updateAssumeRolePolicy(root, 'R', 'nope'));
    expect(error.code).toBe('MalformedPolicyDocument');
    expect(iam.trustedEntitiesLabel(await iam.getRole(root, 'R'))).toBe('Account: 123456789012');
  });

  it('tags and untags, with keys compared case-insensitively', async () => {
    await iam.tagRole(root, 'R', [
      { Key: 'team', Value: 'web' },
      { Key: 'env', Value: 'dev' },
    ]);
    await iam.tagRole(root, 'R', [{ Key: 'Team', Value: 'ops' }]);
    expect((await iam.getRole(root, 'R')).tags).toEqual([
      { Key: 'Team', Value: 'ops' },
      { Key: 'env', Value: 'dev' },
    ]);
    await iam.untagRole(root, 'R', ['ENV']);
    expect((await iam.getRole(root, 'R')).tags).toEqual([{ Key: 'Team', Value: 'ops' }]);
    const many = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: '' }));
    const error = await errorOf(iam.tagRole(root, 'R', many));
    expect(error.message).toContain('Member must have length less than or equal to 50');
  });

  it('refuses changes to a service-linked role (UnmodifiableEntity)', async () => {
    const error = await errorOf(iam.attachRolePolicy(root, 'AWSServiceRoleForSupport', S3_READ));
    expect([error.code, error.message]).toEqual([
      'UnmodifiableEntity',
      "Cannot perform the operation on the protected role 'AWSServiceRoleForSupport' - this role is only modifiable by AWS",
    ]);
  });

  it('updates the maximum session duration within 1 to 12 hours', async () => {
    await iam.updateRole(root, 'R', { maxSessionDuration: 43200 });
    expect((await iam.getRole(root, 'R')).maxSessionDuration).toBe(43200);
    const error = await errorOf(iam.updateRole(root, 'R', { maxSessionDuration: 50000 }));
    expect(error.code).toBe('ValidationError');
  });
});

describe('DeleteRole keeps AWS DeleteConflict', () => {
  beforeEach(async () => {
    await create('R');
  });

  it('while a managed policy is attached', async () => {
    await iam.attachRolePolicy(root, 'R', S3_READ);
    const error = await errorOf(iam.deleteRole(root, 'R'));
    expect([error.code, error.message]).toEqual([
      'DeleteConflict',
      'Cannot delete entity, must detach all policies first.',
    ]);
  });

  it('while an inline policy remains', async () => {
    await iam.putRolePolicy(root, 'R', 'AllowAll', ALLOW_ALL);
    const error = await errorOf(iam.deleteRole(root, 'R'));
    expect(error.message).toBe('Cannot delete entity, must delete policies first.');
  });

  it('while the role is in an instance profile', async () => {
    await iam.createInstanceProfile(root, 'R');
    await iam.addRoleToInstanceProfile(root, 'R', 'R');
    const error = await errorOf(iam.deleteRole(root, 'R'));
    expect(error.message).toBe(
      'Cannot delete entity, must remove roles from instance profile first.',
    );
  });

  it('an instance profile holds one role (InstanceSessionsPerInstanceProfile: 1)', async () => {
    await create('Other');
    await iam.createInstanceProfile(root, 'R');
    await iam.addRoleToInstanceProfile(root, 'R', 'R');
    const error = await errorOf(iam.addRoleToInstanceProfile(root, 'R', 'Other'));
    expect([error.code, error.message]).toEqual([
      'LimitExceeded',
      'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1',
    ]);
    const duplicate = await errorOf(iam.createInstanceProfile(root, 'r'));
    expect([duplicate.code, duplicate.message]).toEqual([
      'EntityAlreadyExists',
      'Instance Profile r already exists.',
    ]);
  });

  it('and the console removes everything first', async () => {
    await iam.attachRolePolicy(root, 'R', S3_READ);
    await iam.putRolePolicy(root, 'R', 'AllowAll', ALLOW_ALL);
    await iam.createInstanceProfile(root, 'R');
    await iam.addRoleToInstanceProfile(root, 'R', 'R');
    await iamConsole.deleteRole(root, 'R');
    expect(await ownRoles()).toEqual([]);
    const error = await errorOf(iam.deleteInstanceProfile(root, 'R'));
    expect(error.code).toBe('NoSuchEntity');
  });
});

describe('Create role (console)', () => {
  it('gives an EC2 role an instance profile of the same name, with its policies', async () => {
    await iamConsole.createRoleWithDetails(root, {
      roleName: 'WebServer',
      assumeRolePolicyDocument: ec2Trust,
      policyArns: [S3_READ],
      createInstanceProfile: true,
      tags: [{ Key: 'team', Value: 'web' }],
    });
    const profiles = await iam.listInstanceProfilesForRole(root, 'WebServer');
    expect(profiles.map((p) => [p.instanceProfileName, p.arn, p.roleNames])).toEqual([
      ['WebServer', 'arn:aws:iam::123456789012:instance-profile/WebServer', ['WebServer']],
    ]);
    expect((await iam.listAttachedRolePolicies(root, 'WebServer')).map((p) => p.policyArn)).toEqual(
      [S3_READ],
    );
  });

  it('writes nothing when a step fails', async () => {
    const error = await errorOf(
      iamConsole.createRoleWithDetails(root, {
        roleName: 'R',
        assumeRolePolicyDocument: ec2Trust,
        policyArns: ['arn:aws:iam::aws:policy/NoSuchPolicy'],
      }),
    );
    expect(error.code).toBe('NoSuchEntity');
    expect(await ownRoles()).toEqual([]);
  });
});
