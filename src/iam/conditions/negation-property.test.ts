// Negated condition operators are the negation of their positive partners, on present,
// single-valued, well-typed keys without a set operator:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
import fc from 'fast-check';
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

describe('property: a negated operator is the negation of its positive partner', () => {
  const pairs: Array<[string, string, fc.Arbitrary<string>, fc.Arbitrary<string>]> = [
    ['StringEquals', 'StringNotEquals', fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })],
    [
      'StringEqualsIgnoreCase',
      'StringNotEqualsIgnoreCase',
      fc.string({ maxLength: 4 }),
      fc.string({ maxLength: 4 }),
    ],
    [
      'StringLike',
      'StringNotLike',
      fc.string({ unit: fc.constantFrom('a', 'b', '*', '?'), maxLength: 5 }),
      fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 5 }),
    ],
    [
      'NumericEquals',
      'NumericNotEquals',
      fc.integer({ min: -5, max: 5 }).map(String),
      fc.integer({ min: -5, max: 5 }).map(String),
    ],
    [
      'DateEquals',
      'DateNotEquals',
      fc.integer({ min: 0, max: 3 }).map((n) => String(1767225600 + n)),
      fc.integer({ min: 0, max: 3 }).map((n) => new Date((1767225600 + n) * 1000).toISOString()),
    ],
    [
      'IpAddress',
      'NotIpAddress',
      fc
        .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 24, max: 32 }))
        .map(([a, p]) => `10.0.${a}.0/${p}`),
      fc.integer({ min: 0, max: 3 }).map((a) => `10.0.${a}.7`),
    ],
    [
      'ArnLike',
      'ArnNotLike',
      fc.constantFrom('arn:aws:iam::*:role/*', 'arn:aws:iam::1:role/a', 'arn:aws:iam::?:role/b*'),
      fc.constantFrom('arn:aws:iam::1:role/a', 'arn:aws:iam::2:role/bc'),
    ],
  ];
  it.each(pairs)('%s vs %s', (positive, negated, policyValue, requestValue) => {
    fc.assert(
      fc.property(
        fc.array(policyValue, { minLength: 1, maxLength: 3 }),
        requestValue,
        (values, v) => {
          const p = grants({ [positive]: { [K]: values } }, { [K]: v });
          const n = grants({ [negated]: { [K]: values } }, { [K]: v });
          expect(n).toBe(!p);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
