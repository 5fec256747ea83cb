// The visual editor's model: which documents it can show, and that they come back unchanged.
import { describe, expect, it } from 'vitest';
import { newPermissionBlock, toPolicyDocument, toVisualModel } from './visual-model';

const allowS3 = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });

function roundTrip(document: unknown): unknown {
  const read = toVisualModel(document);
  if (!read.ok) throw new Error(read.reason);
  return toPolicyDocument(read.model);
}

describe('documents the visual editor shows come back unchanged', () => {
  it.each<[string, unknown]>([
    ['one statement, string forms', doc(allowS3)],
    ['Statement as a single object', { Version: '2012-10-17', Statement: allowS3 }],
    ['Id and key order', { Statement: [allowS3], Id: 'x', Version: '2008-10-17' }],
    [
      'statement keys in another order, with Sid',
      doc({ Resource: ['arn:aws:s3:::b'], Action: ['s3:ListBucket'], Effect: 'Deny', Sid: 'S1' }),
    ],
    [
      'conditions with scalar and array values',
      doc({
        ...allowS3,
        Condition: {
          StringEquals: { 'aws:PrincipalTag/team': 'blue', 's3:prefix': ['a/', 'b/'] },
          Bool: { 'aws:SecureTransport': true },
          NumericLessThan: { 's3:max-keys': 10 },
        },
      }),
    ],
    [
      'several services in one statement, interleaved',
      doc({
        Effect: 'Allow',
        Action: ['s3:GetObject', 'ec2:DescribeInstances', 's3:ListBucket'],
        Resource: '*',
      }),
    ],
    ['no statements', doc()],
    [
      "the console's new policy, Action and Resource empty",
      doc({ Sid: 'Statement1', Effect: 'Allow', Action: [], Resource: [] }),
    ],
    [
      'wildcard actions of one service',
      doc({ Effect: 'Allow', Action: ['s3:Get*', 'S3:list*'], Resource: '*' }),
    ],
  ])('%s', (_name, document) => {
    const back = roundTrip(document);
    expect(back).toEqual(document);
    expect(JSON.stringify(back)).toBe(JSON.stringify(document));
  });
});

describe('documents the visual editor cannot show', () => {
  it.each<[string, unknown, string]>([
    [
      'NotPrincipal',
      doc({ ...allowS3, NotPrincipal: { AWS: '*' } }),
      'statement 1 uses NotPrincipal',
    ],
    [
      'NotAction',
      doc({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }),
      'statement 1 uses NotAction',
    ],
    [
      'NotResource',
      doc({ Effect: 'Allow', Action: 's3:*', NotResource: '*' }),
      'statement 1 uses NotResource',
    ],
    [
      'several services with conditions',
      doc({
        ...allowS3,
        Action: ['s3:GetObject', 'ec2:RunInstances'],
        Condition: { Bool: { 'aws:SecureTransport': true } },
      }),
      'statement 1 has several services with conditions',
    ],
    [
      'the action "*"',
      doc({ ...allowS3, Action: '*' }),
      'statement 1 has the action *, which names no single service',
    ],
    [
      'a wildcard in the service',
      doc({ ...allowS3, Action: 's*:Get' }),
      'statement 1 has the action s*:Get, which names no single service',
    ],
    ['no Resource', doc({ Effect: 'Allow', Action: 's3:*' }), 'statement 1 has no Resource list'],
    [
      'an Action that is not a string list',
      doc({ ...allowS3, Action: [1] }),
      'statement 1 has no Action list',
    ],
    [
      'an empty Condition',
      doc({ ...allowS3, Condition: {} }),
      'statement 1 has an empty Condition',
    ],
    [
      'an object condition value',
      doc({ ...allowS3, Condition: { StringEquals: { k: { a: 1 } } } }),
      'statement 1 has a condition value of k that is not a string, number or boolean',
    ],
    [
      'a bad Effect',
      doc({ ...allowS3, Effect: 'allow' }),
      'statement 1 has no Effect of Allow or Deny',
    ],
    ['not an object', [allowS3], 'the policy is not a JSON object'],
  ])('%s', (_name, document, reason) => {
    expect(toVisualModel(document)).toEqual({ ok: false, reason });
  });
});

describe('editing blocks', () => {
  it('splits a statement by service, one block each', () => {
    const read = toVisualModel(
      doc({ Effect: 'Allow', Action: ['s3:GetObject', 'ec2:DescribeInstances'], Resource: '*' }),
    );
    expect(read.ok && read.model.blocks.map((b) => [b.service, b.actions])).toEqual([
      ['s3', ['s3:GetObject']],
      ['ec2', ['ec2:DescribeInstances']],
    ]);
  });

  it('writes an edited split block as a statement of its own', () => {
    const read = toVisualModel(
      doc({ Effect: 'Allow', Action: ['s3:GetObject', 'ec2:DescribeInstances'], Resource: '*' }),
    );
    if (!read.ok) throw new Error(read.reason);
    const [s3, ec2] = read.model.blocks;
    const edited = { ...read.model, blocks: [{ ...s3!, resources: ['arn:aws:s3:::b/*'] }, ec2!] };
    expect(toPolicyDocument(edited)).toEqual(
      doc(
        { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' },
        { Effect: 'Allow', Action: ['ec2:DescribeInstances'], Resource: '*' },
      ),
    );
  });

  it('writes an unfinished block as it stands, and adds new conditions after written ones', () => {
    const read = toVisualModel(
      doc({ ...allowS3, Condition: { Bool: { 'aws:SecureTransport': true } } }),
    );
    if (!read.ok) throw new Error(read.reason);
    const [block] = read.model.blocks;
    const conditions = [
      { operator: 'StringEquals', key: 's3:prefix', values: ['a/'], single: false },
      ...block!.conditions,
    ];
    const edited = { ...read.model, blocks: [{ ...block!, conditions }, newPermissionBlock()] };
    const out = toPolicyDocument(edited);
    expect(JSON.stringify(out)).toBe(
      JSON.stringify(
        doc(
          {
            ...allowS3,
            Condition: {
              Bool: { 'aws:SecureTransport': true },
              StringEquals: { 's3:prefix': ['a/'] },
            },
          },
          { Effect: 'Allow', Action: [], Resource: '*' },
        ),
      ),
    );
  });
});
