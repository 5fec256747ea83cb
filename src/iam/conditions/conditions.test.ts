// Condition operators: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
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

type Row = [string, string, unknown, ContextValue | undefined, boolean];
const K = 'test:key';

describe('operators on a present single-valued key (reference_policies_elements_condition_operators)', () => {
  it.each<Row>([
    ['StringEquals matches exactly', 'StringEquals', 'prod', 'prod', true],
    ['StringEquals is case-sensitive', 'StringEquals', 'prod', 'Prod', false],
    ['StringEquals ORs several values', 'StringEquals', ['dev', 'prod'], 'prod', true],
    ['StringNotEquals', 'StringNotEquals', 'prod', 'dev', true],
    [
      'StringNotEquals with several values: none may match',
      'StringNotEquals',
      ['dev', 'prod'],
      'prod',
      false,
    ],
    [
      'StringNotEquals with several values, none matching',
      'StringNotEquals',
      ['dev', 'prod'],
      'test',
      true,
    ],
    ['StringEqualsIgnoreCase', 'StringEqualsIgnoreCase', 'PROD', 'prod', true],
    ['StringNotEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'PROD', 'prod', false],
    ['StringLike with *', 'StringLike', 'home/*', 'home/alice/x', true],
    ['StringLike with ?', 'StringLike', 'v?', 'v1', true],
    ['StringLike is case-sensitive', 'StringLike', 'Home/*', 'home/x', false],
    ['StringNotLike', 'StringNotLike', ['a*', 'b*'], 'bob', false],
    ['StringNotLike, no pattern matching', 'StringNotLike', ['a*', 'b*'], 'carol', true],
    ['numbers compare as strings in StringEquals', 'StringEquals', 5, '5', true],
    ['NumericEquals', 'NumericEquals', '10', '10.0', true],
    ['NumericNotEquals', 'NumericNotEquals', '10', '11', true],
    ['NumericLessThan', 'NumericLessThan', '10', '9', true],
    ['NumericLessThan, equal', 'NumericLessThan', '10', '10', false],
    ['NumericLessThanEquals', 'NumericLessThanEquals', '10', '10', true],
    ['NumericGreaterThan', 'NumericGreaterThan', '10', '11', true],
    ['NumericGreaterThanEquals', 'NumericGreaterThanEquals', '10', '9', false],
    ['Numeric with a request number', 'NumericLessThan', '3600', 900, true],
    ['Numeric with a non-number request value', 'NumericLessThan', '10', 'abc', false],
    [
      'DateLessThan, ISO 8601',
      'DateLessThan',
      '2026-12-31T00:00:00Z',
      '2026-11-22T06:00:00Z',
      true,
    ],
    [
      'DateGreaterThan, ISO 8601',
      'DateGreaterThan',
      '2026-12-31T00:00:00Z',
      '2026-11-22T06:00:00Z',
      false,
    ],
    [
      'DateEquals, epoch policy vs ISO request',
      'DateEquals',
      '1767225600',
      '2026-01-01T00:00:00Z',
      true,
    ],
    [
      'DateEquals, ISO policy vs epoch request',
      'DateEquals',
      '2026-01-01T00:00:00Z',
      1767225600,
      true,
    ],
    [
      'Date with an offset compares as an instant',
      'DateEquals',
      '2026-01-01T01:00:00+01:00',
      '2026-01-01T00:00:00Z',
      true,
    ],
    [
      'a date alone is midnight UTC',
      'DateLessThanEquals',
      '2026-01-01',
      '2026-01-01T00:00:00Z',
      true,
    ],
    ['DateNotEquals', 'DateNotEquals', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', true],
    [
      'DateGreaterThanEquals with fractions',
      'DateGreaterThanEquals',
      '2026-01-01T00:00:00.500Z',
      '2026-01-01T00:00:00.600Z',
      true,
    ],
    ['Bool true', 'Bool', 'true', true, true],
    ['Bool is case-insensitive on the value', 'Bool', 'True', 'true', true],
    ['Bool false vs true', 'Bool', 'false', true, false],
    ['BinaryEquals, base 64', 'BinaryEquals', 'QmluYXJ5VmFsdWU=', 'QmluYXJ5VmFsdWU=', true],
    [
      'BinaryEquals compares bytes (padding optional)',
      'BinaryEquals',
      'QmluYXJ5VmFsdWU=',
      'QmluYXJ5VmFsdWU',
      true,
    ],
    ['BinaryEquals, other bytes', 'BinaryEquals', 'QmluYXJ5VmFsdWU=', 'T3RoZXI=', false],
    ['IpAddress, IPv4 CIDR', 'IpAddress', '203.0.113.0/24', '203.0.113.9', true],
    ['IpAddress, outside', 'IpAddress', '203.0.113.0/24', '198.51.100.1', false],
    ['IpAddress, single address', 'IpAddress', '203.0.113.9', '203.0.113.9', true],
    ['IpAddress, /0 covers every IPv4', 'IpAddress', '0.0.0.0/0', '198.51.100.1', true],
    ['IpAddress, IPv6 CIDR', 'IpAddress', '2001:DB8:1234:5678::/64', '2001:db8:1234:5678::1', true],
    [
      'IpAddress, IPv6 outside',
      'IpAddress',
      '2001:db8:1234:5678::/64',
      '2001:db8:1234:5679::1',
      false,
    ],
    ['IpAddress, IPv4 policy vs IPv6 request', 'IpAddress', '0.0.0.0/0', '2001:db8::1', false],
    [
      'IpAddress, IPv4-mapped IPv6 request',
      'IpAddress',
      '203.0.113.0/24',
      '::ffff:203.0.113.9',
      true,
    ],
    [
      'IpAddress, compressed IPv6 zeros',
      'IpAddress',
      '2001:db8::/32',
      '2001:0db8:0000:0000:0000:0000:0000:0001',
      true,
    ],
    ['NotIpAddress', 'NotIpAddress', ['10.0.0.0/8', '192.168.0.0/16'], '203.0.113.9', true],
    [
      'NotIpAddress, inside one block',
      'NotIpAddress',
      ['10.0.0.0/8', '192.168.0.0/16'],
      '10.1.1.1',
      false,
    ],
    [
      'ArnEquals',
      'ArnEquals',
      'arn:aws:iam::123456789012:role/Dev',
      'arn:aws:iam::123456789012:role/Dev',
      true,
    ],
    [
      'ArnLike with wildcards per segment',
      'ArnLike',
      'arn:aws:iam::*:role/Dev*',
      'arn:aws:iam::123456789012:role/DevOps',
      true,
    ],
    [
      'ArnLike is case-sensitive',
      'ArnLike',
      'arn:aws:iam::*:role/dev',
      'arn:aws:iam::123456789012:role/Dev',
      false,
    ],
    [
      'ArnNotEquals',
      'ArnNotEquals',
      'arn:aws:iam::123456789012:role/Dev',
      'arn:aws:iam::123456789012:role/Ops',
      true,
    ],
    [
      'ArnNotLike',
      'ArnNotLike',
      'arn:aws:iam::*:role/*',
      'arn:aws:iam::123456789012:role/Ops',
      false,
    ],
  ])('%s', (_name, operator, values, requestValue, expected) => {
    const context: Record<string, ContextValue> =
      requestValue === undefined ? {} : { [K]: requestValue };
    expect(grants({ [operator]: { [K]: values } }, context)).toBe(expected);
  });
});

describe('a missing key (reference_policies_elements_condition_operators, _IfExists, Conditions_Null)', () => {
  it.each<[string, string, unknown, boolean]>([
    ['positive operator: false', 'StringEquals', 'x', false],
    ['negated operator: true', 'StringNotEquals', 'x', true],
    ['StringNotLike: true', 'StringNotLike', 'x*', true],
    ['NotIpAddress: true', 'NotIpAddress', '10.0.0.0/8', true],
    ['ArnNotEquals: true', 'ArnNotEquals', 'arn:aws:iam::1:root', true],
    ['NumericLessThan: false', 'NumericLessThan', '1', false],
    ['Bool: false', 'Bool', 'true', false],
    ['IfExists: true', 'StringEqualsIfExists', 'x', true],
    ['BoolIfExists: true', 'BoolIfExists', 'false', true],
    ['ForAllValues: true', 'ForAllValues:StringEquals', 'x', true],
    ['ForAnyValue: false', 'ForAnyValue:StringEquals', 'x', false],
    ['Null true: the key is missing', 'Null', 'true', true],
    ['Null false: the key is missing', 'Null', 'false', false],
  ])('%s', (_name, operator, values, expected) => {
    expect(grants({ [operator]: { [K]: values } })).toBe(expected);
  });

  it('IfExists on a present key behaves like the base operator', () => {
    expect(grants({ StringEqualsIfExists: { [K]: 'x' } }, { [K]: 'y' })).toBe(false);
    expect(grants({ StringEqualsIfExists: { [K]: 'x' } }, { [K]: 'x' })).toBe(true);
  });

  it('Null false on a present key', () => {
    expect(grants({ Null: { [K]: 'false' } }, { [K]: 'x' })).toBe(true);
    expect(grants({ Null: { [K]: 'true' } }, { [K]: 'x' })).toBe(false);
  });

  it('reports the missing keys honestly', () => {
    const r = userRequest('s3:GetObject', '*', [
      allow('s3:*', '*', {
        Condition: {
          StringEquals: { 'aws:SourceVpc': 'vpc-1' },
          NumericLessThan: { 's3:max-keys': '10' },
        },
      }),
    ]);
    expect(evaluateRequest(r).missingContextKeys).toEqual(['aws:SourceVpc', 's3:max-keys']);
  });
});
