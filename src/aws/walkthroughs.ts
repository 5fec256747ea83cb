// The built-in walkthroughs, one per built-in scenario, each following its tutorial. Every step's
// check passes only once the learner has done the step: a fact the scenario does not start with,
// or a call the learner made since the step began.

import { BILLING_BUCKET } from '@/storage/seed-small-company';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import {
  ADMIN_ROLE,
  DEV_TOOLS_POLICY,
  DEV_TOOLS_POLICY_ARN,
} from '@/storage/seed-privilege-escalation';
import { INSTANCE_ROLE, SWITCH_ROLE } from '@/storage/seed-roles';
import { walkthroughSchema, type Walkthrough } from '@/storage/walkthrough-schema';

const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess';

const FIRST_STEPS: Walkthrough = {
  id: 'first-steps',
  title: 'First steps: an administrator instead of root',
  scenarioId: 'blank',
  intro:
    'AWS recommends that you use the root user only for the few tasks that need it. In this walkthrough you create an Admins group and an administrative IAM user, and from then on work as that user.',
  steps: [
    {
      id: 'create-admins-group',
      title: 'Create the Admins group',
      text: 'In the navigation pane, choose **IAM user groups**, then choose **Create group**.\n\nFor **User group name**, enter Admins. Under **Attach permissions policies**, select **AdministratorAccess**, then choose **Create user group**.',
      hints: [
        'The policy list is long: type AdministratorAccess in the search field above it.',
        'Select the check box of the policy named exactly AdministratorAccess, not one of the longer names.',
      ],
      check: {
        kind: 'all',
        checks: [
          { kind: 'exists', entity: 'group', name: 'Admins' },
          { kind: 'policyAttached', principal: { group: 'Admins' }, policyArn: ADMIN_POLICY },
        ],
      },
    },
    {
      id: 'create-admin-user',
      title: 'Create an administrative user',
      text: 'Choose **IAM users**, then **Create user**. For **User name**, enter admin-1 and select **Provide user access to the AWS Management Console**.\n\nOn **Set permissions**, choose **Add user to group** and select Admins. Review, then choose **Create user**.',
      hints: [
        'Choose "I want to create an IAM user" when the console asks what kind of access to give.',
        'The user gets its permissions from the group: admin-1 can then do what root did, except the tasks only root can do.',
      ],
      check: {
        kind: 'all',
        checks: [
          { kind: 'consoleAccess', user: 'admin-1' },
          { kind: 'member', user: 'admin-1', group: 'Admins' },
          {
            kind: 'decision',
            principal: { user: 'admin-1' },
            action: 'iam:CreateUser',
            expect: 'allowed',
          },
        ],
      },
    },
  ],
};

const INSTANCE_ARN = `arn:aws:ec2:us-east-1:${LAB_ACCOUNT_ID}:instance/*`;

const USERS_AND_GROUPS: Walkthrough = {
  id: 'iam-users-and-groups',
  title: 'Test the permissions of users in groups',
  scenarioId: 'iam-users-and-groups',
  intro:
    'user-1, user-2 and user-3 are in the groups S3-Support, EC2-Support and EC2-Admin. You sign in as each of them to see what their group allows, then move user-2 into EC2-Admin.',
  steps: [
    {
      id: 'try-stop-as-user-2',
      title: 'Try to stop an instance as user-2',
      text: 'Open the identity menu and choose **Switch to user**, then user-2. In EC2, choose **Instances**, select web-server-1 and choose **Instance state**, **Stop instance**.\n\nuser-2 is in EC2-Support: it can view the instances, but the stop fails.',
      hints: [
        'AmazonEC2ReadOnlyAccess allows ec2:Describe* only.',
        'The error names the action that was denied: ec2:StopInstances.',
      ],
      check: {
        kind: 'all',
        checks: [
          {
            kind: 'callMade',
            caller: { user: 'user-2' },
            action: 'ec2:StopInstances',
            outcome: 'denied',
          },
          {
            kind: 'decision',
            principal: { user: 'user-2' },
            action: 'ec2:DescribeInstances',
            expect: 'allowed',
          },
          {
            kind: 'decision',
            principal: { user: 'user-2' },
            action: 'ec2:StopInstances',
            resource: INSTANCE_ARN,
            expect: 'denied',
          },
        ],
      },
    },
    {
      id: 'add-user-2-to-ec2-admin',
      title: 'Add user-2 to EC2-Admin',
      text: 'Switch back to the root user. Choose **IAM user groups**, then EC2-Admin. On the **Users** tab choose **Add users**, select user-2 and choose **Add users**.',
      hints: [
        'The identity menu offers **Switch back** to root.',
        "EC2-Admin's inline policy allows ec2:StartInstances and ec2:StopInstances.",
      ],
      check: {
        kind: 'all',
        checks: [
          { kind: 'member', user: 'user-2', group: 'EC2-Admin' },
          {
            kind: 'decision',
            principal: { user: 'user-2' },
            action: 'ec2:StopInstances',
            resource: INSTANCE_ARN,
            expect: 'allowed',
          },
        ],
      },
    },
    {
      id: 'stop-as-user-2',
      title: 'Stop the instance as user-2',
      text: 'Switch to user-2 again and stop web-server-1. This time it stops.',
      hints: ['Policies take effect at once: no sign-out is needed.'],
      check: {
        kind: 'callMade',
        caller: { user: 'user-2' },
        action: 'ec2:StopInstances',
        outcome: 'allowed',
      },
    },
  ],
};

const SMALL_COMPANY: Walkthrough = {
  id: 'small-company',
  title: 'Run the IAM users of a small company',
  scenarioId: 'small-company',
  intro: `Each person has a user in the group for their job. Mary, the accountant, may only read ${BILLING_BUCKET}; Peter in sales needs no AWS access and so has no user. You add a new web developer and remove one who left.`,
  steps: [
    {
      id: 'add-web-developer',
      title: 'Add a new web developer',
      text: 'Choose **IAM users**, then **Create user**. For **User name**, enter Alex and select **Provide user access to the AWS Management Console**.\n\nOn **Set permissions**, choose **Add user to group** and select WebDevelopers, then create the user.',
      hints: [
        'Give permissions through the group, not to Alex directly: the group already has them.',
      ],
      check: {
        kind: 'all',
        checks: [
          { kind: 'consoleAccess', user: 'Alex' },
          { kind: 'member', user: 'Alex', group: 'WebDevelopers' },
          {
            kind: 'decision',
            principal: { user: 'Alex' },
            action: 's3:PutObject',
            resource: `arn:aws:s3:::web-assets-${LAB_ACCOUNT_ID}/index.html`,
            expect: 'allowed',
          },
        ],
      },
    },
    {
      id: 'remove-maria',
      title: 'Maria leaves the company',
      text: 'Choose **IAM users**, select Maria and choose **Delete**. Confirm by entering her user name.',
      hints: ['Deleting a user removes it from its groups and deletes its console password too.'],
      check: { kind: 'not', check: { kind: 'exists', entity: 'user', name: 'Maria' } },
    },
  ],
};

const BEST_PRACTICES: Walkthrough = {
  id: 'best-practices',
  title: 'Put the IAM security best practices in place',
  scenarioId: 'best-practices',
  intro:
    'The Dashboard lists security recommendations for this account. You fix what it and the IAM best practices point out: permissions given directly to a user, an access key nobody uses and an old password.',
  steps: [
    {
      id: 'permissions-through-groups',
      title: 'Give dev-admin its permissions through a group',
      text: 'Open the user dev-admin. On **Groups**, choose **Add user to groups** and select Admins.\n\nThen on **Permissions**, select AdministratorAccess and choose **Remove**.',
      hints: ['Add the group first, so dev-admin never loses access.'],
      check: {
        kind: 'all',
        checks: [
          { kind: 'member', user: 'dev-admin', group: 'Admins' },
          { kind: 'not', check: { kind: 'hasDirectPolicies', user: 'dev-admin' } },
          {
            kind: 'decision',
            principal: { user: 'dev-admin' },
            action: 'iam:CreateUser',
            expect: 'allowed',
          },
        ],
      },
    },
    {
      id: 'unused-access-key',
      title: "Deactivate build-bot's unused access key",
      text: 'Open the user build-bot and choose **Security credentials**. Under **Access keys**, choose **Actions**, **Deactivate** for the key that was never used.',
      hints: [
        'An unused key is a risk with no benefit: deactivate it, and delete it once nothing breaks.',
      ],
      check: {
        kind: 'not',
        check: { kind: 'accessKeyStatus', user: 'build-bot', status: 'Active' },
      },
    },
    {
      id: 'password-reset',
      title: 'Make carol choose a new password',
      text: 'Open the user carol and choose **Security credentials**. Under **Console sign-in**, choose **Manage console access**, keep **Enable**, choose **Autogenerated password** and select **User must create new password at next sign-in**.',
      hints: ["carol's password is more than a year old."],
      check: { kind: 'passwordResetRequired', user: 'carol' },
    },
  ],
};

const ROLES: Walkthrough = {
  id: 'roles',
  title: 'Use an EC2 instance role and switch roles',
  scenarioId: 'roles',
  intro: `The instance app-server runs with ${INSTANCE_ROLE}: code on it gets temporary credentials of a session of the role. dev-1 may switch to ${SWITCH_ROLE} for read-only work on EC2.`,
  steps: [
    {
      id: 'act-as-instance-role',
      title: "Act as the instance's role",
      text: "In EC2, choose **Instances**, then app-server. Choose **Actions**, **Security**, **Act as this instance's role**.\n\nThen open S3: the role's AmazonS3ReadOnlyAccess lets the session list the buckets.",
      hints: [
        `The identity menu shows the session: assumed-role/${INSTANCE_ROLE}/ and the instance ID.`,
      ],
      check: {
        kind: 'callMade',
        caller: { role: INSTANCE_ROLE },
        action: 's3:ListAllMyBuckets',
        outcome: 'allowed',
      },
    },
    {
      id: 'switch-role',
      title: `Switch to ${SWITCH_ROLE} as dev-1`,
      text: `Go back to the root user, then switch to user dev-1. Open the identity menu, choose **Switch role**, enter the account 123456789012 and the role ${SWITCH_ROLE}, and choose **Switch Role**.`,
      hints: [
        `dev-1's inline policy allows sts:AssumeRole on ${SWITCH_ROLE}, and the role trusts the account.`,
      ],
      check: {
        kind: 'callMade',
        caller: { user: 'dev-1' },
        action: 'sts:AssumeRole',
        outcome: 'allowed',
      },
    },
  ],
};

const ADMIN_ROLE_ARN = `arn:aws:iam::${LAB_ACCOUNT_ID}:role/${ADMIN_ROLE}`;

const PRIVILEGE_ESCALATION: Walkthrough = {
  id: 'privilege-escalation',
  title: 'Escalate privileges, then close the paths',
  scenarioId: 'privilege-escalation',
  intro:
    'A user who may pass a powerful role to a service, or rewrite a policy attached to themselves, can give themselves more access than they were granted. You use both paths, then close them.',
  steps: [
    {
      id: 'escalate-pass-role',
      title: `Launch an instance with ${ADMIN_ROLE} as intern`,
      text: `Switch to user intern. In EC2, choose **Launch instances**, name it escalation and, under **Advanced details**, choose ${ADMIN_ROLE} as the **IAM instance profile**. Choose **Launch instance**.`,
      hints: [
        'RunInstances with an instance profile also needs iam:PassRole on its role: intern may pass any role.',
        "On the new instance, Act as this instance's role gives intern AdministratorAccess.",
      ],
      check: {
        kind: 'callMade',
        caller: { user: 'intern' },
        action: 'ec2:RunInstances',
        outcome: 'allowed',
      },
    },
    {
      id: 'restrict-pass-role',
      title: 'Only Admins may pass roles',
      text: 'Switch back to the root user. Open the user intern, and on **Permissions** edit the inline policy LaunchWithAnyRole: remove iam:PassRole from it, then choose **Save changes**.',
      hints: ['Keep ec2:RunInstances: launching without a role is fine.'],
      check: {
        kind: 'all',
        checks: [
          {
            kind: 'onlyAllowed',
            action: 'iam:PassRole',
            resource: ADMIN_ROLE_ARN,
            allowedGroup: 'Admins',
          },
          {
            kind: 'decision',
            principal: { user: 'intern' },
            action: 'ec2:RunInstances',
            expect: 'allowed',
          },
        ],
      },
    },
    {
      id: 'escalate-policy-version',
      title: `Rewrite ${DEV_TOOLS_POLICY} as tools-dev`,
      text: `Switch to user tools-dev. In **Policies**, open ${DEV_TOOLS_POLICY} and choose **Edit**. In the **JSON** editor, replace the policy with one that allows "Action": "*" on "Resource": "*", choose **Next**, then **Save changes**.`,
      hints: [
        'tools-dev may create versions of a policy attached to itself. A new version becomes the default when it is saved, without iam:SetDefaultPolicyVersion.',
        'Afterwards tools-dev has every action, for example iam:CreateUser.',
      ],
      check: {
        kind: 'all',
        checks: [
          {
            kind: 'callMade',
            caller: { user: 'tools-dev' },
            action: 'iam:CreatePolicyVersion',
            outcome: 'allowed',
          },
          {
            kind: 'decision',
            principal: { user: 'tools-dev' },
            action: 'iam:CreateUser',
            expect: 'allowed',
          },
        ],
      },
    },
    {
      id: 'restrict-policy-versions',
      title: 'tools-dev may not rewrite its own policy',
      text: `Switch back to the root user. Open the policy ${DEV_TOOLS_POLICY}; on **Policy versions**, select v1 and choose **Set as default**. Then open the user tools-dev; on **Permissions**, select the inline policy ManageDevTools and choose **Remove**.`,
      hints: [
        'With iam:CreatePolicyVersion on a policy attached to themselves, a user can make it allow "*".',
      ],
      check: {
        kind: 'all',
        checks: [
          {
            kind: 'onlyAllowed',
            action: 'iam:CreatePolicyVersion',
            resource: DEV_TOOLS_POLICY_ARN,
            allowedGroup: 'Admins',
          },
          {
            kind: 'decision',
            principal: { user: 'tools-dev' },
            action: 'iam:CreateUser',
            expect: 'implicitDeny',
          },
          { kind: 'exists', entity: 'policy', name: 'DevToolsPolicy' },
        ],
      },
    },
  ],
};

/** Every built-in walkthrough, checked once against the schema. */
export const WALKTHROUGHS: readonly Walkthrough[] = [
  FIRST_STEPS,
  USERS_AND_GROUPS,
  SMALL_COMPANY,
  BEST_PRACTICES,
  ROLES,
  PRIVILEGE_ESCALATION,
].map((w) => walkthroughSchema.parse(w));

export function findWalkthrough(id: string): Walkthrough | undefined {
  return WALKTHROUGHS.find((w) => w.id === id);
}
