// Workload (a) of issue 2: a user with 10 identity policies × 5 statements each, with conditions,
// policy variables, NotAction and denies; 5 S3 and 5 EC2 requests, allowed and denied, round-robin.
import { evaluateRequest, type AuthorizationRequest, type PolicyInput } from '../../src/iam';
import { fmt, measure } from './measure';

const ACCOUNT = '123456789012';

function policyText(i: number): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: `Read${i}`,
          Effect: 'Allow',
          Action: ['s3:Get*', 's3:List*'],
          Resource: [`arn:aws:s3:::bucket-${i}`, `arn:aws:s3:::bucket-${i}/*`],
        },
        {
          Sid: `Home${i}`,
          Effect: 'Allow',
          Action: ['s3:PutObject', 's3:DeleteObject'],
          Resource: `arn:aws:s3:::home-${i}/\${aws:username}/*`,
          Condition: { StringEquals: { 's3:x-amz-server-side-encryption': 'AES256' } },
        },
        {
          Sid: `Ops${i}`,
          Effect: 'Allow',
          Action: ['ec2:StartInstances', 'ec2:StopInstances', 'ec2:RebootInstances'],
          Resource: 'arn:aws:ec2:*:*:instance/*',
          Condition: {
            StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' },
            'ForAnyValue:StringLike': { 'aws:PrincipalTag/role': ['ops*', 'admin'] },
          },
        },
        {
          Sid: `NoProd${i}`,
          Effect: 'Deny',
          Action: ['ec2:TerminateInstances', 'ec2:StopInstances', 's3:DeleteObject'],
          Resource: '*',
          Condition: {
            StringEquals: { 'aws:ResourceTag/env': 'prod' },
            BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
          },
        },
        {
          Sid: `RegionLock${i}`,
          Effect: 'Deny',
          NotAction: ['iam:*', 'sts:*', 's3:*', 'cloudfront:*'],
          Resource: '*',
          Condition: {
            StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] },
            NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] },
          },
        },
      ],
    },
    null,
    2,
  );
}

const policies: PolicyInput[] = Array.from({ length: 10 }, (_, i) => ({
  document: policyText(i),
  name: `Policy${i}`,
  type: 'customer-managed',
  arn: `arn:aws:iam::${ACCOUNT}:policy/Policy${i}`,
}));

const context = {
  'aws:SourceIp': '10.1.2.3',
  'aws:RequestedRegion': 'us-east-1',
  'aws:MultiFactorAuthPresent': false,
  'aws:CurrentTime': '2026-11-22T06:00:00Z',
};

function request(action: string, resource: string, extra: object = {}): AuthorizationRequest {
  return {
    principal: {
      arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      id: 'AIDAEXAMPLEALICE',
      tags: { team: 'blue', role: 'ops-lead' },
    },
    action,
    resource,
    context: { ...context, ...extra },
    identityPolicies: policies,
  };
}

const instance = `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0abc`;
const requests: AuthorizationRequest[] = [
  request('s3:GetObject', 'arn:aws:s3:::bucket-3/reports/q3.csv'),
  request('s3:ListBucket', 'arn:aws:s3:::bucket-7'),
  request('s3:PutObject', 'arn:aws:s3:::home-5/alice/notes.txt', {
    's3:x-amz-server-side-encryption': 'AES256',
  }),
  request('s3:PutObject', 'arn:aws:s3:::home-5/bob/notes.txt', {
    's3:x-amz-server-side-encryption': 'AES256',
  }),
  request('s3:DeleteObject', 'arn:aws:s3:::home-2/alice/x', { 'aws:ResourceTag/env': 'prod' }),
  request('ec2:StopInstances', instance, { 'aws:ResourceTag/team': 'blue' }),
  request('ec2:StopInstances', instance, {
    'aws:ResourceTag/team': 'blue',
    'aws:ResourceTag/env': 'prod',
  }),
  request('ec2:StartInstances', instance, { 'aws:ResourceTag/team': 'red' }),
  request('ec2:RunInstances', instance, {
    'aws:RequestedRegion': 'ap-south-1',
    'aws:SourceIp': '203.0.113.9',
  }),
  request('ec2:DescribeInstances', '*'),
];

{
  const decisions = requests.map((r) => evaluateRequest(r).decision);
  console.log(`(a) decisions: ${decisions.join(', ')}`);
  const all = measure(() => {
    for (const r of requests) evaluateRequest(r);
  }, requests.length);
  const matched = measure(() => {
    for (const r of requests) evaluateRequest(r, { trace: 'matched' });
  }, requests.length);
  console.log(`(a) full trace (default): ${fmt(all)}`);
  console.log(`(a) trace 'matched':      ${fmt(matched)}`);
}
