// The near misses of an implicit deny: the action matched, the resource or a condition did not.
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../evaluate/evaluate-request';
import { allow, deny, doc, policy, userRequest } from '../evaluate/test-fixtures';
import { closestStatements } from './closest-statements';

const BUCKET = 'arn:aws:s3:::lab-bucket';
const OBJECT = `${BUCKET}/reports/q1.csv`;
const mfa = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
const ip = { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } };

type Row = [
  name: string,
  statements: object[],
  context: Record<string, string | boolean>,
  expected: Array<[sid: string, misses: string[], missing: string[]]>,
];

describe('closestStatements', () => {
  it.each<Row>([
    [
      'no statement names the action: nothing is close',
      [allow('s3:ListBucket', BUCKET, { Sid: 'List' })],
      {},
      [],
    ],
    [
      'the action matched, the resource did not',
      [allow('s3:GetObject', `${BUCKET}/public/*`, { Sid: 'Public' })],
      {},
      [['Public', ['resource'], []]],
    ],
    [
      'a condition key missing from the request is flagged',
      [allow('s3:GetObject', OBJECT, { Sid: 'WithMfa', Condition: mfa })],
      {},
      [['WithMfa', ['condition'], ['aws:MultiFactorAuthPresent']]],
    ],
    [
      'a condition false with the key present is not "missing"',
      [allow('s3:GetObject', OBJECT, { Sid: 'FromOffice', Condition: ip })],
      { 'aws:SourceIp': '198.51.100.1' },
      [['FromOffice', ['condition'], []]],
    ],
    [
      'fewer misses first: one condition beats resource and condition',
      [
        allow('s3:GetObject', `${BUCKET}/other/*`, { Sid: 'Far', Condition: ip }),
        allow('s3:GetObject', OBJECT, { Sid: 'Near', Condition: mfa }),
      ],
      { 'aws:SourceIp': '198.51.100.1' },
      [
        ['Near', ['condition'], ['aws:MultiFactorAuthPresent']],
        ['Far', ['resource', 'condition'], []],
      ],
    ],
    [
      'NotAction that excludes the action is not close; Deny statements never are',
      [
        { Sid: 'AllButGet', Effect: 'Allow', NotAction: 's3:GetObject', Resource: '*' },
        deny('s3:GetObject', `${BUCKET}/secret/*`, { Sid: 'DenySecret' }),
        allow('s3:Get*', `${BUCKET}/x/*`, { Sid: 'Wildcard' }),
      ],
      {},
      [['Wildcard', ['resource'], []]],
    ],
  ])('%s', (_name, statements, context, expected) => {
    const request = userRequest('s3:GetObject', OBJECT, statements, { context });
    const result = closestStatements(evaluateRequest(request));
    expect(result.map((c) => [c.statement.sid, c.misses, c.missingKeys])).toEqual(expected);
  });

  it('is empty for an allowed request and for an explicit deny', () => {
    const allowed = userRequest('s3:GetObject', OBJECT, [allow('s3:GetObject', OBJECT)]);
    expect(closestStatements(evaluateRequest(allowed))).toEqual([]);
    const denied = userRequest('s3:GetObject', OBJECT, [
      allow('s3:GetObject', `${BUCKET}/x/*`),
      deny('s3:*', '*'),
    ]);
    expect(closestStatements(evaluateRequest(denied))).toEqual([]);
  });

  it('puts the statements of the refusing policy type first (the boundary)', () => {
    const request = userRequest(
      's3:GetObject',
      OBJECT,
      [allow('s3:GetObject', `${BUCKET}/x/*`, { Sid: 'IdentityMiss' })],
      {
        identityPolicies: [policy(doc(allow('s3:GetObject', OBJECT, { Sid: 'Granted' })))],
        permissionsBoundary: policy(
          doc(allow('s3:GetObject', OBJECT, { Sid: 'BoundaryWithMfa', Condition: mfa })),
          { type: 'boundary', name: 'Boundary' },
        ),
      },
    );
    const evaluation = evaluateRequest(request);
    expect(evaluation.denial?.policyType).toBe('boundary');
    expect(closestStatements(evaluation).map((c) => [c.statement.gate, c.statement.sid])).toEqual([
      ['boundary', 'BoundaryWithMfa'],
    ]);
  });

  it('keeps the failed conditions with their policy and request values', () => {
    const request = userRequest(
      's3:GetObject',
      OBJECT,
      [allow('s3:GetObject', OBJECT, { Condition: ip })],
      { context: { 'aws:SourceIp': '198.51.100.1' } },
    );
    const [closest] = closestStatements(evaluateRequest(request));
    expect(closest?.failedConditions).toEqual([
      expect.objectContaining({
        operator: 'IpAddress',
        key: 'aws:SourceIp',
        policyValues: ['203.0.113.0/24'],
        requestValues: ['198.51.100.1'],
        matched: false,
      }),
    ]);
  });
});
