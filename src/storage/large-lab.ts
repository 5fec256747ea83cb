// A lab at AWS's per-account maximums, for load tests and benchmarks: its file text, ready to be
// imported through the Labs page. Deterministic (a seeded generator, a fixed clock), and with the
// group, role and policy quota increases an account that large needs, as AWS would have granted.
// It builds the file's JSON form directly (object bodies already in base64), so Node scripts can
// use it without the app's runtime.

import { contentHash } from '@/lib/content-hash';
import type { QuotaIncreases } from './account-quotas';
import { LAB_ACCOUNT_ID, LAB_REGION } from './lab-constants';
import { LAB_DB_VERSION, LAB_STORES } from './schema';
import { numbered, seededRandom, SERVICE_LINKED, serviceLinkedRoles } from './large-lab-parts';
import type {
  AccessKeyRecord,
  AccountRecord,
  AttachmentRecord,
  BucketRecord,
  CustomerPolicyRecord,
  GroupRecord,
  InstanceRecord,
  MembershipRecord,
  RoleRecord,
  UserRecord,
} from './types';

export interface LargeLabSizes {
  users: number;
  groups: number;
  policies: number;
  /** Every role, the account's two service-linked roles included. */
  roles: number;
  buckets: number;
  objects: number;
  instances: number;
}

/**
 * AWS's per-account maximums for users (5,000), groups (500) and customer managed policies
 * (5,000, raised); roles at their default quota of 1,000 (raised to 5,000 like the others).
 */
export const LARGE_LAB_SIZES: LargeLabSizes = {
  users: 5000,
  groups: 500,
  policies: 5000,
  roles: 1000,
  buckets: 20,
  objects: 50_000,
  instances: 1000,
};

/** The raised quotas such an account holds. */
export const LARGE_LAB_QUOTAS: QuotaIncreases = {
  GroupsPerAccount: 500,
  RolesPerAccount: 5000,
  PoliciesPerAccount: 5000,
};

/** One tenth of the full size: what `npm test` imports. */
export function scaledSizes(factor: number): LargeLabSizes {
  const scale = (n: number) => Math.max(1, Math.round(n * factor));
  const s = LARGE_LAB_SIZES;
  return {
    users: scale(s.users),
    groups: Math.max(3, scale(s.groups)),
    policies: scale(s.policies),
    roles: Math.max(3, scale(s.roles)),
    buckets: Math.max(2, Math.round(s.buckets * Math.sqrt(factor))),
    objects: scale(s.objects),
    instances: scale(s.instances),
  };
}

/** The account's administrator, in the Administrators group (AdministratorAccess). */
export const ADMIN_USER = 'lab-admin';
export const ADMIN_GROUP = 'Administrators';

const TEAMS = ['engineering', 'finance', 'marketing', 'support', 'research', 'operations'];
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const IAM = `arn:aws:iam::${LAB_ACCOUNT_ID}`;

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

export interface LargeLabOptions {
  sizes?: LargeLabSizes;
  /** The lab's clock: every record is dated from it. */
  now?: string;
  name?: string;
}

/** The lab export file's text. */
export function largeLabFileText(options: LargeLabOptions = {}): string {
  const sizes = options.sizes ?? LARGE_LAB_SIZES;
  const nowMs = Date.parse(options.now ?? '2026-11-30T09:00:00.000Z');
  const random = seededRandom(20261130);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const uniqueId = (prefix: string) => {
    let id = prefix;
    for (let i = 0; i < 17; i++) id += ID_ALPHABET[Math.floor(random() * 32)];
    return id;
  };
  const daysAgo = (days: number) => new Date(nowMs - days * 86_400_000).toISOString();
  const width = (n: number) => String(n).length;
  const stores: Record<string, unknown[]> = {};
  for (const store of LAB_STORES) stores[store] = [];

  const account: AccountRecord = {
    key: 'account',
    accountId: LAB_ACCOUNT_ID,
    region: LAB_REGION,
    scenarioId: 'large-lab',
    createDate: daysAgo(400),
    quotaIncreases: LARGE_LAB_QUOTAS,
  };
  stores['meta']!.push(account);

  const policies: CustomerPolicyRecord[] = [];
  for (let i = 1; i <= sizes.policies; i++) {
    const team = TEAMS[i % TEAMS.length] as string;
    const policyName = numbered(`${team}-access`, i, width(sizes.policies));
    const bucket = `lab-${team}-${LAB_ACCOUNT_ID}`;
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadTeamBucket',
          Effect: 'Allow',
          Action: ['s3:ListBucket', 's3:GetObject'],
          Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        },
        {
          Sid: 'ManageTeamInstances',
          Effect: i % 7 === 0 ? 'Deny' : 'Allow',
          Action: ['ec2:StartInstances', 'ec2:StopInstances'],
          Resource: '*',
          Condition: { StringEquals: { 'aws:ResourceTag/team': team } },
        },
      ],
    });
    const createDate = daysAgo(1 + Math.floor(random() * 300));
    policies.push({
      arn: `${IAM}:policy/${policyName}`,
      policyName,
      policyId: uniqueId('ANPA'),
      path: '/',
      description: `Access for the ${team} team`,
      defaultVersionId: 'v1',
      nextVersion: 2,
      versions: [{ versionId: 'v1', document, isDefaultVersion: true, createDate }],
      createDate,
      updateDate: createDate,
      tags: [{ Key: 'team', Value: team }],
    });
  }
  stores['policies']!.push(...policies);
  const attach = (principalKind: AttachmentRecord['principalKind'], key: string, arn: string) =>
    stores['attachments']!.push({
      principalKind,
      principalKey: key,
      policyArn: arn,
      createDate: daysAgo(1),
    } satisfies AttachmentRecord);

  const groups: GroupRecord[] = [];
  for (let i = 1; i <= sizes.groups; i++) {
    // The first group is the account's administrators (its first user is their only member).
    const groupName =
      i === 1 ? ADMIN_GROUP : numbered(`${TEAMS[i % TEAMS.length]}-team`, i, width(sizes.groups));
    const group: GroupRecord = {
      key: groupName.toLowerCase(),
      groupName,
      groupId: uniqueId('AGPA'),
      arn: `${IAM}:group/${groupName}`,
      path: '/',
      createDate: daysAgo(200 + Math.floor(random() * 200)),
    };
    groups.push(group);
    if (i === 1) {
      attach('group', group.key, 'arn:aws:iam::aws:policy/AdministratorAccess');
      continue;
    }
    attach('group', group.key, (policies[(i * 2) % policies.length] as CustomerPolicyRecord).arn);
    if (i % 3 === 0) attach('group', group.key, 'arn:aws:iam::aws:policy/ReadOnlyAccess');
  }
  stores['groups']!.push(...groups);

  for (let i = 1; i <= sizes.users; i++) {
    const team = TEAMS[i % TEAMS.length] as string;
    const userName = i === 1 ? ADMIN_USER : numbered(`${team}.user`, i, width(sizes.users));
    const user: UserRecord = {
      key: userName.toLowerCase(),
      userName,
      userId: uniqueId('AIDA'),
      arn: `${IAM}:user/${userName}`,
      path: '/',
      createDate: daysAgo(1 + Math.floor(random() * 365)),
      tags: [{ Key: 'team', Value: team }],
      ...(i % 4 === 0 && { passwordLastUsed: daysAgo(Math.floor(random() * 30)) }),
    };
    stores['users']!.push(user);
    // Two team groups each (a user may be in ten); the administrator is in Administrators only.
    const first = 1 + ((i * 7) % (groups.length - 1));
    const second = 1 + ((first + i) % (groups.length - 1));
    for (const index of i === 1 ? [0] : new Set([first, second])) {
      stores['memberships']!.push({
        userKey: user.key,
        groupKey: (groups[index] as GroupRecord).key,
        createDate: daysAgo(1),
      } satisfies MembershipRecord);
    }
    if (i % 5 === 0) attach('user', user.key, pick(policies).arn);
    if (i % 3 === 0) {
      stores['accessKeys']!.push({
        accessKeyId: uniqueId('AKIA'),
        userKey: user.key,
        userName,
        status: i % 6 === 0 ? 'Inactive' : 'Active',
        createDate: daysAgo(Math.floor(random() * 200)),
      } satisfies AccessKeyRecord);
    }
  }

  stores['roles']!.push(...serviceLinkedRoles(uniqueId, daysAgo(400)));
  for (const slr of SERVICE_LINKED) attach('role', slr.name.toLowerCase(), slr.policyArn);
  for (let i = 1; i <= sizes.roles - SERVICE_LINKED.length; i++) {
    const team = TEAMS[i % TEAMS.length] as string;
    const forEc2 = i % 2 === 0;
    const roleName = numbered(`${team}-${forEc2 ? 'ec2' : 'admin'}-role`, i, width(sizes.roles));
    const role: RoleRecord = {
      key: roleName.toLowerCase(),
      roleName,
      roleId: uniqueId('AROA'),
      arn: `${IAM}:role/${roleName}`,
      path: '/',
      description: forEc2 ? `Instances of the ${team} team` : `Administration by the ${team} team`,
      assumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: forEc2 ? { Service: 'ec2.amazonaws.com' } : { AWS: `${IAM}:root` },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
      maxSessionDuration: 3600,
      createDate: daysAgo(1 + Math.floor(random() * 300)),
      tags: [],
    };
    stores['roles']!.push(role);
    attach('role', role.key, pick(policies).arn);
  }

  const buckets: BucketRecord[] = [];
  for (let i = 0; i < sizes.buckets; i++) {
    const team = TEAMS[i % TEAMS.length] as string;
    const name =
      i < TEAMS.length ? `lab-${team}-${LAB_ACCOUNT_ID}` : `lab-${team}-${i}-${LAB_ACCOUNT_ID}`;
    buckets.push({ name, region: LAB_REGION, creationDate: daysAgo(300) });
  }
  stores['buckets']!.push(...buckets);
  const encoder = new TextEncoder();
  for (let i = 0; i < sizes.objects; i++) {
    const bucket = buckets[i % buckets.length] as BucketRecord;
    const n = Math.floor(i / buckets.length);
    // Mostly at the bucket's top level, where the console lists them; every tenth in a folder.
    const key = `${n % 10 === 9 ? 'archive/' : ''}${numbered('report', n, 5)}.csv`;
    const body = encoder.encode(`id,value\n${i},${Math.floor(random() * 1000)}\n`);
    stores['objects']!.push({
      bucket: bucket.name,
      key,
      body: base64(body),
      contentType: 'text/csv',
      size: body.byteLength,
      etag: `"${contentHash(body)}"`,
      lastModified: daysAgo(Math.floor(random() * 100)),
      serverSideEncryption: 'AES256',
    });
  }

  for (let i = 1; i <= sizes.instances; i++) {
    const team = TEAMS[i % TEAMS.length] as string;
    const name = numbered(`${team}-server`, i, width(sizes.instances));
    const zone = 'abcdef'[i % 6] as string;
    stores['instances']!.push({
      instanceId: `i-${(0x1000000000000 + i * 7919).toString(16).padStart(17, '0')}`,
      name,
      instanceType: pick(['t3.micro', 't3.small', 'm5.large']),
      imageId: 'ami-0c02fb55956c7d316',
      region: LAB_REGION,
      availabilityZone: `${LAB_REGION}${zone}`,
      launchTime: daysAgo(Math.floor(random() * 60)),
      privateIpAddress: `172.31.${1 + (i >> 8)}.${10 + (i % 240)}`,
      state: i % 3 === 0 ? 'stopped' : 'running',
      tags: [
        { Key: 'Name', Value: name },
        { Key: 'team', Value: team },
      ],
      platform: 'Linux/UNIX',
    } satisfies InstanceRecord);
  }

  return JSON.stringify({
    format: 'iam-console-lab',
    version: 1,
    exportedAt: new Date(nowMs).toISOString(),
    name: options.name ?? 'Large lab',
    lab: { schemaVersion: LAB_DB_VERSION, stores },
  });
}
