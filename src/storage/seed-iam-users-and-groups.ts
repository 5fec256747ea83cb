// The "IAM users and groups" scenario: the result of the walkthrough's steps 1 and 2 (users
// user-1/2/3 with console passwords, groups S3-Support, EC2-Support and EC2-Admin), plus one
// bucket with a few objects and two running instances.

import { contentHash } from '@/lib/content-hash';
import { newInstanceId, newPrivateIp, newUniqueId } from './ids';
import { LAB_ACCOUNT_ID, LAB_PRINCIPAL, LAB_REGION } from './lab-constants';
import { putRecord, type ChangeMeta } from './record-store';
import type { LabWriteTx } from './schema';
import { seedBlankLab } from './seed-blank-lab';
import type { PasswordHash } from './types';

export const SCENARIO_ID = 'iam-users-and-groups';
/** The console password of every scenario user (the classic AWS lab's). */
export const SCENARIO_PASSWORD = 'Lab-Password1';
export const SCENARIO_BUCKET = 'lab-reports-123456789012';

const IAM = `arn:aws:iam::${LAB_ACCOUNT_ID}`;

export const EC2_ADMIN_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['ec2:Describe*', 'ec2:StartInstances', 'ec2:StopInstances'],
        Resource: '*',
      },
    ],
  },
  null,
  4,
);

const GROUPS = [
  { name: 'S3-Support', member: 'user-1', policy: 'AmazonS3ReadOnlyAccess' },
  { name: 'EC2-Support', member: 'user-2', policy: 'AmazonEC2ReadOnlyAccess' },
  { name: 'EC2-Admin', member: 'user-3', policy: undefined },
] as const;

const OBJECTS: ReadonlyArray<{ key: string; contentType: string; text: string }> = [
  {
    key: 'report-2026-q1.csv',
    contentType: 'text/csv',
    text: 'month,sales\nJan,120\nFeb,135\nMar,150\n',
  },
  {
    key: 'readme.txt',
    contentType: 'text/plain',
    text: 'Quarterly reports for the support team.\n',
  },
  {
    key: 'notes/meeting.txt',
    contentType: 'text/plain',
    text: 'Review access with the EC2 admins.\n',
  },
];

/** Writes the scenario into an emptied lab. `password` is the PBKDF2 hash of SCENARIO_PASSWORD. */
export async function seedIamUsersAndGroups(tx: LabWriteTx, password: PasswordHash): Promise<void> {
  await seedBlankLab(tx, SCENARIO_ID);
  const nowMs = Date.now();
  const time = new Date(nowMs).toISOString();
  const meta: ChangeMeta = { principalArn: LAB_PRINCIPAL, operation: 'LoadScenario', time };
  for (const userName of ['user-1', 'user-2', 'user-3']) {
    const key = userName;
    await putRecord(
      tx,
      'users',
      {
        key,
        userName,
        userId: newUniqueId('AIDA'),
        arn: `${IAM}:user/${userName}`,
        path: '/',
        createDate: time,
        tags: [],
      },
      meta,
    );
    await putRecord(
      tx,
      'loginProfiles',
      { key, userName, createDate: time, passwordResetRequired: false, password },
      meta,
    );
  }
  for (const group of GROUPS) {
    const key = group.name.toLowerCase();
    await putRecord(
      tx,
      'groups',
      {
        key,
        groupName: group.name,
        groupId: newUniqueId('AGPA'),
        arn: `${IAM}:group/${group.name}`,
        path: '/',
        createDate: time,
      },
      meta,
    );
    await putRecord(
      tx,
      'memberships',
      { userKey: group.member, groupKey: key, createDate: time },
      meta,
    );
    if (group.policy) {
      const policyArn = `arn:aws:iam::aws:policy/${group.policy}`;
      await putRecord(
        tx,
        'attachments',
        { principalKind: 'group', principalKey: key, policyArn, createDate: time },
        meta,
      );
    }
  }
  await putRecord(
    tx,
    'inlinePolicies',
    {
      principalKind: 'group',
      principalKey: 'ec2-admin',
      policyName: 'EC2-Admin-Policy',
      document: EC2_ADMIN_POLICY,
      size: EC2_ADMIN_POLICY.replace(/\s/g, '').length,
      createDate: time,
      updateDate: time,
    },
    meta,
  );
  await putRecord(
    tx,
    'buckets',
    { name: SCENARIO_BUCKET, region: LAB_REGION, creationDate: time },
    meta,
  );
  for (const object of OBJECTS) {
    const body = new TextEncoder().encode(object.text);
    await putRecord(
      tx,
      'objects',
      {
        bucket: SCENARIO_BUCKET,
        key: object.key,
        body,
        contentType: object.contentType,
        size: body.byteLength,
        etag: `"${contentHash(body)}"`,
        lastModified: time,
      },
      meta,
    );
  }
  for (const name of ['web-server-1', 'web-server-2']) {
    await putRecord(
      tx,
      'instances',
      {
        instanceId: newInstanceId(),
        name,
        instanceType: 't3.micro',
        imageId: 'ami-0c02fb55956c7d316',
        region: LAB_REGION,
        availabilityZone: `${LAB_REGION}a`,
        launchTime: time,
        privateIpAddress: newPrivateIp(),
        state: 'running',
        tags: [{ Key: 'Name', Value: name }],
      },
      meta,
    );
  }
}
