// The building blocks of the built-in scenarios: each writes one AWS resource the way the API
// would have stored it, through putRecord, inside the scenario's single transaction.

import { contentHash } from '@/lib/content-hash';
import { randomString } from '@/lib/random-string';
import { newInstanceId, newPrivateIp, newUniqueId } from './ids';
import { LAB_ACCOUNT_ID, LAB_PRINCIPAL, LAB_REGION } from './lab-constants';
import { putRecord, type ChangeMeta } from './record-store';
import type { LabWriteTx } from './schema';
import type { PasswordHash, PrincipalKind } from './types';

const IAM = `arn:aws:iam::${LAB_ACCOUNT_ID}`;
const DAY_MS = 86_400_000;

/** What every record of one scenario load shares: its transaction, change meta and time. */
export interface SeedScope {
  tx: LabWriteTx;
  meta: ChangeMeta;
  time: string;
  nowMs: number;
}

export function seedScope(tx: LabWriteTx): SeedScope {
  const nowMs = Date.now();
  const time = new Date(nowMs).toISOString();
  return {
    tx,
    nowMs,
    time,
    meta: { principalArn: LAB_PRINCIPAL, operation: 'LoadScenario', time },
  };
}

/** An ISO time `days` days before the load: for credentials that have sat unused. */
export function daysAgo(scope: SeedScope, days: number): string {
  return new Date(scope.nowMs - days * DAY_MS).toISOString();
}

export function managedPolicyArn(name: string): string {
  return `arn:aws:iam::aws:policy/${name}`;
}

export function policyJson(statements: readonly Record<string, unknown>[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 4);
}

export interface SeedUserOptions {
  /** A console password (login profile). */
  password?: PasswordHash;
  passwordResetRequired?: boolean;
  /** When the user was created; default: now. */
  createDate?: string;
}

export async function seedUser(s: SeedScope, userName: string, options: SeedUserOptions = {}) {
  const key = userName.toLowerCase();
  const createDate = options.createDate ?? s.time;
  await putRecord(
    s.tx,
    'users',
    {
      key,
      userName,
      userId: newUniqueId('AIDA'),
      arn: `${IAM}:user/${userName}`,
      path: '/',
      createDate,
      tags: [],
    },
    s.meta,
  );
  if (options.password) {
    await putRecord(
      s.tx,
      'loginProfiles',
      {
        key,
        userName,
        createDate,
        passwordResetRequired: options.passwordResetRequired ?? false,
        password: options.password,
      },
      s.meta,
    );
  }
}

/** An active access key, created `ageDays` days ago and never used. */
export async function seedAccessKey(s: SeedScope, userName: string, ageDays = 0): Promise<void> {
  await putRecord(
    s.tx,
    'accessKeys',
    {
      accessKeyId: 'AKIA' + randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
      userKey: userName.toLowerCase(),
      userName,
      status: 'Active',
      createDate: daysAgo(s, ageDays),
    },
    s.meta,
  );
}

export async function seedGroup(
  s: SeedScope,
  groupName: string,
  members: readonly string[],
  policyArns: readonly string[] = [],
): Promise<void> {
  const key = groupName.toLowerCase();
  await putRecord(
    s.tx,
    'groups',
    {
      key,
      groupName,
      groupId: newUniqueId('AGPA'),
      arn: `${IAM}:group/${groupName}`,
      path: '/',
      createDate: s.time,
    },
    s.meta,
  );
  for (const member of members) {
    await putRecord(
      s.tx,
      'memberships',
      { userKey: member.toLowerCase(), groupKey: key, createDate: s.time },
      s.meta,
    );
  }
  for (const policyArn of policyArns) await seedAttachment(s, 'group', groupName, policyArn);
}

export async function seedAttachment(
  s: SeedScope,
  principalKind: PrincipalKind,
  principalName: string,
  policyArn: string,
): Promise<void> {
  await putRecord(
    s.tx,
    'attachments',
    { principalKind, principalKey: principalName.toLowerCase(), policyArn, createDate: s.time },
    s.meta,
  );
}

export async function seedInlinePolicy(
  s: SeedScope,
  principalKind: PrincipalKind,
  principalName: string,
  policyName: string,
  document: string,
): Promise<void> {
  await putRecord(
    s.tx,
    'inlinePolicies',
    {
      principalKind,
      principalKey: principalName.toLowerCase(),
      policyName,
      document,
      size: document.replace(/\s/g, '').length,
      createDate: s.time,
      updateDate: s.time,
    },
    s.meta,
  );
}

/** A customer managed policy with one version (v1, the default). Returns its ARN. */
export async function seedCustomerPolicy(
  s: SeedScope,
  policyName: string,
  description: string,
  document: string,
): Promise<string> {
  const arn = `${IAM}:policy/${policyName}`;
  await putRecord(
    s.tx,
    'policies',
    {
      arn,
      policyName,
      policyId: newUniqueId('ANPA'),
      path: '/',
      description,
      defaultVersionId: 'v1',
      nextVersion: 2,
      versions: [{ versionId: 'v1', document, isDefaultVersion: true, createDate: s.time }],
      createDate: s.time,
      updateDate: s.time,
      tags: [],
    },
    s.meta,
  );
  return arn;
}

export const EC2_TRUST_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ],
  },
  null,
  4,
);

/** A trust policy letting the account's own IAM principals (with permission) assume the role. */
export const ACCOUNT_TRUST_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `${IAM}:root` }, Action: 'sts:AssumeRole' }],
  },
  null,
  4,
);

export interface SeedRoleOptions {
  description: string;
  trustPolicy: string;
  policyArns: readonly string[];
  /** Also an instance profile of the same name holding the role, as the console makes for EC2. */
  instanceProfile?: boolean;
}

/** A role; returns the instance profile's ARN and ID when it has one. */
export async function seedRole(
  s: SeedScope,
  roleName: string,
  options: SeedRoleOptions,
): Promise<{ arn: string; id: string } | undefined> {
  await putRecord(
    s.tx,
    'roles',
    {
      key: roleName.toLowerCase(),
      roleName,
      roleId: newUniqueId('AROA'),
      arn: `${IAM}:role/${roleName}`,
      path: '/',
      description: options.description,
      assumeRolePolicyDocument: options.trustPolicy,
      maxSessionDuration: 3600,
      createDate: s.time,
      tags: [],
    },
    s.meta,
  );
  for (const policyArn of options.policyArns) await seedAttachment(s, 'role', roleName, policyArn);
  if (!options.instanceProfile) return undefined;
  const profile = {
    key: roleName.toLowerCase(),
    instanceProfileName: roleName,
    instanceProfileId: newUniqueId('AIPA'),
    arn: `${IAM}:instance-profile/${roleName}`,
    path: '/',
    createDate: s.time,
    roleNames: [roleName],
    tags: [],
  };
  await putRecord(s.tx, 'instanceProfiles', profile, s.meta);
  return { arn: profile.arn, id: profile.instanceProfileId };
}

export async function seedBucket(
  s: SeedScope,
  name: string,
  objects: ReadonlyArray<{ key: string; contentType: string; text: string }>,
): Promise<void> {
  await putRecord(s.tx, 'buckets', { name, region: LAB_REGION, creationDate: s.time }, s.meta);
  for (const object of objects) {
    const body = new TextEncoder().encode(object.text);
    await putRecord(
      s.tx,
      'objects',
      {
        bucket: name,
        key: object.key,
        body,
        contentType: object.contentType,
        size: body.byteLength,
        etag: `"${contentHash(body)}"`,
        lastModified: s.time,
      },
      s.meta,
    );
  }
}

/** A running instance in the default VPC, optionally with an instance profile. Returns its ID. */
export async function seedInstance(
  s: SeedScope,
  name: string,
  profile?: { arn: string; id: string },
): Promise<string> {
  const instanceId = newInstanceId();
  await putRecord(
    s.tx,
    'instances',
    {
      instanceId,
      name,
      instanceType: 't3.micro',
      imageId: 'ami-0c02fb55956c7d316',
      region: LAB_REGION,
      availabilityZone: `${LAB_REGION}a`,
      launchTime: s.time,
      privateIpAddress: newPrivateIp(),
      state: 'running',
      tags: [{ Key: 'Name', Value: name }],
      platform: 'Linux/UNIX',
      ...(profile && { iamInstanceProfile: profile }),
    },
    s.meta,
  );
  return instanceId;
}
