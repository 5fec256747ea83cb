// Policy summaries ("Permissions defined in this policy").
// Sources: UG access_policies_understand-policy-summary (sections, Resource and Request condition
// columns, warnings, the SummaryAllElements example), access_policies_understand-service-summary
// (action rows, "(No access)", resource and condition warnings),
// access_policies_understand-policy-summary-access-level-summaries ("Full access", "Full: List, Read
// Limited: Write"), reference_policies_elements_notaction, and iam-console.md §2.3 and §9.
import { describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../types';
import { loadServiceCatalog } from '../load-service-catalog';
import { loadManagedPolicies } from '../managed-policies';
import { servicesForSummary, servicesInPolicy } from './services-for-summary';
import { summarizePolicy, type PolicySummary, type ServiceSummary } from './summarize-policy';

const catalog: ServiceCatalog = await loadServiceCatalog();
const managed = await loadManagedPolicies();

async function summarize(document: unknown): Promise<PolicySummary> {
  await catalog.loadServices(servicesForSummary(document, catalog));
  return summarizePolicy(document, catalog);
}

/** Service · Access level · Resource · Request condition, as the table shows them. */
function columns(row: ServiceSummary | undefined): string[] | undefined {
  return row && [row.serviceName, row.accessLevel, row.resource, row.condition];
}

const find = (rows: readonly ServiceSummary[], service: string) =>
  rows.find((r) => r.service === service);

describe('AWS managed policies (iam-console.md §9)', () => {
  const summaryOf = (name: string) =>
    summarize(managed.find((p) => p.name === name)?.document ?? {});

  it.each([
    ['AmazonS3FullAccess', 's3', ['S3', 'Full access', 'All resources', 'None']],
    [
      'AmazonS3FullAccess',
      's3-object-lambda',
      ['S3 Object Lambda', 'Full access', 'All resources', 'None'],
    ],
    ['AmazonS3ReadOnlyAccess', 's3', ['S3', 'Full: List Limited: Read', 'All resources', 'None']],
    ['AmazonEC2FullAccess', 'ec2', ['EC2', 'Full access', 'All resources', 'None']],
    [
      'AmazonEC2FullAccess',
      'elasticloadbalancing',
      ['ELB', 'Full access', 'All resources', 'None'],
    ],
    ['AmazonEC2ReadOnlyAccess', 'ec2', ['EC2', 'Limited: List, Read', 'All resources', 'None']],
    ['IAMFullAccess', 'iam', ['IAM', 'Full access', 'All resources', 'None']],
    [
      'IAMFullAccess',
      'organizations',
      ['Organizations', 'Limited: List, Read', 'All resources', 'None'],
    ],
    ['IAMReadOnlyAccess', 'iam', ['IAM', 'Full: List Limited: Read', 'All resources', 'None']],
    ['IAMUserChangePassword', 'iam', ['IAM', 'Limited: Read, Write', 'Multiple', 'None']],
    ['PowerUserAccess', 'iam', ['IAM', 'Limited: List, Write', 'All resources', 'None']],
    ['PowerUserAccess', 'ec2', ['EC2', 'Full access', 'All resources', 'None']],
    [
      'PowerUserAccess',
      'organizations',
      ['Organizations', 'Limited: Read', 'All resources', 'None'],
    ],
    ['ReadOnlyAccess', 's3', ['S3', 'Full: List Limited: Read', 'All resources', 'None']],
    ['AdministratorAccess', 'sts', ['STS', 'Full access', 'All resources', 'None']],
  ])('%s: %s row', async (policy, service, expected) => {
    const summary = await summaryOf(policy);
    expect(columns(find(summary.allow, service))).toEqual(expected);
    expect(summary.explicitDeny).toEqual([]);
    expect(summary.problems).toEqual([]);
  });

  it('AdministratorAccess allows every service in full', async () => {
    const summary = await summaryOf('AdministratorAccess');
    expect(summary.allow.length).toBe(summary.totalServices);
    expect(summary.allow.every((r) => r.accessLevel === 'Full access')).toBe(true);
    expect(summary.servicesNotLoaded).toEqual([]);
  });

  it('AmazonEC2FullAccess: IAM limited by the iam:AWSServiceName condition', async () => {
    const iam = find((await summaryOf('AmazonEC2FullAccess')).allow, 'iam');
    expect(iam?.accessLevel).toBe('Limited: Write');
    expect(iam?.condition).toBe(
      'iam:AWSServiceName | string equals | autoscaling.amazonaws.com, ec2scheduled.amazonaws.com, ' +
        'elasticloadbalancing.amazonaws.com, spot.amazonaws.com, spotfleet.amazonaws.com, ' +
        'transitgateway.amazonaws.com',
    );
    expect(iam?.conditionWarning).toBeUndefined();
    expect(iam?.actions.map((a) => a.action)).toEqual(['iam:CreateServiceLinkedRole']);
  });

  it('PowerUserAccess (NotAction) leaves IAM to its second statement', async () => {
    const iam = find((await summaryOf('PowerUserAccess')).allow, 'iam');
    expect(iam?.actions.map((a) => a.action).sort()).toEqual([
      'iam:CreateServiceLinkedRole',
      'iam:DeleteServiceLinkedRole',
      'iam:ListRoles',
    ]);
  });

  it('IAMUserChangePassword: the service summary per action', async () => {
    const iam = find((await summaryOf('IAMUserChangePassword')).allow, 'iam');
    expect(iam?.actions).toEqual([
      {
        action: 'iam:GetAccountPasswordPolicy',
        name: 'GetAccountPasswordPolicy',
        accessLevel: 'Read',
        grantsAccess: true,
        resource: 'All resources',
        condition: 'None',
      },
      {
        action: 'iam:ChangePassword',
        name: 'ChangePassword',
        accessLevel: 'Write',
        grantsAccess: true,
        resource: 'Multiple',
        condition: 'None',
      },
    ]);
    expect(iam?.accessLevels.find((l) => l.level === 'Write')?.granted).toBe(1);
  });

  it('ReadOnlyAccess grants no Write, Permissions management or Tagging in S3, EC2 and IAM', async () => {
    const summary = await summaryOf('ReadOnlyAccess');
    for (const service of ['s3', 'ec2', 'iam']) {
      expect(find(summary.allow, service)?.accessLevel).not.toMatch(/Write|Permissions|Tagging/);
    }
    // Services retired from the reference land under "Uncategorized services".
    expect(summary.uncategorized.map((u) => u.service)).toContain('deepcomposer');
  });
});

describe('the SummaryAllElements example (UG access_policies_understand-policy-summary)', () => {
  const document = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['aws-portal:ViewBilling', 'aws-portal:ModifyAccount'],
        Resource: ['*'],
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      },
      {
        Effect: 'Deny',
        Action: ['s3:*'],
        Resource: ['arn:aws:s3:::customer', 'arn:aws:s3:::customer/*'],
      },
      { Effect: 'Allow', Action: ['ec2:GetConsoleScreenshots'], Resource: ['*'] },
      {
        Effect: 'Allow',
        Action: ['codedploy:*', 'codecommit:*'],
        Resource: [
          'arn:aws:codedeploy:us-west-2:123456789012:deploymentgroup:*',
          'arn:aws:codebuild:us-east-1:123456789012:project/my-demo-project',
        ],
      },
      {
        Effect: 'Allow',
        Action: [
          's3:ListAllMyBuckets',
          's3:GetObject',
          's3:DeletObject',
          's3:PutObject',
          's3:PutObjectAcl',
        ],
        Resource: [
          'arn:aws:s3:::developer_bucket',
          'arn:aws:s3:::developer_bucket/*',
          'arn:aws:autoscling:us-east-2:123456789012:autoscalgrp',
        ],
        Condition: {
          StringEquals: { 's3:x-amz-acl': ['public-read'], 's3:prefix': ['custom', 'other'] },
        },
      },
    ],
  };

  it.each([
    [
      'allow',
      'aws-portal',
      [
        'Billing',
        'Limited: Read, Write',
        'All resources',
        'aws:SourceIp | ip address | 203.0.113.0/24',
      ],
      {},
    ],
    [
      'explicitDeny',
      's3',
      ['S3', 'Full access', 'Multiple', 'None'],
      { resourceWarning: 'One or more actions do not have an applicable resource.' },
    ],
    [
      'allow',
      's3',
      [
        'S3',
        'Limited: Read, Write, Permissions management',
        'arn:aws:s3:::developer_bucket/*',
        's3:x-amz-acl | string equals | public-read',
      ],
      {
        resourceWarning: 'One or more resources do not have an applicable action.',
        conditionWarning: 'One or more conditions do not have an applicable action.',
        unrecognizedActions: ['DeletObject'],
      },
    ],
    [
      'allow',
      'ec2',
      ['EC2', 'None', 'All resources', 'None'],
      { unrecognizedActions: ['GetConsoleScreenshots'] },
    ],
    [
      'allow',
      'codecommit',
      ['CodeCommit', 'None', '', 'None'],
      { resourceWarning: 'No resources are defined.' },
    ],
    [
      'allow',
      'codebuild',
      [
        'CodeBuild',
        'None',
        'arn:aws:codebuild:us-east-1:123456789012:project/my-demo-project',
        'None',
      ],
      { accessLevelWarning: 'No actions are defined.' },
    ],
  ] as const)('%s %s', async (section, service, expected, extra) => {
    const summary = await summarize(document);
    const row = find(section === 'allow' ? summary.allow : summary.explicitDeny, service);
    expect(columns(row)).toEqual(expected);
    expect(row).toEqual(expect.objectContaining(extra));
  });

  it('puts the misspelled codedploy under Uncategorized services', async () => {
    expect((await summarize(document)).uncategorized).toEqual([
      {
        service: 'codedploy',
        effect: 'Allow',
        actions: ['*'],
        resource: 'Multiple',
        condition: 'None',
      },
    ]);
  });

  it('explains s3:ListAllMyBuckets and s3:GetObject in the S3 service summary', async () => {
    const s3 = find((await summarize(document)).allow, 's3');
    const action = (name: string) => s3?.actions.find((a) => a.name === name);
    expect(action('ListAllMyBuckets')).toEqual(
      expect.objectContaining({
        grantsAccess: false,
        resourceWarning: 'This action does not have an applicable resource and condition.',
      }),
    );
    expect(action('GetObject')).toEqual(
      expect.objectContaining({
        grantsAccess: true,
        resource: 'arn:aws:s3:::developer_bucket/*',
        conditionWarning: 'Multiple condition keys are not supported for this action.',
      }),
    );
  });
});

describe('hand-written policies', () => {
  const allow = (statement: Record<string, unknown>) => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', ...statement }],
  });

  it.each([
    [
      'EC2-Admin inline policy (iam-console.md §9)',
      allow({
        Action: ['ec2:Describe*', 'ec2:StartInstances', 'ec2:StopInstances'],
        Resource: '*',
      }),
      'ec2',
      ['EC2', 'Limited: List, Write', 'All resources', 'None'],
    ],
    [
      'one bucket',
      allow({ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::lab-bucket' }),
      's3',
      ['S3', 'Limited: List', 'arn:aws:s3:::lab-bucket', 'None'],
    ],
    [
      'wildcard service part',
      allow({ Action: 's3*:Get*', Resource: '*' }),
      's3-object-lambda',
      ['S3 Object Lambda', 'Full: Read', 'All resources', 'None'],
    ],
    [
      'several conditions',
      allow({
        Action: 's3:GetObject',
        Resource: '*',
        Condition: {
          Bool: { 'aws:SecureTransport': 'true' },
          IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] },
        },
      }),
      's3',
      ['S3', 'Limited: Read', 'All resources', 'Multiple'],
    ],
    [
      'NotResource',
      allow({ Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }),
      's3',
      ['S3', 'Limited: Read', 'All resources except arn:aws:s3:::secret/*', 'None'],
    ],
    [
      'case-insensitive actions',
      allow({ Action: 'S3:getobject', Resource: '*' }),
      's3',
      ['S3', 'Limited: Read', 'All resources', 'None'],
    ],
  ])('%s', async (_name, document, service, expected) => {
    expect(columns(find((await summarize(document)).allow, service))).toEqual(expected);
  });

  it('s3:ListBucket on "bucket/*" has no applicable resource', async () => {
    const s3 = find(
      (
        await summarize(
          allow({ Action: ['s3:ListBucket', 's3:GetObject'], Resource: 'arn:aws:s3:::b/*' }),
        )
      ).allow,
      's3',
    );
    expect(s3?.resourceWarning).toBe('One or more actions do not have an applicable resource.');
    expect(s3?.accessLevel).toBe('Limited: List, Read');
    expect(s3?.actions.find((a) => a.name === 'ListBucket')).toEqual(
      expect.objectContaining({
        grantsAccess: false,
        resourceWarning: 'This action does not have an applicable resource.',
      }),
    );
  });

  it('an action without resource-level permissions needs "*"', async () => {
    const s3 = find(
      (await summarize(allow({ Action: 's3:ListAllMyBuckets', Resource: 'arn:aws:s3:::b' }))).allow,
      's3',
    );
    // It grants nothing, so the service provides no permissions.
    expect(s3?.accessLevel).toBe('None');
    expect(s3?.resourceWarning).toBe('No resources are defined.');
    expect(s3?.actions[0]?.resourceWarning).toBe(
      'This action does not support resource-level permissions. This requires a wildcard (*) for the resource.',
    );
  });

  it('NotAction expands against the catalog (UG reference_policies_elements_notaction)', async () => {
    const summary = await summarize(allow({ NotAction: ['iam:*', 's3:Delete*'], Resource: '*' }));
    expect(find(summary.allow, 'iam')).toBeUndefined();
    expect(find(summary.allow, 'ec2')?.accessLevel).toBe('Full access');
    const s3 = find(summary.allow, 's3');
    expect(s3?.accessLevel).toMatch(/^Full: .*Limited: Write/);
    expect(s3?.actions.some((a) => a.name.startsWith('Delete'))).toBe(false);
  });

  it('a Deny goes under Explicit deny, beside the Allow of the same service', async () => {
    const summary = await summarize({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        {
          Effect: 'Deny',
          Action: 's3:DeleteObject',
          Resource: 'arn:aws:s3:::prod/*',
          Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'ops' } },
        },
      ],
    });
    expect(columns(find(summary.allow, 's3'))).toEqual([
      'S3',
      'Full access',
      'All resources',
      'None',
    ]);
    expect(columns(find(summary.explicitDeny, 's3'))).toEqual([
      'S3',
      'Limited: Write',
      'arn:aws:s3:::prod/*',
      'aws:PrincipalTag/team | string not equals | ops',
    ]);
  });

  it('counts covered actions per access level for the service summary header', async () => {
    const s3 = find((await summarize(allow({ Action: 's3:Get*', Resource: '*' }))).allow, 's3');
    const read = s3?.accessLevels.find((l) => l.level === 'Read');
    expect(read?.granted).toBe(
      catalog.expandActionPattern('s3:Get*').filter((a) => a.accessLevel === 'Read').length,
    );
    expect(read?.total).toBe(
      catalog.actionsOf('s3').filter((a) => a.accessLevel === 'Read').length,
    );
  });

  it('accepts Version 2008-10-17 and a missing Version alike', async () => {
    const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
    const a = await summarize({ Version: '2008-10-17', Statement: statement });
    const b = await summarize({ Statement: [statement] });
    expect(a.allow).toEqual(b.allow);
  });
});

describe('bad input never throws (issue 2 "Bad input")', () => {
  it.each([
    ['not JSON', '{"Statement": ['],
    ['a number', 42],
    ['null', null],
    ['an array', []],
    ['Statement as a number', { Statement: 5 }],
    ['Action as an object', { Statement: [{ Effect: 'Allow', Action: { s3: 1 }, Resource: '*' }] }],
    ['Effect missing', { Statement: [{ Action: 's3:*', Resource: '*' }] }],
    [
      'both Action and NotAction',
      { Statement: [{ Effect: 'Allow', Action: '*', NotAction: '*' }] },
    ],
    [
      'regex metacharacters',
      { Statement: [{ Effect: 'Allow', Action: 's3:(.*)+[', Resource: 'arn:aws:s3:::(a+)+$' }] },
    ],
    [
      '__proto__ keys',
      JSON.parse(
        '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"__proto__":{"constructor":"x"}}}]}',
      ) as unknown,
    ],
    ['deep nesting', `${'['.repeat(10000)}${']'.repeat(10000)}`],
  ])('%s', (_name, document) => {
    const summary = summarizePolicy(document, catalog);
    expect(summary.allow.every((r) => typeof r.accessLevel === 'string')).toBe(true);
  });

  it('reports what it skipped', () => {
    expect(summarizePolicy('{', catalog).problems).toEqual([
      'The policy document is not a JSON object.',
    ]);
    expect(
      summarizePolicy({ Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }] }, catalog)
        .problems,
    ).toEqual(['Statement 1: Effect must be Allow or Deny.']);
  });

  it('a 1 MB document of actions stays fast', () => {
    const actions = Array.from({ length: 40000 }, (_, k) => `s3:GetObject${k}`);
    const started = performance.now();
    const summary = summarizePolicy(
      { Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] },
      catalog,
    );
    expect(find(summary.allow, 's3')?.unrecognizedActions.length).toBe(40000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('which services to load', () => {
  it.each([
    [
      'Resource "*" needs no details',
      { Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } },
      [],
    ],
    [
      'specific resources',
      {
        Statement: {
          Effect: 'Allow',
          Action: ['s3:GetObject', 'ec2:StopInstances'],
          Resource: 'arn:aws:s3:::b/*',
        },
      },
      ['ec2', 's3'],
    ],
    [
      'service condition keys',
      {
        Statement: {
          Effect: 'Allow',
          Action: 'iam:CreateServiceLinkedRole',
          Resource: '*',
          Condition: { StringEquals: { 'iam:AWSServiceName': 'x' } },
        },
      },
      ['iam'],
    ],
    [
      'NotAction with a role ARN',
      {
        Statement: {
          Effect: 'Allow',
          NotAction: 's3:*',
          Resource: 'arn:aws:iam::123456789012:role/r',
        },
      },
      ['iam', 'sts'],
    ],
  ])('%s', (_name, document, expected) => {
    expect(servicesForSummary(document, catalog)).toEqual(expected);
  });

  it('servicesInPolicy lists the services actions name', () => {
    expect(
      servicesInPolicy({
        Statement: [
          { Effect: 'Allow', Action: ['S3:Get*', 'ec2:*', '*', 's3*:x'], Resource: '*' },
          { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' },
        ],
      }),
    ).toEqual(['ec2', 'iam', 's3']);
  });
});
