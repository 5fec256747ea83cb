// The "A small company" scenario (the IAM tutorial's example company): DevOps engineer Sally, web
// developers Maria and John, mobile developer Jane and accountant Mary, each in the group for
// their job; salesperson Peter needs no AWS access, so he has no user.

import { LAB_ACCOUNT_ID } from './lab-constants';
import type { LabWriteTx } from './schema';
import { seedBlankLab } from './seed-blank-lab';
import {
  managedPolicyArn,
  policyJson,
  seedAccessKey,
  seedAttachment,
  seedBucket,
  seedCustomerPolicy,
  seedGroup,
  seedScope,
  seedUser,
} from './seed-support';
import type { PasswordHash } from './types';

export const SMALL_COMPANY_ID = 'small-company';
export const BILLING_BUCKET = `billing-${LAB_ACCOUNT_ID}`;
export const BILLING_POLICY_NAME = 'BillingBucketReadOnly';

export const BILLING_POLICY = policyJson([
  {
    Sid: 'ListBucketsInConsole',
    Effect: 'Allow',
    Action: ['s3:ListAllMyBuckets', 's3:GetBucketLocation'],
    Resource: '*',
  },
  {
    Sid: 'ListBillingBucket',
    Effect: 'Allow',
    Action: 's3:ListBucket',
    Resource: `arn:aws:s3:::${BILLING_BUCKET}`,
  },
  {
    Sid: 'ReadBillingObjects',
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: `arn:aws:s3:::${BILLING_BUCKET}/*`,
  },
]);

/** Group → (members, AWS managed policies). Accountants get the customer managed policy instead. */
export const SMALL_COMPANY_GROUPS: ReadonlyArray<{
  name: string;
  members: readonly string[];
  policies: readonly string[];
}> = [
  {
    name: 'DevOps',
    members: ['Sally'],
    policies: [
      'AdministratorAccess-AWSElasticBeanstalk',
      'AmazonEC2FullAccess',
      'AmazonS3FullAccess',
      'AmazonSQSFullAccess',
    ],
  },
  {
    name: 'WebDevelopers',
    members: ['Maria', 'John'],
    policies: ['AdministratorAccess-AWSElasticBeanstalk', 'AmazonS3FullAccess'],
  },
  { name: 'Mobile', members: ['Jane'], policies: ['AmazonS3FullAccess', 'AmazonCognitoPowerUser'] },
  { name: 'Accountants', members: ['Mary'], policies: [] },
];

export async function seedSmallCompany(tx: LabWriteTx, password: PasswordHash): Promise<void> {
  await seedBlankLab(tx, SMALL_COMPANY_ID);
  const s = seedScope(tx);
  // Console users: a password. Programmatic users: an access key. Sally has both; Jane only a key.
  for (const name of ['Sally', 'Maria', 'John', 'Mary']) await seedUser(s, name, { password });
  await seedUser(s, 'Jane');
  await seedAccessKey(s, 'Sally');
  await seedAccessKey(s, 'Jane');
  for (const group of SMALL_COMPANY_GROUPS) {
    await seedGroup(s, group.name, group.members, group.policies.map(managedPolicyArn));
  }
  const billing = await seedCustomerPolicy(
    s,
    BILLING_POLICY_NAME,
    'Read-only access to the billing bucket, from the S3 console',
    BILLING_POLICY,
  );
  await seedAttachment(s, 'group', 'Accountants', billing);
  await seedBucket(s, BILLING_BUCKET, [
    {
      key: 'invoices/2026-01.csv',
      contentType: 'text/csv',
      text: 'invoice,amount\nINV-101,1200\n',
    },
    { key: 'invoices/2026-02.csv', contentType: 'text/csv', text: 'invoice,amount\nINV-102,980\n' },
    {
      key: 'summary.txt',
      contentType: 'text/plain',
      text: 'Billing summary for the accountants.\n',
    },
  ]);
  await seedBucket(s, `web-assets-${LAB_ACCOUNT_ID}`, [
    { key: 'index.html', contentType: 'text/html', text: '<h1>Example company</h1>\n' },
  ]);
}
