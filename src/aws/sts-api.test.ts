import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTx } from '@/storage/db';
import { useFreshIndexedDb } from '@/storage/test-support';
import { readUser, writeUser } from '@/storage/users';
import { rootCaller, userCaller, userCallerWithMfa, type Caller } from './caller';
import { resolveAccountId } from './console-sign-in';
import { setLabClock } from './clock';
import * as ec2 from './ec2-api';
import * as iam from './iam';
import * as s3 from './s3-api';
import * as sts from './sts-api';
import { errorOf } from './test-support';

const root = rootCaller();
const user1 = userCaller('user-1');
const ROLE_ARN = 'arn:aws:iam::123456789012:role/Dev';
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

function trust(principal: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
  });
}

const allow = (action: string, resource: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  });

const assume = (caller: Caller) =>
  sts.assumeRole(caller, { roleArn: ROLE_ARN, roleSessionName: 'user-1' });

async function setUserBoundary(userName: string, policyArn: string) {
  await writeTx(async (tx) => {
    const user = await readUser(tx, userName);
    if (!user) throw new Error('no user');
    await writeUser(
      tx,
      { ...user, permissionsBoundary: policyArn },
      { principalArn: 'test', operation: 'PutUserPermissionsBoundary', time: user.createDate },
    );
  });
}

beforeEach(async () => {
  await useFreshIndexedDb();
  await iam.createUser(root, { userName: 'user-1' });
  await iam.createUser(root, { userName: 'user-2' });
});

afterEach(() => setLabClock(undefined));

describe('AssumeRole decisions', () => {
  it('a trust policy that names the user allows on its own', async () => {
    await iam.createRole(root, {
      roleName: 'Dev',
      assumeRolePolicyDocument: trust('arn:aws:iam::123456789012:user/user-1'),
    });
    const result = await assume(user1);
    expect(result.assumedRoleUser.arn).toBe('arn:aws:sts::123456789012:assumed-role/Dev/user-1');
    expect(result.assumedRoleUser.assumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:user-1$/);
    expect(result.session).toMatchObject({ kind: 'role-session', roleArn: ROLE_ARN });
  });

  it('a trust policy that names another user refuses, naming the role trust policy', async () => {
    await iam.createRole(root, {
      roleName: 'Dev',
      assumeRolePolicyDocument: trust('arn:aws:iam::123456789012:user/user-2'),
    });
    const error = await errorOf(assume(user1));
    expect([error.code, error.message]).toEqual([
      'AccessDenied',
      'User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/Dev because no role trust policy allows the sts:AssumeRole action',
    ]);
  });

  it('a trust policy that names the account also needs an identity-policy allow', async () => {
    await iam.createRole(root, {
      roleName: 'Dev',
      assumeRolePolicyDocument: trust('arn:aws:iam::123456789012:root'),
    });
    const error = await errorOf(assume(user1));
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/Dev because no identity-based policy allows the sts:AssumeRole action',
    );
    await iam.putUserPolicy(root, 'user-1', 'AssumeDev', allow('sts:AssumeRole', ROLE_ARN));
    expect((await assume(user1)).assumedRoleUser.arn).toContain('assumed-role/Dev/user-1');
  });

  it('the user’s permissions boundary must allow it, even when the trust policy names the user', async () => {
    await iam.createRole(root, {
      roleName: 'Dev',
      assumeRolePolicyDocument: trust('arn:aws:iam::123456789012:user/user-1'),
    });
    await setUserBoundary('user-1', S3_READ);
    const error = await errorOf(assume(user1));
    expect(error.message).toBe(
      'User: arn:aws:iam::123456789012:user/user-1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/Dev because no permissions boundary allows the sts:AssumeRole action',
    );
  });

  it('root cannot assume a role', async () => {
    await iam.createRole(root, {
      roleName: 'Dev',
      assumeRolePolicyDocument: trust('arn:aws:iam::123456789012:root'),
    });
    const error = await errorOf(assume(root));
    expect([error.code, error.message]).toEqual([
      'AccessDenied',
      'Roles may not be assumed by root accounts.',
    ]);
  });

  it('a role that does not exist is refused like an unwilling trust policy', async () => {
    const error = await errorOf(assume(user1));
    expect(error.message).toContain(
      'because no role trust policy allows the sts:AssumeRole action',
    );
  });

  it('refuses a duration over the role maximum', async () => {
    await iam.createRole(root, {
      roleName: 'Dev',
      assumeRolePolicyDocument: trust('arn:aws:iam::123456789012:user/user-1'),
    });
    const error = await errorOf(
      sts.assumeRole(user1, {
        roleArn: ROLE_ARN,
        roleSessionName: 'user-1',
        durationSeconds: 7200,
      }),
    );
    expect([error.code, error.message]).toEqual([
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    ]);
  });
});

describe('Acting as a role session', () => {
  beforeEach(async () => {
    await iam.createRole(root, {
      roleName: 'Dev',
      assumeRolePolicyDocument: trust('arn:aws:iam::123456789012:user/user-1'),
    });
    await iam.attachRolePolicy(root, 'Dev', S3_READ);
  });

  it('is authorized with the role’s policies, and denials carry the session ARN', async () => {
    const { session } = await assume(user1);
    await expect(s3.listBuckets(session)).resolves.toBeDefined();
    const error = await errorOf(ec2.describeInstances(session));
    expect([error.code, error.message]).toEqual([
      'UnauthorizedOperation',
      'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/Dev/user-1 is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
    ]);
    // The user's own permissions do not carry over: user-1 has none, the role has S3 read.
    expect((await errorOf(s3.listBuckets(user1))).code).toBe('AccessDenied');
  });

  it('the role’s permissions boundary limits the session', async () => {
    await iam.putRolePermissionsBoundary(
      root,
      'Dev',
      'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
    );
    const { session } = await assume(user1);
    const error = await errorOf(s3.listBuckets(session));
    expect(error.message).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/Dev/user-1 is not authorized to perform: s3:ListAllMyBuckets because no permissions boundary allows the s3:ListAllMyBuckets action',
    );
  });

  it('Revoke sessions denies sessions issued before it', async () => {
    setLabClock(Date.parse('2026-06-01T10:00:00Z'));
    const { session } = await assume(user1);
    setLabClock(Date.parse('2026-06-01T10:05:00Z'));
    const revoke = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: ['*'],
          Resource: ['*'],
          Condition: { DateLessThan: { 'aws:TokenIssueTime': '2026-06-01T10:05:00Z' } },
        },
      ],
    });
    await iam.putRolePolicy(root, 'Dev', 'AWSRevokeOlderSessions', revoke);
    const error = await errorOf(s3.listBuckets(session));
    expect(error.message).toContain('with an explicit deny in an identity-based policy');
    setLabClock(Date.parse('2026-06-01T10:06:00Z'));
    const fresh = await assume(user1);
    await expect(s3.listBuckets(fresh.session)).resolves.toBeDefined();
  });

  it('a console session lasts the role maximum, then its credentials expire', async () => {
    await iam.updateRole(root, 'Dev', { maxSessionDuration: 7200 });
    setLabClock(Date.parse('2026-06-01T10:00:00Z'));
    const { session, expiration } = await sts.assumeRole(user1, {
      roleArn: ROLE_ARN,
      roleSessionName: 'user-1',
      consoleSession: true,
    });
    expect(expiration).toBe('2026-06-01T12:00:00.000Z');
    setLabClock(Date.parse('2026-06-01T11:59:00Z'));
    await expect(s3.listBuckets(session)).resolves.toBeDefined();
    setLabClock(Date.parse('2026-06-01T12:00:00Z'));
    const error = await errorOf(s3.listBuckets(session));
    expect([error.code, error.message]).toEqual([
      'ExpiredToken',
      'The security token included in the request is expired',
    ]);
  });

  it('ends when the role is deleted', async () => {
    const { session } = await assume(user1);
    await iam.detachRolePolicy(root, 'Dev', S3_READ);
    await iam.deleteRole(root, 'Dev');
    expect((await errorOf(s3.listBuckets(session))).code).toBe('InvalidClientTokenId');
  });
});

describe('A console switch made after an MFA sign-in', () => {
  const mfaTrust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::123456789012:user/user-1' },
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
    ],
  });
  const mfaOnlyList = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 's3:ListAllMyBuckets',
        Resource: '*',
        Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
      },
    ],
  });

  beforeEach(async () => {
    await iam.createRole(root, { roleName: 'Dev', assumeRolePolicyDocument: mfaTrust });
    await iam.putRolePolicy(root, 'Dev', 'mfa-only', mfaOnlyList);
  });

  it('passes a "Require MFA" trust policy and keeps the MFA in the role session', async () => {
    const signedInAt = Date.parse('2026-01-01T10:00:00Z');
    setLabClock(signedInAt + 60_000);
    const withMfa = userCallerWithMfa('user-1', signedInAt);
    const { session } = await sts.assumeRole(withMfa, {
      roleArn: ROLE_ARN,
      roleSessionName: 'user-1',
      consoleSession: true,
    });
    expect(session.mfa).toEqual({ authenticatedAt: signedInAt });
    await expect(s3.listBuckets(session)).resolves.toBeDefined();
    // The age counts from the MFA sign-in, so an hour later the role's condition fails.
    setLabClock(signedInAt + 3_600_000);
    expect((await errorOf(s3.listBuckets(session))).code).toBe('AccessDenied');
  });

  it('is refused without MFA, and an API AssumeRole carries no MFA of its own', async () => {
    expect((await errorOf(assume(user1))).code).toBe('AccessDenied');
    const { session } = await sts.assumeRole(userCallerWithMfa('user-1', Date.now()), {
      roleArn: ROLE_ARN,
      roleSessionName: 'user-1',
    });
    expect(session.mfa).toBeUndefined();
  });
});

describe('resolveAccountId (Switch Role and sign-in "Account ID or alias")', () => {
  it('knows the lab ID with or without dashes, other IDs as is, and only the lab alias', async () => {
    await iam.createAccountAlias(root, 'my-lab');
    expect(await resolveAccountId('1234-5678-9012')).toBe('123456789012');
    expect(await resolveAccountId('111122223333')).toBe('111122223333');
    expect(await resolveAccountId('my-lab')).toBe('123456789012');
    expect(await resolveAccountId('someone-else')).toBeUndefined();
  });
});
