// Policies that decide alike for every user of an account, and those that name who asks.
import { describe, expect, it } from 'vitest';
import type { PolicyInput, RequestPrincipal } from '../types';
import { decidesAlikeForPrincipals } from './alike-for-principals';
import { evaluateRequest } from './evaluate-request';
import { userArn } from './test-fixtures';

const text = (statement: object) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const p = (statement: object): PolicyInput => ({ document: text(statement) });
const allowIf = (condition: object) =>
  p({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition });

const alice: RequestPrincipal = { arn: userArn('alice'), id: 'AIDAALICE', tags: { team: 'a' } };
const bob: RequestPrincipal = { arn: userArn('bob'), id: 'AIDABOB', tags: { team: 'b' } };
const decision = (principal: RequestPrincipal, policy: PolicyInput, resource: string) =>
  evaluateRequest({ principal, action: 's3:GetObject', resource, identityPolicies: [policy] })
    .decision;

// Each policy names who asks, and so decides differently for alice and bob on this resource.
const dependent: Array<[string, PolicyInput, string]> = [
  [
    'a policy variable in Resource',
    p({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*' }),
    'arn:aws:s3:::b/alice/k',
  ],
  [
    'a variable written with an escape',
    {
      document:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/\\u0024{aws:username}/*"}]}',
    },
    'arn:aws:s3:::b/alice/k',
  ],
  ['aws:username', allowIf({ StringEquals: { 'aws:username': 'alice' } }), '*'],
  ['aws:userid, in any case', allowIf({ StringEquals: { 'AWS:UserId': 'AIDAALICE' } }), '*'],
  ['aws:PrincipalArn', allowIf({ ArnLike: { 'aws:PrincipalArn': userArn('alice') } }), '*'],
  ['aws:PrincipalTag', allowIf({ StringEquals: { 'aws:PrincipalTag/team': 'a' } }), '*'],
];

describe('policies that decide alike for every user', () => {
  it.each(dependent)('not with %s', (_name, policy, resource) => {
    expect(decision(alice, policy, resource)).not.toBe(decision(bob, policy, resource));
    expect(decidesAlikeForPrincipals([policy])).toBe(false);
  });

  it.each([
    ['wildcard actions and a deny', [p({ Effect: 'Allow', Action: 's3:*', Resource: '*' })]],
    [
      'a condition on the request, not on who',
      [allowIf({ Bool: { 'aws:SecureTransport': 'true' } })],
    ],
    ['a document given as an object', [{ document: { Version: '2012-10-17', Statement: [] } }]],
    ['no policy at all', []],
  ] as const)('with %s', (_name, policies) => {
    expect(decidesAlikeForPrincipals(policies)).toBe(true);
  });

  it('not when a document does not parse (nothing is assumed of it)', () => {
    expect(decidesAlikeForPrincipals([{ document: '{"Statement": [' }])).toBe(false);
  });

  it('not when any one of the policies names who asks', () => {
    const plain = p({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
    expect(decidesAlikeForPrincipals([plain, dependent[2]?.[1] ?? plain])).toBe(false);
  });
});
