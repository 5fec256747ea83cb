// Policy variables: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
// Derived request context: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../evaluate/evaluate-request';
import { ACCOUNT, allow, policy, userArn, userRequest } from '../evaluate/test-fixtures';
import type { AuthorizationRequest, ContextValue } from '../types';

const HOME = 'arn:aws:s3:::home/alice/notes.txt';

function decide(
  document: object,
  resource: string,
  context: Record<string, ContextValue> = {},
  extra: Partial<AuthorizationRequest> = {},
) {
  const r = userRequest('s3:GetObject', resource, [], { context, ...extra });
  r.identityPolicies = [policy(document)];
  return evaluateRequest(r);
}
const v2012 = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });

describe('variables in Resource (reference_policies_variables)', () => {
  it.each<[string, object, string, Record<string, ContextValue>, string]>([
    [
      '${aws:username} in a path',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')),
      HOME,
      {},
      'allowed',
    ],
    [
      "another user's folder",
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')),
      'arn:aws:s3:::home/bob/x',
      {},
      'implicitDeny',
    ],
    [
      'variable names are case-insensitive',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${AWS:UserName}/*')),
      HOME,
      {},
      'allowed',
    ],
    [
      'a request key as variable',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${s3:prefix}notes.txt')),
      HOME,
      { 's3:prefix': 'alice/' },
      'allowed',
    ],
    [
      '${aws:PrincipalTag/x}',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${aws:PrincipalTag/folder}/*')),
      HOME,
      {},
      'allowed',
    ],
    [
      'substituted text is literal, not a wildcard',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${s3:prefix}/notes.txt')),
      HOME,
      { 's3:prefix': '*' },
      'implicitDeny',
    ],
    [
      '${*} is a literal *',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${*}')),
      'arn:aws:s3:::home/*',
      {},
      'allowed',
    ],
    [
      '${*} does not act as a wildcard',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${*}')),
      HOME,
      {},
      'implicitDeny',
    ],
    [
      '${?} and ${$} are literal',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${?}${$}')),
      'arn:aws:s3:::home/?$',
      {},
      'allowed',
    ],
    [
      'a default value',
      v2012(allow('s3:GetObject', "arn:aws:s3:::home/${aws:PrincipalTag/nothere, 'alice'}/*")),
      HOME,
      {},
      'allowed',
    ],
    [
      'a missing variable: the entry matches nothing',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${aws:PrincipalTag/nothere}*')),
      HOME,
      {},
      'implicitDeny',
    ],
    [
      'a missing variable in NotResource: the entry excludes nothing',
      v2012({
        Effect: 'Allow',
        Action: 's3:GetObject',
        NotResource: 'arn:aws:s3:::home/${s3:nothere}*',
      }),
      HOME,
      {},
      'allowed',
    ],
    [
      'multivalued keys cannot be variables',
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${aws:TagKeys}/*')),
      HOME,
      { 'aws:TagKeys': ['alice'] },
      'implicitDeny',
    ],
    [
      'Version 2008-10-17: literal text',
      {
        Version: '2008-10-17',
        Statement: [allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')],
      },
      HOME,
      {},
      'implicitDeny',
    ],
    [
      'Version 2008-10-17: the literal text matches itself',
      {
        Version: '2008-10-17',
        Statement: [allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')],
      },
      'arn:aws:s3:::home/${aws:username}/x',
      {},
      'allowed',
    ],
    [
      'no Version: literal text',
      { Statement: [allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*')] },
      HOME,
      {},
      'implicitDeny',
    ],
  ])('%s', (_n, document, resource, context, expected) => {
    expect(
      decide(document, resource, context, {
        principal: { arn: userArn('alice'), id: 'AIDAALICE', tags: { folder: 'alice' } },
      }).decision,
    ).toBe(expected);
  });

  it('reports the missing variable', () => {
    const e = decide(
      v2012(allow('s3:GetObject', 'arn:aws:s3:::home/${aws:PrincipalTag/nothere}/*')),
      HOME,
    );
    expect(e.missingContextKeys).toEqual(['aws:PrincipalTag/nothere']);
  });
});

describe('variables in condition values (reference_policies_variables#policy-vars-wheretouse)', () => {
  const withCondition = (condition: object) =>
    v2012(allow('s3:GetObject', '*', { Condition: condition }));
  it.each<[string, object, Record<string, ContextValue>, string]>([
    [
      'substituted into StringEquals',
      { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } },
      { 'aws:ResourceTag/owner': 'alice' },
      'allowed',
    ],
    [
      'substituted text is literal in StringLike',
      { StringLike: { 's3:prefix': '${aws:PrincipalTag/p}' } },
      { 's3:prefix': 'anything' },
      'implicitDeny',
    ],
    [
      'StringLike wildcards around a variable still work',
      { StringLike: { 's3:prefix': 'home/${aws:username}/*' } },
      { 's3:prefix': 'home/alice/docs' },
      'allowed',
    ],
    [
      'missing variable: a positive operator does not match',
      { StringEquals: { 'aws:ResourceTag/owner': '${aws:PrincipalTag/nothere}' } },
      { 'aws:ResourceTag/owner': 'x' },
      'implicitDeny',
    ],
    [
      'missing variable: a negated operator matches',
      { StringNotEquals: { 'aws:ResourceTag/owner': '${aws:PrincipalTag/nothere}' } },
      { 'aws:ResourceTag/owner': 'x' },
      'allowed',
    ],
    [
      'a default value in a condition',
      { StringEquals: { 'aws:ResourceTag/owner': "${aws:PrincipalTag/nothere, 'x'}" } },
      { 'aws:ResourceTag/owner': 'x' },
      'allowed',
    ],
  ])('%s', (_n, condition, context, expected) => {
    const e = decide(withCondition(condition), '*', context, {
      principal: { arn: userArn('alice'), tags: { p: '*' } },
    });
    expect(e.decision).toBe(expected);
  });

  it('the trace shows values after substitution (null: no value)', () => {
    const e = decide(
      withCondition({
        StringEquals: {
          'aws:ResourceTag/owner': ['${aws:username}', '${aws:PrincipalTag/nothere}'],
        },
      }),
      '*',
      { 'aws:ResourceTag/owner': 'bob' },
    );
    expect(e.trace[0]?.conditions[0]).toMatchObject({
      policyValues: ['alice', null],
      requestValues: ['bob'],
      matched: false,
    });
  });
});

describe('derived context keys (reference_policies_condition-keys)', () => {
  const keysOf = (request: Partial<AuthorizationRequest>) =>
    decide(v2012(allow('*')), '*', {}, request).context;
  it('for an IAM user', () => {
    expect(
      keysOf({ principal: { arn: userArn('alice'), id: 'AIDAALICE', tags: { team: 'blue' } } }),
    ).toMatchObject({
      'aws:PrincipalArn': userArn('alice'),
      'aws:PrincipalAccount': ACCOUNT,
      'aws:PrincipalType': 'User',
      'aws:username': 'alice',
      'aws:userid': 'AIDAALICE',
      'aws:PrincipalTag/team': 'blue',
      'aws:ResourceAccount': ACCOUNT,
    });
  });

  it('for an assumed-role session: the role ARN, no aws:username', () => {
    const ctx = keysOf({
      principal: {
        arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Dev/alice`,
        id: 'AROADEV:alice',
        roleArn: `arn:aws:iam::${ACCOUNT}:role/team/Dev`,
      },
    });
    expect(ctx).toMatchObject({
      'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/team/Dev`,
      'aws:PrincipalType': 'AssumedRole',
      'aws:userid': 'AROADEV:alice',
    });
    expect(ctx['aws:username']).toBeUndefined();
  });

  it('for the root user: the account ID as aws:userid', () => {
    expect(keysOf({ principal: { arn: `arn:aws:iam::${ACCOUNT}:root` } })).toMatchObject({
      'aws:PrincipalType': 'Account',
      'aws:userid': ACCOUNT,
    });
  });

  it('explicit request keys win over derived ones', () => {
    const e = decide(v2012(allow('*')), '*', {
      'AWS:USERNAME': 'mallory',
      'aws:ResourceAccount': '999999999999',
    });
    expect(e.context['AWS:USERNAME']).toBe('mallory');
    expect(e.context['aws:username']).toBeUndefined();
    expect(e.context['aws:ResourceAccount']).toBe('999999999999');
  });

  it('aws:ResourceAccount from the request', () => {
    expect(keysOf({ resourceAccount: '210987654321' })['aws:ResourceAccount']).toBe('210987654321');
  });
});

describe('reused request objects', () => {
  it('notices edits to the context, the tags and the principal between evaluations', () => {
    const r = userRequest(
      's3:GetObject',
      '*',
      [
        allow('s3:*', '*', {
          Condition: { StringEquals: { 'test:k': 'a', 'aws:PrincipalTag/team': 'blue' } },
        }),
      ],
      { context: { 'test:k': 'a' } },
    );
    r.principal.tags = { team: 'blue' };
    expect(evaluateRequest(r).decision).toBe('allowed');
    (r.context as Record<string, ContextValue>)['test:k'] = 'b';
    expect(evaluateRequest(r).decision).toBe('implicitDeny');
    (r.context as Record<string, ContextValue>)['test:k'] = 'a';
    expect(evaluateRequest(r).decision).toBe('allowed');
    r.principal.tags.team = 'red';
    expect(evaluateRequest(r).decision).toBe('implicitDeny');
    r.principal.tags.team = 'blue';
    r.principal.arn = 'arn:aws:iam::123456789012:user/bob';
    const e = evaluateRequest(r);
    expect(e.context['aws:username']).toBe('bob');
    expect(e.decision).toBe('allowed');
  });

  it('notices edits inside a multivalued context value', () => {
    const r = userRequest(
      's3:GetObject',
      '*',
      [
        allow('s3:*', '*', {
          Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['a', 'b'] } },
        }),
      ],
      { context: { 'aws:TagKeys': ['a'] } },
    );
    expect(evaluateRequest(r).decision).toBe('allowed');
    ((r.context as Record<string, ContextValue>)['aws:TagKeys'] as string[]).push('c');
    expect(evaluateRequest(r).decision).toBe('implicitDeny');
  });
});
