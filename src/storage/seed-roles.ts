// The "Roles" scenario: an EC2 instance role (app-server-role, with its instance profile) used by
// the running instance app-server to read the app-data bucket, and a role in the same account,
// ops-readonly, that the user dev-1 may switch to.

import { LAB_ACCOUNT_ID } from './lab-constants';
import type { LabWriteTx } from './schema';
import { seedBlankLab } from './seed-blank-lab';
import {
  ACCOUNT_TRUST_POLICY,
  EC2_TRUST_POLICY,
  managedPolicyArn,
  policyJson,
  seedBucket,
  seedInlinePolicy,
  seedInstance,
  seedRole,
  seedScope,
  seedUser,
} from './seed-support';
import type { PasswordHash } from './types';

export const ROLES_ID = 'roles';
export const INSTANCE_ROLE = 'app-server-role';
export const SWITCH_ROLE = 'ops-readonly';
export const APP_BUCKET = `app-data-${LAB_ACCOUNT_ID}`;

export async function seedRoles(tx: LabWriteTx, password: PasswordHash): Promise<void> {
  await seedBlankLab(tx, ROLES_ID);
  const s = seedScope(tx);
  const profile = await seedRole(s, INSTANCE_ROLE, {
    description: 'Allows EC2 instances to call AWS services on your behalf.',
    trustPolicy: EC2_TRUST_POLICY,
    policyArns: [managedPolicyArn('AmazonS3ReadOnlyAccess')],
    instanceProfile: true,
  });
  await seedInstance(s, 'app-server', profile);
  await seedInstance(s, 'batch-worker');
  await seedRole(s, SWITCH_ROLE, {
    description: 'Read-only access to EC2 for the operations team.',
    trustPolicy: ACCOUNT_TRUST_POLICY,
    policyArns: [managedPolicyArn('AmazonEC2ReadOnlyAccess')],
  });
  await seedUser(s, 'dev-1', { password });
  await seedInlinePolicy(
    s,
    'user',
    'dev-1',
    'AssumeOpsReadOnly',
    policyJson([
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: `arn:aws:iam::${LAB_ACCOUNT_ID}:role/${SWITCH_ROLE}`,
      },
    ]),
  );
  await seedBucket(s, APP_BUCKET, [
    { key: 'config/app.json', contentType: 'application/json', text: '{ "feature": true }\n' },
    { key: 'data/orders.csv', contentType: 'text/csv', text: 'order,total\n1001,42\n' },
  ]);
}
