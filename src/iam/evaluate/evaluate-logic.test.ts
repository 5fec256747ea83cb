// Identity-based policy evaluation: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// and the policy elements (reference_policies_elements_action, _notaction, _resource, _notresource, _version).
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from './evaluate-request';
import { allow, deny, doc, policy, userRequest } from './test-fixtures';

const OBJ = 'arn:aws:s3:::lab-bucket/report.csv';
const INSTANCE = 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc';

describe('evaluation logic: explicit deny, allow, implicit deny (reference_policies_evaluation-logic)', () => {
  it.each([
    ['nothing allows: implicit deny is the default', [], 'implicitDeny'],
    ['an allow that matches', [allow('s3:GetObject', OBJ)], 'allowed'],
    ['explicit deny beats allow', [allow('s3:*'), deny('s3:GetObject')], 'explicitDeny'],
    ['deny for another action does not apply', [allow('s3:*'), deny('s3:PutObject')], 'allowed'],
    ['allow for another resource', [allow('s3:GetObject', 'arn:aws:s3:::other/*')], 'implicitDeny'],
    ['action names are case-insensitive', [allow('S3:getobject', OBJ)], 'allowed'],
    ['"*" allows every action', [allow('*')], 'allowed'],
    ['wildcard in the action name', [allow('s3:Get*', OBJ)], 'allowed'],
    ['? matches one character', [allow('s3:GetObjec?', OBJ)], 'allowed'],
    ['wildcard that does not match', [allow('s3:Put*', OBJ)], 'implicitDeny'],
    ['Action as an array', [allow(['ec2:*', 's3:GetObject'], OBJ)], 'allowed'],
    ['Resource as an array', [allow('s3:GetObject', ['arn:aws:s3:::x/*', OBJ])], 'allowed'],
  ] as const)('%s', (_name, statements, expected) => {
    const e = evaluateRequest(userRequest('s3:GetObject', OBJ, [...statements]));
    expect(e.decision).toBe(expected);
  });

  it('a deny in one policy beats an allow in another', () => {
    const r = userRequest('s3:GetObject', OBJ, [allow('s3:*')]);
    r.identityPolicies.push(policy(doc(deny('s3:GetObject', OBJ)), { name: 'NoGet' }));
    const e = evaluateRequest(r);
    expect(e.decision).toBe('explicitDeny');
    expect(e.decisiveStatements).toMatchObject([
      { policyName: 'NoGet', statementIndex: 0, effect: 'Deny' },
    ]);
    expect(e.denial).toMatchObject({ kind: 'explicit', policyType: 'identity' });
  });

  it('reports the granting statements and the identity gate', () => {
    const e = evaluateRequest(
      userRequest('s3:GetObject', OBJ, [allow('ec2:*'), allow('s3:Get*', OBJ)]),
    );
    expect(e.decisiveStatements).toMatchObject([{ gate: 'identity', statementIndex: 1 }]);
    expect(e.gates.find((g) => g.gate === 'identity')).toMatchObject({
      present: true,
      result: 'allow',
    });
    expect(e.denial).toBeUndefined();
  });
});

describe('NotAction (reference_policies_elements_notaction)', () => {
  it.each([
    [
      'Allow NotAction covers other actions',
      [allow(undefined, '*', { NotAction: 'iam:*' })],
      'allowed',
    ],
    [
      'Allow NotAction excludes the listed action',
      [{ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }],
      'implicitDeny',
    ],
    [
      'Deny NotAction denies everything else',
      [allow('*'), { Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*' }],
      'explicitDeny',
    ],
    [
      'Deny NotAction that lists the action',
      [allow('*'), { Effect: 'Deny', NotAction: 's3:Get*', Resource: '*' }],
      'allowed',
    ],
  ] as const)('%s', (_name, statements, expected) => {
    const cleaned = statements.map((s) =>
      Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)),
    );
    expect(evaluateRequest(userRequest('s3:GetObject', OBJ, cleaned)).decision).toBe(expected);
  });
});

describe('Resource and NotResource (reference_policies_elements_resource, _notresource)', () => {
  it.each([
    ['exact ARN', allow('ec2:StopInstances', INSTANCE), 'allowed'],
    ['ARNs are case-sensitive', allow('ec2:StopInstances', INSTANCE.toUpperCase()), 'implicitDeny'],
    ['wildcards in region and account', allow('ec2:*', 'arn:aws:ec2:*:*:instance/*'), 'allowed'],
    [
      'NotResource that excludes it',
      { Effect: 'Allow', Action: 'ec2:*', NotResource: INSTANCE },
      'implicitDeny',
    ],
    [
      'NotResource that excludes something else',
      { Effect: 'Allow', Action: 'ec2:*', NotResource: 'arn:aws:s3:::*' },
      'allowed',
    ],
    [
      'neither Resource nor NotResource: matches nothing',
      { Effect: 'Allow', Action: 'ec2:*' },
      'implicitDeny',
    ],
  ] as const)('%s', (_name, statement, expected) => {
    expect(evaluateRequest(userRequest('ec2:StopInstances', INSTANCE, [statement])).decision).toBe(
      expected,
    );
  });

  it('an action with no resource type is requested with resource "*"', () => {
    const ok = evaluateRequest(
      userRequest('ec2:DescribeInstances', '*', [allow('ec2:Describe*', '*')]),
    );
    expect(ok.decision).toBe('allowed');
    const no = evaluateRequest(
      userRequest('ec2:DescribeInstances', '*', [
        allow('ec2:Describe*', 'arn:aws:ec2:*:*:instance/*'),
      ]),
    );
    expect(no.decision).toBe('implicitDeny');
  });
});

describe('Statement and Version forms (reference_policies_elements_statement, _version)', () => {
  it.each([
    [
      'Statement as one object',
      { Version: '2012-10-17', Statement: allow('s3:GetObject', OBJ) },
      'allowed',
    ],
    [
      'Statement as an array',
      { Version: '2012-10-17', Statement: [allow('s3:GetObject', OBJ)] },
      'allowed',
    ],
    [
      'Version 2008-10-17',
      { Version: '2008-10-17', Statement: [allow('s3:GetObject', OBJ)] },
      'allowed',
    ],
    ['no Version', { Statement: [allow('s3:GetObject', OBJ)] }, 'allowed'],
    [
      'JSON text',
      JSON.stringify({ Version: '2012-10-17', Statement: [allow('s3:GetObject', OBJ)] }),
      'allowed',
    ],
  ] as const)('%s', (_name, document, expected) => {
    const r = userRequest('s3:GetObject', OBJ, []);
    r.identityPolicies = [policy(document)];
    expect(evaluateRequest(r).decision).toBe(expected);
  });

  it('text policies give each statement its span and Sid', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}\n  ]\n}';
    const r = userRequest('s3:GetObject', OBJ, []);
    r.identityPolicies = [
      policy(text, { name: 'ReadAll', type: 'inline-user', attachedVia: 'Directly' }),
    ];
    const e = evaluateRequest(r);
    const ref = e.decisiveStatements[0];
    expect(ref).toMatchObject({
      sid: 'Read',
      policyName: 'ReadAll',
      policyType: 'inline-user',
      attachedVia: 'Directly',
    });
    expect(ref?.span?.start.line).toBe(4);
    expect(text.slice(ref?.span?.start.offset, ref?.span?.end.offset)).toMatch(
      /^\{"Sid": "Read".*\}$/,
    );
  });
});

describe('trace (the UI shows it, never works a decision out again)', () => {
  it('traces every statement with per-part results', () => {
    const e = evaluateRequest(
      userRequest('s3:GetObject', OBJ, [allow('ec2:*'), allow('s3:*', 'arn:aws:s3:::x/*')]),
    );
    expect(e.trace).toMatchObject([
      { statementIndex: 0, actionMatched: false, skipped: true, matched: false },
      {
        statementIndex: 1,
        actionMatched: true,
        resourceMatched: false,
        conditionsMatched: true,
        matched: false,
      },
    ]);
  });

  it("trace: 'matched' keeps only statements whose action matched", () => {
    const e = evaluateRequest(userRequest('s3:GetObject', OBJ, [allow('ec2:*'), allow('s3:*')]), {
      trace: 'matched',
    });
    expect(e.trace.map((t) => t.statementIndex)).toEqual([1]);
    expect(e.decision).toBe('allowed');
  });
});
