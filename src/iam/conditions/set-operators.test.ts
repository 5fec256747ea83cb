// Set operators and multivalued keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
// Condition logic (keys ANDed, values ORed): https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../evaluate/evaluate-request';
import { allow, userRequest } from '../evaluate/test-fixtures';
import type { ContextValue } from '../types';

/** True when an Allow with this one condition grants the request with this context. */
function grants(condition: object, context: Record<string, ContextValue> = {}): boolean {
  const r = userRequest(
    's3:GetObject',
    'arn:aws:s3:::b/k',
    [allow('s3:GetObject', '*', { Condition: condition })],
    { context },
  );
  return evaluateRequest(r).decision === 'allowed';
}

const K = 'test:key';

describe('set operators on multivalued keys (reference_policies_condition-single-vs-multi-valued-context-keys)', () => {
  it.each<[string, string, unknown, ContextValue, boolean]>([
    [
      'ForAllValues: every request value in the policy set',
      'ForAllValues:StringEquals',
      ['a', 'b'],
      ['a', 'b'],
      true,
    ],
    ['ForAllValues: one value outside', 'ForAllValues:StringEquals', ['a', 'b'], ['a', 'c'], false],
    ['ForAllValues: empty set is true', 'ForAllValues:StringEquals', ['a'], [], true],
    ['ForAnyValue: one value inside', 'ForAnyValue:StringEquals', ['a'], ['c', 'a'], true],
    ['ForAnyValue: none inside', 'ForAnyValue:StringEquals', ['a'], ['c', 'd'], false],
    ['ForAnyValue: empty set is false', 'ForAnyValue:StringEquals', ['a'], [], false],
    [
      'ForAllValues:StringNotLike: all values unlike every pattern',
      'ForAllValues:StringNotLike',
      'key1*',
      ['key2', 'key3'],
      true,
    ],
    [
      'ForAllValues:StringNotLike: one value like it',
      'ForAllValues:StringNotLike',
      'key1*',
      ['key2', 'key1x'],
      false,
    ],
    [
      'ForAnyValue:StringNotEquals: one value outside',
      'ForAnyValue:StringNotEquals',
      ['a', 'b'],
      ['a', 'z'],
      true,
    ],
    [
      'ForAnyValue:StringNotEquals: all inside',
      'ForAnyValue:StringNotEquals',
      ['a', 'b'],
      ['a', 'b'],
      false,
    ],
    [
      'ForAnyValue:StringLike with a single-valued key',
      'ForAnyValue:StringLike',
      'ops*',
      'ops-lead',
      true,
    ],
    ['set operator names are case-insensitive', 'forallvalues:StringEquals', ['a'], ['a'], true],
    [
      'ForAllValues:StringEqualsIfExists on an empty set',
      'ForAllValues:StringEqualsIfExists',
      ['a'],
      [],
      true,
    ],
  ])('%s', (_name, operator, values, requestValue, expected) => {
    expect(grants({ [operator]: { [K]: values } }, { [K]: requestValue })).toBe(expected);
  });

  // Our choice where the docs leave one: without a set operator, a multivalued key behaves as
  // "any request value matches" for positive operators, and as its negation for negated ones.
  it.each<[string, string, unknown, ContextValue, boolean]>([
    ['positive: any value matches', 'StringEquals', 'a', ['b', 'a'], true],
    ['positive: no value matches', 'StringEquals', 'a', ['b', 'c'], false],
    ['positive: empty array is false', 'StringEquals', 'a', [], false],
    ['negated: no value matches', 'StringNotEquals', 'a', ['b', 'c'], true],
    ['negated: one value matches', 'StringNotEquals', 'a', ['b', 'a'], false],
    ['negated: empty array is true', 'StringNotEquals', 'a', [], true],
  ])(
    'multivalued key without a set operator (our documented choice): %s',
    (_n, operator, values, requestValue, expected) => {
      expect(grants({ [operator]: { [K]: values } }, { [K]: requestValue })).toBe(expected);
    },
  );

  it('an empty array is a present key for Null', () => {
    expect(grants({ Null: { [K]: 'false' } }, { [K]: [] })).toBe(true);
  });
});

describe('several keys AND, several values OR (reference_policies_condition-logic-multiple-context-keys-or-values)', () => {
  const cond = {
    StringEquals: {
      'aws:PrincipalTag/team': 'blue',
      'aws:RequestedRegion': ['us-east-1', 'eu-west-1'],
    },
    Bool: { 'aws:SecureTransport': 'true' },
  };
  it.each<[string, Record<string, ContextValue>, boolean]>([
    [
      'all keys match',
      {
        'aws:PrincipalTag/team': 'blue',
        'aws:RequestedRegion': 'eu-west-1',
        'aws:SecureTransport': true,
      },
      true,
    ],
    [
      'one key fails',
      {
        'aws:PrincipalTag/team': 'blue',
        'aws:RequestedRegion': 'ap-south-1',
        'aws:SecureTransport': true,
      },
      false,
    ],
    [
      'one operator fails',
      {
        'aws:PrincipalTag/team': 'blue',
        'aws:RequestedRegion': 'us-east-1',
        'aws:SecureTransport': false,
      },
      false,
    ],
  ])('%s', (_n, context, expected) => {
    expect(grants(cond, context)).toBe(expected);
  });
});

describe('key names are case-insensitive, the tag-key part too; values are not (reference_policies_elements_condition)', () => {
  it.each<[string, object, Record<string, ContextValue>, boolean]>([
    [
      'policy key in other case',
      { StringEquals: { 'AWS:SOURCEIP': '1.2.3.4' } },
      { 'aws:SourceIp': '1.2.3.4' },
      true,
    ],
    [
      'tag key part in other case',
      { StringEquals: { 'aws:ResourceTag/Team': 'blue' } },
      { 'aws:resourcetag/TEAM': 'blue' },
      true,
    ],
    [
      'values stay case-sensitive',
      { StringEquals: { 'aws:ResourceTag/Team': 'blue' } },
      { 'aws:ResourceTag/Team': 'Blue' },
      false,
    ],
    ['operator names are read case-insensitively', { stringequals: { k: 'v' } }, { k: 'v' }, true],
  ])('%s', (_n, condition, context, expected) => {
    expect(grants(condition, context)).toBe(expected);
  });

  it('derived principal tags answer in any case', () => {
    const r = userRequest('s3:GetObject', '*', [
      allow('s3:*', '*', { Condition: { StringEquals: { 'aws:PrincipalTag/TEAM': 'blue' } } }),
    ]);
    r.principal.tags = { team: 'blue' };
    expect(evaluateRequest(r).decision).toBe('allowed');
  });
});

describe('the trace shows operator, policy values, request values and result', () => {
  it('per condition', () => {
    const r = userRequest(
      's3:GetObject',
      '*',
      [allow('s3:*', '*', { Condition: { StringLike: { 's3:prefix': ['home/*', 'public/*'] } } })],
      { context: { 's3:prefix': 'home/x' } },
    );
    expect(evaluateRequest(r).trace[0]?.conditions).toEqual([
      {
        operator: 'StringLike',
        key: 's3:prefix',
        policyValues: ['home/*', 'public/*'],
        requestValues: ['home/x'],
        matched: true,
      },
    ]);
  });
});
