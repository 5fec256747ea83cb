// Predict mode's misconception tags, each from hand-made policies decided by the real engine.
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../evaluate/evaluate-request';
import { OTHER, allow, deny, doc, policy, userArn, userRequest } from '../evaluate/test-fixtures';
import type { AuthorizationRequest, EvalDecision } from '../types';
import { misconceptionTags, type MisconceptionTag } from './misconceptions';

const INSTANCE = 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc';
const BUCKET = 'arn:aws:s3:::other-bucket';

const groupDeny = userRequest('ec2:StopInstances', INSTANCE, [], {
  identityPolicies: [
    policy(doc(allow('ec2:*')), { name: 'EC2Full', type: 'inline-user', attachedVia: 'Inline' }),
    policy(doc(deny('ec2:StopInstances')), {
      name: 'NoStop',
      type: 'customer-managed',
      attachedVia: 'Group EC2-Support',
    }),
  ],
});
const groupInlineDeny = userRequest('ec2:StopInstances', INSTANCE, [], {
  identityPolicies: [
    policy(doc(allow('ec2:*'))),
    policy(doc(deny('ec2:*')), { name: 'NoEc2', type: 'inline-group', attachedVia: 'Group Ops' }),
  ],
});
const ownDeny = userRequest('ec2:StopInstances', INSTANCE, [
  allow('ec2:*'),
  deny('ec2:StopInstances'),
]);
const notActionGrants = userRequest('s3:GetObject', `${BUCKET}/a.txt`, [
  { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
]);
const notActionExcludes = userRequest('iam:CreateUser', userArn('bob'), [
  { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
]);
const plainAllow = userRequest('s3:GetObject', `${BUCKET}/a.txt`, [allow('s3:*')]);
const boundaryOnly = userRequest('s3:ListBucket', BUCKET, [allow('ec2:*')], {
  permissionsBoundary: policy(doc(allow('s3:*')), { name: 'S3Boundary', type: 'boundary' }),
});
const boundaryAndIdentity = userRequest('s3:ListBucket', BUCKET, [allow('s3:*')], {
  permissionsBoundary: policy(doc(allow('s3:*')), { type: 'boundary' }),
});
const bucketPolicyFor = (principal: string) =>
  policy(
    doc({
      Effect: 'Allow',
      Principal: { AWS: principal },
      Action: 's3:ListBucket',
      Resource: BUCKET,
    }),
    { type: 'resource' },
  );
/** A user of the other account, asking for this account's bucket. */
const crossAccount = (statements: object[], bucketPolicyAllows: boolean): AuthorizationRequest => ({
  ...userRequest('s3:ListBucket', BUCKET, statements),
  principal: { arn: userArn('carol', OTHER), id: 'AIDACAROL' },
  resourceAccount: '123456789012',
  ...(bucketPolicyAllows && { resourcePolicy: bucketPolicyFor(userArn('carol', OTHER)) }),
});

describe('misconceptionTags', () => {
  it.each<[string, AuthorizationRequest, EvalDecision, EvalDecision, MisconceptionTag[]]>([
    [
      'a Deny in a group managed policy, guessed allowed',
      groupDeny,
      'explicitDeny',
      'allowed',
      ['group-deny'],
    ],
    [
      'a Deny in a group managed policy, guessed implicit deny',
      groupDeny,
      'explicitDeny',
      'implicitDeny',
      ['group-deny'],
    ],
    ['a Deny in a group inline policy', groupInlineDeny, 'explicitDeny', 'allowed', ['group-deny']],
    ['a right guess has no tag', groupDeny, 'explicitDeny', 'explicitDeny', []],
    ["the user's own Deny is not a group Deny", ownDeny, 'explicitDeny', 'allowed', []],
    [
      'an Allow with NotAction grants what it does not list',
      notActionGrants,
      'allowed',
      'implicitDeny',
      ['notaction-allow'],
    ],
    [
      'an Allow with NotAction does not deny what it lists',
      notActionExcludes,
      'implicitDeny',
      'explicitDeny',
      ['notaction-allow'],
    ],
    [
      'an Allow with NotAction grants nothing it lists',
      notActionExcludes,
      'implicitDeny',
      'allowed',
      ['notaction-allow'],
    ],
    ['a plain Allow is not NotAction', plainAllow, 'allowed', 'implicitDeny', []],
    [
      'a boundary that allows grants nothing alone',
      boundaryOnly,
      'implicitDeny',
      'allowed',
      ['boundary-never-grants'],
    ],
    [
      'a boundary is not behind guessing an explicit deny',
      boundaryOnly,
      'implicitDeny',
      'explicitDeny',
      [],
    ],
    ['boundary and identity both allow', boundaryAndIdentity, 'allowed', 'implicitDeny', []],
    [
      'cross-account: only the bucket policy allows',
      crossAccount([], true),
      'implicitDeny',
      'allowed',
      ['cross-account-both-sides'],
    ],
    [
      'cross-account: only the identity policy allows',
      crossAccount([allow('s3:*')], false),
      'implicitDeny',
      'allowed',
      ['cross-account-both-sides'],
    ],
    ['cross-account: neither side allows', crossAccount([], false), 'implicitDeny', 'allowed', []],
    [
      'cross-account: both sides allow',
      crossAccount([allow('s3:*')], true),
      'allowed',
      'implicitDeny',
      [],
    ],
  ])('%s', (_name, request, decision, predicted, tags) => {
    const evaluation = evaluateRequest(request);
    expect(evaluation.decision).toBe(decision);
    expect(misconceptionTags(evaluation, request, predicted)).toEqual(tags);
  });

  it('reads NotAction from a policy given as JSON text', () => {
    const text = JSON.stringify(doc({ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' }));
    const request = userRequest('s3:GetObject', `${BUCKET}/a.txt`, [], {
      identityPolicies: [policy(text)],
    });
    const evaluation = evaluateRequest(request);
    expect(evaluation.decision).toBe('allowed');
    expect(misconceptionTags(evaluation, request, 'explicitDeny')).toEqual(['notaction-allow']);
  });
});
