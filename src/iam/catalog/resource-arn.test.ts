// resourceArnFor: the ARN a request names. Sources: the Service Authorization Reference resource
// types tables (list_amazons3.html, list_amazonec2.html, list_awsidentityandaccessmanagementiam.html,
// list_awssecuritytokenservice.html) and UG reference_policies_elements_resource ("*" for actions
// that do not support resource-level permissions).
import { describe, expect, it } from 'vitest';
import { loadServiceCatalog } from './load-service-catalog';
import {
  actionsRequiringWildcardResource,
  arnPlaceholders,
  fillArnFormat,
  resourceArnFor,
} from './resource-arn';

const catalog = await loadServiceCatalog({ services: ['s3', 'ec2', 'iam', 'sts'] });
const account = { Region: 'us-east-1', Account: '123456789012' };

describe('resourceArnFor', () => {
  it.each([
    [
      's3:GetObject',
      { BucketName: 'lab-bucket', ObjectName: 'report.csv' },
      'arn:aws:s3:::lab-bucket/report.csv',
      'object',
    ],
    [
      's3:PutObject',
      { BucketName: 'b', ObjectName: 'a/b.txt' },
      'arn:aws:s3:::b/a/b.txt',
      'object',
    ],
    ['s3:ListBucket', { BucketName: 'lab-bucket' }, 'arn:aws:s3:::lab-bucket', 'bucket'],
    ['s3:CreateBucket', { BucketName: 'new-bucket' }, 'arn:aws:s3:::new-bucket', 'bucket'],
    [
      'ec2:StopInstances',
      { ...account, InstanceId: 'i-0abc' },
      'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc',
      'instance',
    ],
    [
      'ec2:StartInstances',
      { ...account, InstanceId: 'i-1' },
      'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
      'instance',
    ],
    [
      'ec2:RunInstances',
      { ...account, InstanceId: 'i-2' },
      'arn:aws:ec2:us-east-1:123456789012:instance/i-2',
      'instance',
    ],
    [
      'iam:CreateUser',
      { ...account, UserName: 'user-1' },
      'arn:aws:iam::123456789012:user/user-1',
      'user',
    ],
    [
      'iam:ChangePassword',
      { ...account, UserName: 'u', Path: '/div/' },
      'arn:aws:iam::123456789012:user/div/u',
      'user',
    ],
    [
      'iam:CreateGroup',
      { ...account, GroupName: 'S3-Support' },
      'arn:aws:iam::123456789012:group/S3-Support',
      'group',
    ],
    ['iam:PassRole', { ...account, RoleName: 'app' }, 'arn:aws:iam::123456789012:role/app', 'role'],
    [
      'sts:AssumeRole',
      { ...account, RoleNameWithPath: 'ops/admin' },
      'arn:aws:iam::123456789012:role/ops/admin',
      'role',
    ],
    [
      'iam:CreatePolicy',
      { ...account, PolicyName: 'p' },
      'arn:aws:iam::123456789012:policy/p',
      'policy',
    ],
  ])('%s → %s', (action, values, arn, resourceType) => {
    expect(resourceArnFor(action, values, catalog)).toEqual({
      arn,
      resourceType,
      wildcardOnly: false,
      missing: [],
    });
  });

  it.each([
    's3:ListAllMyBuckets',
    'ec2:DescribeInstances',
    'iam:ListUsers',
    'iam:GetAccountPasswordPolicy',
    'sts:GetCallerIdentity',
  ])('%s supports no resource-level permissions → "*"', (action) => {
    expect(resourceArnFor(action, account, catalog)).toEqual({
      arn: '*',
      resourceType: null,
      wildcardOnly: true,
      missing: [],
    });
  });

  it('fills missing placeholders with * and reports them', () => {
    expect(resourceArnFor('ec2:StopInstances', {}, catalog)).toEqual({
      arn: 'arn:aws:ec2:*:*:instance/*',
      resourceType: 'instance',
      wildcardOnly: false,
      missing: ['Region', 'Account', 'InstanceId'],
    });
    // With nothing given, the simplest ARN of the candidate types wins: object, not accesspointobject.
    expect(resourceArnFor('s3:GetObject', {}, catalog)?.resourceType).toBe('object');
  });

  it('uses the resource type asked for', () => {
    expect(
      resourceArnFor(
        's3:GetObject',
        { ...account, AccessPointName: 'ap', ObjectName: 'k' },
        catalog,
        {
          resourceType: 'accesspointobject',
        },
      )?.arn,
    ).toBe('arn:aws:s3:us-east-1:123456789012:accesspoint/ap/object/k');
    expect(
      resourceArnFor('s3:GetObject', {}, catalog, { resourceType: 'instance' }),
    ).toBeUndefined();
  });

  it("pick: 'first' takes the first resource type the reference lists", () => {
    const first = catalog.actionDetail('s3:GetObject')?.resourceTypes[0]?.name;
    expect(resourceArnFor('s3:GetObject', account, catalog, { pick: 'first' })?.resourceType).toBe(
      first,
    );
    expect(resourceArnFor('s3:ListAllMyBuckets', account, catalog, { pick: 'first' })?.arn).toBe(
      '*',
    );
  });

  it('is undefined for unknown actions and unloaded services', async () => {
    expect(resourceArnFor('s3:GetObjct', {}, catalog)).toBeUndefined();
    expect(resourceArnFor('dynamodb:GetItem', {}, await loadServiceCatalog())).toBeUndefined();
  });
});

describe('ARN formats', () => {
  it('lists placeholders', () => {
    expect(arnPlaceholders('arn:${Partition}:s3:::${BucketName}/${ObjectName}')).toEqual([
      'Partition',
      'BucketName',
      'ObjectName',
    ]);
  });

  it('matches placeholder names case-insensitively and takes Partition from the values', () => {
    expect(
      fillArnFormat('arn:${Partition}:s3:::${BucketName}', {
        partition: 'aws-cn',
        bucketname: 'b',
      }),
    ).toEqual({ arn: 'arn:aws-cn:s3:::b', missing: [] });
  });
});

describe('actionsRequiringWildcardResource', () => {
  it.each([
    ['s3', 's3:ListAllMyBuckets', 's3:GetObject'],
    ['ec2', 'ec2:DescribeInstances', 'ec2:StopInstances'],
    ['iam', 'iam:ListUsers', 'iam:CreateUser'],
    ['sts', 'sts:GetCallerIdentity', 'sts:AssumeRole'],
  ])('%s: includes %s, not %s', (prefix, wildcard, scoped) => {
    const names = (actionsRequiringWildcardResource(prefix, catalog) ?? []).map(
      (a) => `${a.service}:${a.name}`,
    );
    expect(names).toContain(wildcard);
    expect(names).not.toContain(scoped);
  });

  it('is undefined for a service not loaded', async () => {
    expect(actionsRequiringWildcardResource('kms', await loadServiceCatalog())).toBeUndefined();
  });
});
