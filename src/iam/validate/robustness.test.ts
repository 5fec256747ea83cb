// Bad input never throws or hangs: every input gives errors and findings, or a clean result
// (issue #2 "Bad input"). Includes fast-check properties over arbitrary JSON and arbitrary text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyKind } from '../types';
import { parsePolicy } from '../parse/parse-policy';
import { ACCESS_ANALYZER_CHECKS } from './checks';
import { createTestCatalog } from './test-catalog';
import { validatePolicy, validatePolicyDocument, validatePolicyText } from './validate-policy';

const catalog = createTestCatalog();
const KINDS: PolicyKind[] = ['identity', 'resource', 'trust', 'boundary', 'scp'];

function validateAll(text: string) {
  return KINDS.map((kind) => validatePolicyText(text, kind, catalog));
}

function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

describe('large and deep documents', () => {
  it('validates a 1 MB policy of many statements quickly', () => {
    const statement = {
      Sid: 'S',
      Effect: 'Allow',
      Action: [
        's3:GetObjct',
        'ec2:Describe*',
        'iam:PassRole',
        'foo:Bar',
        's3:Get*',
        's3:GetObject',
      ],
      Resource: ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a', '*'],
      Condition: { StringEquals: { 'aws:SourceIp': '10.0.0.0/8*', 'aws:Bogus': 'x' } },
    };
    const doc = { Version: '2012-10-17', Statement: Array<unknown>(4000).fill(statement) };
    const text = JSON.stringify(doc);
    expect(text.length).toBeGreaterThan(1_000_000);
    const { result, ms } = timed(() => validatePolicyText(text, 'identity', catalog));
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.findings.length).toBeLessThanOrEqual(500);
    expect(result.findings[0]?.issueCode).toBe('POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA');
    expect(ms).toBeLessThan(10_000);
  });

  it('validates one statement with 50,000 actions quickly', () => {
    const actions = Array.from(
      { length: 50_000 },
      (_, i) => `ec2:Describe${i % 7 === 0 ? '*' : `Thing${i}`}`,
    );
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: actions, Resource: '*' },
    });
    const { ms } = timed(() => validatePolicyText(text, 'identity', catalog));
    expect(ms).toBeLessThan(10_000);
  });

  it.each([
    ['as the whole document', (d: string) => d],
    [
      'as a condition value',
      (d: string) =>
        `{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"k":${d}}}}}`,
    ],
    ['as a statement', (d: string) => `{"Statement":[${d}]}`],
    [
      'as an action',
      (d: string) => `{"Statement":{"Effect":"Allow","Action":${d},"Resource":"*"}}`,
    ],
  ])('survives JSON nested 10,000 deep %s', (_name, wrap) => {
    const deepArray = '['.repeat(10_000) + ']'.repeat(10_000);
    const deepObject = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    for (const deep of [deepArray, deepObject]) {
      for (const r of validateAll(wrap(deep))) expect(r.errors.length).toBeGreaterThan(0);
    }
  });
});

describe('hostile values', () => {
  const META = '.*+?^${}()|[]\\/';
  it.each([
    [
      'regex metacharacters in actions',
      {
        Effect: 'Allow',
        Action: [`s3:${META}`, `${META}:x`, '(a+)+b:c', 's3:((((((((((*'],
        Resource: '*',
      },
    ],
    [
      'regex metacharacters in resources',
      {
        Effect: 'Allow',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${META}`, `arn:${META}:s3:::x`, '*'.repeat(5000)],
      },
    ],
    [
      '__proto__ and constructor as condition keys',
      {
        Effect: 'Allow',
        Action: 's3:*',
        Resource: '*',
        Condition: {
          StringEquals: { __proto__: 'x', constructor: 'y', toString: 'z' },
          __proto__: { a: 'b' },
        },
      },
    ],
    [
      '__proto__ as an element',
      { Effect: 'Allow', Action: 's3:*', Resource: '*', __proto__: 'x', constructor: {} },
    ],
    [
      'prototype names as services, actions and keys',
      {
        Effect: 'Allow',
        Action: ['constructor:toString', '__proto__:valueOf', 'hasOwnProperty'],
        Resource: 'arn:aws:__proto__:::constructor',
        Condition: { StringEquals: { 'constructor:prototype': 'x', '__proto__:__proto__': 'y' } },
      },
    ],
    [
      'invalid CIDRs',
      {
        Effect: 'Allow',
        Action: 's3:*',
        Resource: '*',
        Condition: {
          IpAddress: {
            'aws:SourceIp': [
              '999.1.1.1/8',
              '1.2.3.4/33',
              '::1::2',
              'fe80::/200',
              '1.2.3',
              '',
              '/',
              '1.2.3.4/-1',
            ],
          },
        },
      },
    ],
    [
      'invalid dates',
      {
        Effect: 'Allow',
        Action: 's3:*',
        Resource: '*',
        Condition: {
          DateLessThan: {
            'aws:CurrentTime': [
              '2020-02-30T25:61:61Z',
              'yesterday',
              '-',
              't',
              '99999999999999999999999',
              '',
            ],
          },
        },
      },
    ],
    [
      'variables everywhere',
      {
        Effect: 'Allow',
        Action: 's3:${aws:username}',
        Resource: 'arn:aws:s3:::${${${',
        Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '${aws:x' } },
      },
    ],
  ])('%s', (_name, statement) => {
    // JSON.stringify drops __proto__ set through a literal, so build the text by hand where needed.
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [statement] }).replace(
      '"Resource":"*"',
      '"Resource":"*","__proto__":{"polluted":true}',
    );
    for (const r of validateAll(text)) expect(Array.isArray(r.findings)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('documents given as objects', () => {
  it('validates an object as its JSON text', () => {
    const r = validatePolicyDocument(
      { Statement: { Effect: 'Allow', Action: 's3:Nope', Resource: '*' } },
      'identity',
      catalog,
      { purpose: 'inline-user' },
    );
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => f.issueCode)).toEqual(['MISSING_VERSION', 'INVALID_ACTION']);
  });

  it('turns an object that is not JSON (a cycle) into a grammar error', () => {
    const cyclic: Record<string, unknown> = { Version: '2012-10-17' };
    cyclic.Statement = cyclic;
    expect(validatePolicyDocument(cyclic, 'identity', catalog).errors[0]?.message).toBe(
      'Syntax errors in policy.',
    );
  });
});

describe('ReadOnlyAccess-shaped policies', () => {
  it('compares thousands of wildcard actions over hundreds of services quickly', () => {
    const actions = Array.from(
      { length: 3000 },
      (_, i) =>
        `svc${i % 400}:${['Get', 'List', 'Describe', 'Batch', 'Search'][i % 5]}${i % 3 === 0 ? '*' : `Thing${i}`}`,
    );
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: actions, Resource: '*' },
    });
    const { ms } = timed(() =>
      validatePolicyText(text, 'identity', catalog, { purpose: 'aws-managed' }),
    );
    expect(ms).toBeLessThan(10_000);
  });
});

describe('properties', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(...KINDS), (value, kind) => {
        const text = JSON.stringify(value) ?? 'null';
        const r = validatePolicyText(text, kind, catalog);
        expect(r.size).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400, seed: 2 },
    );
  });

  it('never throws on policy-shaped JSON with arbitrary elements', () => {
    const word = fc.constantFrom(
      'Version',
      'Statement',
      'Effect',
      'Action',
      'NotAction',
      'Resource',
      'NotResource',
      'Principal',
      'NotPrincipal',
      'Condition',
      'Sid',
      'AWS',
      'Service',
      'StringEquals',
      'ForAllValues:StringLike',
      'DateLessThanIfExists',
      'IpAddress',
      'Null',
      'aws:SourceIp',
      'aws:CurrentTime',
      '__proto__',
      'Allow',
      'Deny',
      '2012-10-17',
      '*',
      's3:Get*',
      'iam:PassRole',
      'arn:aws:s3:::b/*',
      '10.0.0.0/8',
      '${aws:username}',
    );
    const leaf = fc.oneof(word, fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(word, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, fc.constantFrom(...KINDS), (value, kind) => {
        const parsed = parsePolicy(JSON.stringify(value) ?? 'null');
        if (parsed.ok) validatePolicy(parsed.policy, kind, catalog);
      }),
      { numRuns: 1000, seed: 3 },
    );
  });

  it('places every finding and error inside the text, with a known check', () => {
    const word = fc.constantFrom(
      'Version',
      'Statement',
      'Effect',
      'Action',
      'Resource',
      'NotResource',
      'Principal',
      'NotPrincipal',
      'Condition',
      'Sid',
      'AWS',
      'StringEquals',
      'IpAddress',
      'Bool',
      'aws:SourceIp',
      'Allow',
      'Deny',
      '2012-10-17',
      '*',
      's3:Get*',
      's3:GetObjct',
      'iam:PassRole',
      'arn:aws:s3:::b/*',
      'arn:aws:ec2:us-east-1:1:instance/x',
      '10.0.0.1/8',
      '${aws:username}',
    );
    const leaf = fc.oneof(word, fc.integer(), fc.boolean());
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(word, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, fc.constantFrom(...KINDS), fc.boolean(), (value, kind, pretty) => {
        const text = JSON.stringify(
          { Version: '2012-10-17', Statement: value },
          null,
          pretty ? 2 : 0,
        );
        const r = validatePolicyText(text, kind, catalog);
        for (const place of [...r.findings, ...r.errors]) {
          if (!place.span) continue;
          expect(place.span.start.offset).toBeLessThanOrEqual(place.span.end.offset);
          expect(place.span.end.offset).toBeLessThanOrEqual(text.length);
        }
        for (const f of r.findings)
          expect(ACCESS_ANALYZER_CHECKS.get(f.issueCode)?.title).toBe(f.title);
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom(...KINDS),
        (text, kind) => {
          validatePolicyText(text, kind, catalog);
        },
      ),
      { numRuns: 500, seed: 4 },
    );
  });
});
