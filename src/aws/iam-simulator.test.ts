import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller } from './caller';
import * as iam from './iam';
import {
  getPrincipalPolicies,
  simulateCustomPolicy,
  simulatePrincipalPolicy,
  toRequestContext,
} from './iam-simulator';
import { errorOf } from './test-support';

const root = rootCaller();
const doc = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

beforeEach(async () => {
  await useFreshIndexedDb();
  await iam.createUser(root, { userName: 'alice' });
  await iam.createGroup(root, { groupName: 'Readers' });
  await iam.addUserToGroup(root, 'Readers', 'alice');
  await iam.attachGroupPolicy(root, 'Readers', S3_READ);
  await iam.putUserPolicy(
    root,
    'alice',
    'NoDelete',
    doc([{ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }]),
  );
});

describe('SimulatePrincipalPolicy', () => {
  it('lists the user’s policies with where they come from', async () => {
    const found = await getPrincipalPolicies(root, { kind: 'user', name: 'alice' });
    expect(found.arn).toBe('arn:aws:iam::123456789012:user/alice');
    expect(found.policies.map((p) => [p.policyName, p.attachedVia])).toEqual([
      ['NoDelete', 'Inline'],
      ['AmazonS3ReadOnlyAccess', 'Group Readers'],
    ]);
  });

  it('gives allowed, explicit deny and implicit deny with the matched statements', async () => {
    const results = await simulatePrincipalPolicy(root, {
      principal: { kind: 'user', name: 'alice' },
      actionNames: ['s3:GetObject', 's3:DeleteObject', 'ec2:DescribeInstances'],
      resourceArns: ['arn:aws:s3:::lab-bucket/report.csv'],
    });
    expect(results.map((r) => [r.evalActionName, r.evalDecision])).toEqual([
      ['s3:GetObject', 'allowed'],
      ['s3:DeleteObject', 'explicitDeny'],
      ['ec2:DescribeInstances', 'implicitDeny'],
    ]);
    expect(results[0]?.matchedStatements[0]).toMatchObject({
      policyName: 'AmazonS3ReadOnlyAccess',
      attachedVia: 'Group Readers',
      effect: 'Allow',
    });
    expect(results[1]?.matchedStatements[0]?.span?.start.line).toBeGreaterThan(0);
    expect(results[2]?.matchedStatements).toEqual([]);
  });

  it('leaves out the policies the learner unticks', async () => {
    const { policies } = await getPrincipalPolicies(root, { kind: 'user', name: 'alice' });
    const deny = policies.find((p) => p.policyName === 'NoDelete');
    const [result] = await simulatePrincipalPolicy(root, {
      principal: { kind: 'user', name: 'alice' },
      actionNames: ['s3:DeleteObject'],
      excludedPolicyIds: [deny?.id ?? ''],
    });
    // Without the deny, nothing allows DeleteObject (S3 read only): an implicit deny.
    expect(result?.evalDecision).toBe('implicitDeny');
  });

  it('a boundary limits the user unless it is left out', async () => {
    await iam.putUserPermissionsBoundary(
      root,
      'alice',
      'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
    );
    const input = {
      principal: { kind: 'user' as const, name: 'alice' },
      actionNames: ['s3:GetObject'],
    };
    expect((await simulatePrincipalPolicy(root, input))[0]?.evalDecision).toBe('implicitDeny');
    const without = await simulatePrincipalPolicy(root, { ...input, includeBoundary: false });
    expect(without[0]?.evalDecision).toBe('allowed');
  });

  it('reports the context keys a condition needed and the request lacked', async () => {
    await iam.putUserPolicy(
      root,
      'alice',
      'MfaOnly',
      doc([
        {
          Effect: 'Allow',
          Action: 'ec2:StopInstances',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ]),
    );
    const input = {
      principal: { kind: 'user' as const, name: 'alice' },
      actionNames: ['ec2:StopInstances'],
    };
    const [missing] = await simulatePrincipalPolicy(root, input);
    expect(missing?.missingContextValues).toEqual(['aws:MultiFactorAuthPresent']);
    const [given] = await simulatePrincipalPolicy(root, {
      ...input,
      contextEntries: [
        {
          contextKeyName: 'aws:MultiFactorAuthPresent',
          contextKeyType: 'boolean',
          contextKeyValues: ['true'],
        },
      ],
    });
    expect(given?.evalDecision).toBe('allowed');
  });

  it('is authorized as iam:SimulatePrincipalPolicy on the principal', async () => {
    const error = await errorOf(
      simulatePrincipalPolicy(userCaller('alice'), {
        principal: { kind: 'user', name: 'alice' },
        actionNames: ['s3:GetObject'],
      }),
    );
    expect(error.code).toBe('AccessDenied');
    expect(error.message).toContain(
      'is not authorized to perform: iam:SimulatePrincipalPolicy on resource: arn:aws:iam::123456789012:user/alice',
    );
  });
});

describe('SimulateCustomPolicy', () => {
  it('evaluates pasted policies, with a resource policy for cross-checks', async () => {
    const results = await simulateCustomPolicy(root, {
      policyInputList: [
        { name: 'Policy 1', document: doc([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]) },
      ],
      actionNames: ['s3:PutObject'],
      resourceArns: ['arn:aws:s3:::lab-bucket/a', 'arn:aws:s3:::other/a'],
      resourcePolicy: doc([
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::lab-bucket/*',
        },
      ]),
      resourceOwner: '123456789012',
    });
    expect(results.map((r) => [r.evalResourceName, r.evalDecision])).toEqual([
      ['arn:aws:s3:::lab-bucket/a', 'explicitDeny'],
      ['arn:aws:s3:::other/a', 'allowed'],
    ]);
  });

  it('refuses malformed JSON and bad context values in AWS words', async () => {
    const malformed = await errorOf(
      simulateCustomPolicy(root, {
        policyInputList: [{ name: 'Policy 1', document: '{"Version": ' }],
        actionNames: ['s3:GetObject'],
      }),
    );
    expect([malformed.code, malformed.message]).toEqual([
      'MalformedPolicyDocument',
      'Syntax errors in policy.',
    ]);
    expect(() =>
      toRequestContext([
        { contextKeyName: 's3:max-keys', contextKeyType: 'numeric', contextKeyValues: ['ten'] },
      ]),
    ).toThrow("Invalid value 'ten' for context key s3:max-keys of type numeric.");
    expect(
      toRequestContext([
        {
          contextKeyName: 'aws:TagKeys',
          contextKeyType: 'stringList',
          contextKeyValues: ['a', 'b'],
        },
      ]),
    ).toEqual({ 'aws:TagKeys': ['a', 'b'] });
  });
});
