// AWS's access-denied wording: https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
// and ../shared/reference/iam-console.md §4 (S3 quotes the resource, EC2's prefix and encoded message).
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../evaluate/evaluate-request';
import { allow, deny, doc, policy, userRequest } from '../evaluate/test-fixtures';
import { decodeAuthorizationMessage, encodeAuthorizationMessage } from './authorization-message';
import { denialMessage } from './denial-message';

const USER = 'arn:aws:iam::123456789012:user/alice';
const INSTANCE = 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc';

describe('identity-based denials (troubleshoot_access-denied)', () => {
  it('implicit deny, generic template', () => {
    const r = userRequest('iam:ListUsers', 'arn:aws:iam::123456789012:user/', []);
    expect(denialMessage(evaluateRequest(r), r)).toBe(
      `User: ${USER} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action`,
    );
  });

  it('S3 quotes the resource ARN', () => {
    const r = userRequest('s3:GetObject', 'arn:aws:s3:::lab-bucket/report.csv', []);
    expect(denialMessage(evaluateRequest(r), r)).toBe(
      `User: ${USER} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::lab-bucket/report.csv" because no identity-based policy allows the s3:GetObject action`,
    );
  });

  it('no "on resource:" part for resource "*"', () => {
    const r = userRequest('s3:ListAllMyBuckets', '*', []);
    expect(denialMessage(evaluateRequest(r), r)).toBe(
      `User: ${USER} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action`,
    );
  });

  it('EC2 Describe*: prefix, no encoded message, no final period', () => {
    const r = userRequest('ec2:DescribeInstances', '*', []);
    expect(denialMessage(evaluateRequest(r), r)).toBe(
      `You are not authorized to perform this operation. User: ${USER} is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action`,
    );
  });

  it('EC2 StopInstances: prefix and a decodable encoded message', () => {
    const r = userRequest('ec2:StopInstances', INSTANCE, []);
    const e = evaluateRequest(r);
    const text = denialMessage(e, r);
    const head = `You are not authorized to perform this operation. User: ${USER} is not authorized to perform: ec2:StopInstances on resource: ${INSTANCE} because no identity-based policy allows the ec2:StopInstances action. Encoded authorization failure message: `;
    expect(text.startsWith(head)).toBe(true);
    const decoded = decodeAuthorizationMessage(text.slice(head.length));
    expect(decoded).toMatchObject({
      allowed: false,
      explicitDeny: false,
      matchedStatements: { items: [] },
      context: {
        principal: { id: 'AIDAALICE', name: 'alice', arn: USER },
        action: 'ec2:StopInstances',
        resource: INSTANCE,
      },
    });
    expect(decoded?.context.conditions.items).toContainEqual({
      key: 'aws:username',
      values: { items: [{ value: 'alice' }] },
    });
  });

  it.each([
    [
      'plain',
      { style: 'plain' as const },
      `User: ${USER} is not authorized to perform: ec2:StopInstances on resource: ${INSTANCE} because no identity-based policy allows the ec2:StopInstances action`,
    ],
    [
      'ec2 without encoding',
      { style: 'ec2' as const, encoded: false },
      `You are not authorized to perform this operation. User: ${USER} is not authorized to perform: ec2:StopInstances on resource: ${INSTANCE} because no identity-based policy allows the ec2:StopInstances action`,
    ],
  ])('style option: %s', (_name, options, expected) => {
    const r = userRequest('ec2:StopInstances', INSTANCE, []);
    expect(denialMessage(evaluateRequest(r), r, options)).toBe(expected);
  });

  it('explicit deny in an inline policy has no ARN to add', () => {
    const r = userRequest('s3:GetObject', 'arn:aws:s3:::b/k', [deny('s3:*')]);
    expect(denialMessage(evaluateRequest(r), r)).toBe(
      `User: ${USER} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" with an explicit deny in an identity-based policy`,
    );
  });

  it('explicit deny in a managed policy in the same account ends with its ARN (2025 format)', () => {
    const r = userRequest('ec2:StopInstances', INSTANCE, []);
    r.identityPolicies = [
      policy(doc(allow('ec2:*')), {
        name: 'EC2',
        type: 'aws-managed',
        arn: 'arn:aws:iam::aws:policy/AmazonEC2FullAccess',
      }),
      policy(doc(deny('ec2:StopInstances')), {
        name: 'DevReadOnlyByTag',
        type: 'customer-managed',
        arn: 'arn:aws:iam::123456789012:policy/DevReadOnlyByTag',
      }),
    ];
    expect(denialMessage(evaluateRequest(r), r, { encoded: false })).toBe(
      `You are not authorized to perform this operation. User: ${USER} is not authorized to perform: ec2:StopInstances on resource: ${INSTANCE} with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/DevReadOnlyByTag`,
    );
  });

  it('an allowed request has no denial message', () => {
    const r = userRequest('s3:GetObject', 'arn:aws:s3:::b/k', [allow('s3:*')]);
    expect(denialMessage(evaluateRequest(r), r)).toBe('');
  });

  it('the principal is the session ARN for assumed roles', () => {
    const session = 'arn:aws:sts::123456789012:assumed-role/Dev/alice';
    const r = userRequest('s3:ListAllMyBuckets', '*', []);
    r.principal = {
      arn: session,
      id: 'AROADEV:alice',
      roleArn: 'arn:aws:iam::123456789012:role/Dev',
    };
    expect(denialMessage(evaluateRequest(r), r)).toBe(
      `User: ${session} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action`,
    );
  });
});

describe('encoded authorization message', () => {
  it('round-trips, including non-ASCII text', () => {
    const r = userRequest('ec2:StopInstances', INSTANCE, [deny('ec2:*', '*', { Sid: 'Nö' })]);
    const e = evaluateRequest(r);
    const decoded = decodeAuthorizationMessage(encodeAuthorizationMessage(e, r));
    expect(decoded?.explicitDeny).toBe(true);
    expect(decoded?.matchedStatements.items[0]).toMatchObject({
      statementId: 'Nö',
      effect: 'DENY',
      // The statement's own Action and Resource, not the request's.
      actions: { items: [{ value: 'ec2:*' }] },
      resources: { items: [{ value: '*' }] },
    });
  });

  it.each(['', '!!!', 'e30', 'bm90IGpzb24'])('rejects %j without throwing', (text) => {
    expect(decodeAuthorizationMessage(text)).toBeUndefined();
  });
});

describe('EC2 and trust wording together (troubleshoot_access-denied, iam-console.md §4.4)', () => {
  it('an SCP explicit deny on EC2: prefix, policy ARN, encoded message naming the SCP statement', () => {
    const scpArn = 'arn:aws:organizations::999999999999:policy/o-x/service_control_policy/p-1';
    const r = userRequest(
      'ec2:RunInstances',
      'arn:aws:ec2:us-east-1:123456789012:instance/*',
      [allow('ec2:*')],
      {
        serviceControlPolicies: [
          [
            policy(doc(allow('*'), deny('ec2:RunInstances', '*', { Sid: 'NoRun' })), {
              type: 'scp',
              name: 'Guard',
              arn: scpArn,
            }),
          ],
        ],
      },
    );
    const text = denialMessage(evaluateRequest(r), r);
    const head = `You are not authorized to perform this operation. User: ${USER} is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/* with an explicit deny in a service control policy: ${scpArn}. Encoded authorization failure message: `;
    expect(text.startsWith(head)).toBe(true);
    const decoded = decodeAuthorizationMessage(text.slice(head.length));
    expect(decoded?.matchedStatements.items[0]).toMatchObject({
      statementId: 'NoRun',
      effect: 'DENY',
      source: { gate: 'scp', policyName: 'Guard', policyArn: scpArn, statementIndex: 1 },
    });
  });

  it("sts:AssumeRole refused by the caller's identity policies names them, not the trust policy", () => {
    const r = userRequest('sts:AssumeRole', 'arn:aws:iam::123456789012:role/Target', [], {
      resourcePolicy: policy(
        doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '123456789012' } }),
        { type: 'trust' },
      ),
    });
    expect(denialMessage(evaluateRequest(r), r)).toBe(
      `User: ${USER} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/Target because no identity-based policy allows the sts:AssumeRole action`,
    );
  });
});
