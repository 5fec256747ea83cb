// Evaluations shaped like the engine's, for the denial component tests.
import type { AuthorizationRequest, Evaluation } from '@/iam';

export const implicitDenyListBuckets: Evaluation = {
  decision: 'implicitDeny',
  decisiveStatements: [],
  denial: { kind: 'implicit', policyType: 'identity' },
  gates: [{ gate: 'identity', present: true, result: 'implicitDeny', matched: [] }],
  trace: [],
  missingContextKeys: [],
  context: {},
  request: {
    principalArn: 'arn:aws:iam::123456789012:user/user-2',
    action: 's3:ListAllMyBuckets',
    resource: '*',
  },
};

const denyText = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "NoStop", "Effect": "Deny", "Action": "ec2:StopInstances", "Resource": "*" }
  ]
}`;
const start = denyText.indexOf('{ "Sid"');
const end = denyText.indexOf('}', start) + 1;

export const explicitDenyRequest: AuthorizationRequest = {
  principal: { arn: 'arn:aws:iam::123456789012:user/user-3' },
  action: 'ec2:StopInstances',
  resource: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc',
  identityPolicies: [{ document: denyText, name: 'NoStopping', type: 'inline-group' }],
};

const denyRef = {
  gate: 'identity' as const,
  policyIndex: 0,
  policyName: 'NoStopping',
  policyType: 'inline-group' as const,
  attachedVia: 'Group EC2-Admin',
  statementIndex: 0,
  sid: 'NoStop',
  effect: 'Deny' as const,
  span: {
    start: { line: 4, column: 5, offset: start },
    end: { line: 4, column: 5 + end - start, offset: end },
  },
};

export const explicitDenyStop: Evaluation = {
  decision: 'explicitDeny',
  decisiveStatements: [denyRef],
  denial: { kind: 'explicit', policyType: 'identity', statement: denyRef },
  gates: [{ gate: 'identity', present: true, result: 'explicitDeny', matched: [denyRef] }],
  trace: [
    {
      ...denyRef,
      actionMatched: true,
      resourceMatched: true,
      conditionsMatched: true,
      conditions: [],
      matched: true,
    },
  ],
  missingContextKeys: ['aws:MultiFactorAuthPresent'],
  context: {},
  request: {
    principalArn: 'arn:aws:iam::123456789012:user/user-3',
    action: 'ec2:StopInstances',
    resource: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc',
  },
};
