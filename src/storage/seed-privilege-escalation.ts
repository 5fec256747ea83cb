// The "Privilege escalation" scenario: two well-known escalation paths. intern may pass any role
// (iam:PassRole) and launch instances, so they can start an instance with ec2-admin-role, which has
// AdministratorAccess; tools-dev may create versions of DevToolsPolicy, a policy attached to
// themselves, so they can rewrite it to allow everything. Only admin-1 (group Admins) should.

import { LAB_ACCOUNT_ID } from './lab-constants';
import type { LabWriteTx } from './schema';
import { seedBlankLab } from './seed-blank-lab';
import {
  EC2_TRUST_POLICY,
  managedPolicyArn,
  policyJson,
  seedAttachment,
  seedCustomerPolicy,
  seedGroup,
  seedInlinePolicy,
  seedRole,
  seedScope,
  seedUser,
} from './seed-support';
import type { PasswordHash } from './types';

export const PRIVILEGE_ESCALATION_ID = 'privilege-escalation';
export const ADMIN_ROLE = 'ec2-admin-role';
export const DEV_TOOLS_POLICY = 'DevToolsPolicy';
export const DEV_TOOLS_POLICY_ARN = `arn:aws:iam::${LAB_ACCOUNT_ID}:policy/${DEV_TOOLS_POLICY}`;

export const INTERN_POLICY = policyJson([
  {
    Sid: 'LaunchInstances',
    Effect: 'Allow',
    Action: ['ec2:RunInstances', 'ec2:CreateTags', 'ec2:Describe*'],
    Resource: '*',
  },
  {
    Sid: 'PassAnyRole',
    Effect: 'Allow',
    Action: ['iam:PassRole', 'iam:ListInstanceProfiles'],
    Resource: '*',
  },
]);

export const TOOLS_DEV_POLICY = policyJson([
  {
    Sid: 'ManageOwnToolsPolicy',
    Effect: 'Allow',
    Action: [
      'iam:CreatePolicyVersion',
      'iam:GetPolicy',
      'iam:GetPolicyVersion',
      'iam:ListPolicyVersions',
    ],
    Resource: DEV_TOOLS_POLICY_ARN,
  },
  { Sid: 'BrowsePolicies', Effect: 'Allow', Action: ['iam:ListPolicies'], Resource: '*' },
]);

export async function seedPrivilegeEscalation(
  tx: LabWriteTx,
  password: PasswordHash,
): Promise<void> {
  await seedBlankLab(tx, PRIVILEGE_ESCALATION_ID);
  const s = seedScope(tx);
  await seedUser(s, 'admin-1', { password });
  await seedGroup(s, 'Admins', ['admin-1'], [managedPolicyArn('AdministratorAccess')]);
  await seedUser(s, 'intern', { password });
  await seedInlinePolicy(s, 'user', 'intern', 'LaunchWithAnyRole', INTERN_POLICY);
  await seedRole(s, ADMIN_ROLE, {
    description: 'Administrator access for maintenance instances.',
    trustPolicy: EC2_TRUST_POLICY,
    policyArns: [managedPolicyArn('AdministratorAccess')],
    instanceProfile: true,
  });
  await seedUser(s, 'tools-dev', { password });
  const tools = await seedCustomerPolicy(
    s,
    DEV_TOOLS_POLICY,
    'Read access to CloudWatch for the developer tools.',
    policyJson([
      { Effect: 'Allow', Action: ['cloudwatch:Get*', 'cloudwatch:List*'], Resource: '*' },
    ]),
  );
  await seedAttachment(s, 'user', 'tools-dev', tools);
  await seedInlinePolicy(s, 'user', 'tools-dev', 'ManageDevTools', TOOLS_DEV_POLICY);
}
