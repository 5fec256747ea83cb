// Bad input (issue 2, "Bad input"): malformed policies match nothing and are reported in
// `problems`; evaluateRequest never throws or hangs. AWS would refuse to save most of these
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html); the engine
// must still answer for documents that reach it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuthorizationRequest } from '../types';
import { evaluateRequest } from './evaluate-request';
import { allow, doc, policy, userRequest } from './test-fixtures';

const OBJ = 'arn:aws:s3:::b/k';

function run(document: unknown, context: AuthorizationRequest['context'] = {}) {
  const r = userRequest('s3:GetObject', OBJ, [], { context });
  r.identityPolicies = [policy(document as object)];
  return evaluateRequest(r);
}
const crashed = (problems: string[] | undefined) =>
  (problems ?? []).some((p) => p.startsWith('The request could not be evaluated'));

describe('malformed documents match nothing and are reported (reference_policies_grammar)', () => {
  it.each<[string, unknown]>([
    ['not JSON', '{"Version": "2012-10-17", "Statement": ['],
    ['Statement as a number', { Version: '2012-10-17', Statement: 5 }],
    ['Statement missing', { Version: '2012-10-17' }],
    ['document is null', null],
    ['document is a number', 42],
    ['document is an array', [allow('*')]],
    ['Action as an object', doc({ Effect: 'Allow', Action: { s3: 'GetObject' }, Resource: '*' })],
    [
      'Action with a number inside',
      doc({ Effect: 'Allow', Action: ['s3:GetObject', 7], Resource: '*' }),
    ],
    ['Resource as a number', doc({ Effect: 'Allow', Action: '*', Resource: 1 })],
    [
      'both Action and NotAction',
      doc({ Effect: 'Allow', Action: '*', NotAction: 'iam:*', Resource: '*' }),
    ],
    [
      'both Resource and NotResource',
      doc({ Effect: 'Allow', Action: '*', Resource: '*', NotResource: 'x' }),
    ],
    ['Effect in lower case', doc({ Effect: 'allow', Action: '*', Resource: '*' })],
    ['Effect missing', doc({ Action: '*', Resource: '*' })],
    ['Condition as a string', doc(allow('*', '*', { Condition: 'StringEquals' }))],
    ['condition block as an array', doc(allow('*', '*', { Condition: { StringEquals: ['a'] } }))],
    [
      'condition value as an object',
      doc(allow('*', '*', { Condition: { StringEquals: { k: { nested: 1 } } } })),
    ],
    ['statement as a string', { Version: '2012-10-17', Statement: ['Allow everything'] }],
  ])('%s', (_n, document) => {
    const e = run(document);
    expect(e.decision).toBe('implicitDeny');
    expect(e.problems?.length).toBeGreaterThan(0);
    expect(crashed(e.problems)).toBe(false);
  });

  it.each<[string, unknown, string]>([
    [
      'an unknown operator matches nothing',
      doc(allow('*', '*', { Condition: { StringEqualz: { k: 'v' } } })),
      'implicitDeny',
    ],
    [
      'Null with IfExists is not an operator',
      doc(allow('*', '*', { Condition: { NullIfExists: { k: 'true' } } })),
      'implicitDeny',
    ],
    [
      'unknown elements are ignored',
      doc(allow('s3:GetObject', '*', { Colour: 'blue' })),
      'allowed',
    ],
    [
      'unknown top-level elements are ignored',
      { Version: '2012-10-17', Id: 'x', Extra: [1], Statement: [allow('*')] },
      'allowed',
    ],
    [
      'a bad Version is reported; variables stay literal',
      { Version: '2020-01-01', Statement: [allow('*')] },
      'allowed',
    ],
  ])('%s', (_n, document, expected) => {
    expect(run(document).decision).toBe(expected);
  });
});

describe('hostile sizes and shapes never throw or hang', () => {
  it('a 1 MB document (text and object)', () => {
    const statements = Array.from({ length: 6000 }, (_, k) =>
      allow(`s3:Get${'x'.repeat(100)}${k}`, `arn:aws:s3:::${'b'.repeat(40)}${k}/*`),
    );
    const object = doc(...statements, allow('s3:GetObject', OBJ));
    const text = JSON.stringify(object);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(run(text).decision).toBe('allowed');
    expect(run(object).decision).toBe('allowed');
  });

  it('JSON nested 10,000 deep', () => {
    const deep = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"k":${'['.repeat(10000)}${']'.repeat(10000)}}}}]}`;
    const e = run(deep);
    expect(e.decision).toBe('implicitDeny');
    expect(crashed(e.problems)).toBe(false);
    let nested: unknown = 'v';
    for (let k = 0; k < 10000; k++) nested = [nested];
    expect(run(doc(allow('*', '*', { Condition: { StringEquals: { k: nested } } }))).decision).toBe(
      'implicitDeny',
    );
  });

  it.each([
    ['regex metacharacters in actions', 's3:(Get|Put)+.*$', 's3:GetObject', 'implicitDeny'],
    ['regex metacharacters in resources', '*', 'arn:aws:s3:::b/(a+)+[x]{2}\\', 'allowed'],
    [
      'catastrophic-backtracking shape',
      `s3:${'*a'.repeat(500)}b`,
      `s3:${'a'.repeat(5000)}`,
      'implicitDeny',
    ],
  ])('%s', (_n, action, requested, expected) => {
    const r = userRequest(
      requested.startsWith('arn:') ? 's3:GetObject' : requested,
      requested.startsWith('arn:') ? requested : OBJ,
      [allow(action, '*')],
    );
    expect(evaluateRequest(r).decision).toBe(expected);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'condition and context keys named %s',
    (key) => {
      const document = JSON.parse(
        `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"${key}":"x"}}}]}`,
      ) as object;
      const context = JSON.parse(`{"${key}":"x"}`) as Record<string, string>;
      expect(run(document, context).decision).toBe('allowed');
      expect(run(document, {}).decision).toBe('implicitDeny');
      expect(run(JSON.stringify(document), context).context[key]).toBe('x');
    },
  );

  it.each([
    ['IpAddress', '10.0.0.0/33', '10.0.0.1'],
    ['IpAddress', '300.1.1.1', '10.0.0.1'],
    ['IpAddress', '1:2:3:4:5:6:7:8:9/64', '::1'],
    ['IpAddress', 'not an ip', 'also not'],
    ['DateLessThan', '2026-02-30T00:00:00Z', '2026-01-01'],
    ['DateLessThan', 'yesterday', '2026-01-01'],
    ['DateLessThan', '2026-01-01', '99999999999999999999'],
    ['NumericLessThan', '1e999', '5'],
    ['BinaryEquals', '!!!', '!!!'],
  ])('invalid values for %s (%s) simply do not match', (operator, value, requestValue) => {
    expect(
      run(doc(allow('*', '*', { Condition: { [operator]: { k: value } } })), { k: requestValue })
        .decision,
    ).toBe('implicitDeny');
  });

  it('garbage requests are answered, not thrown', () => {
    const weird = [
      {},
      { principal: null, action: 5, resource: {}, identityPolicies: 'x' },
      {
        principal: { arn: 7, tags: 'x' },
        action: 's3:GetObject',
        resource: OBJ,
        identityPolicies: [null, 5, { document: undefined }],
      },
      {
        principal: { arn: 'arn:aws:iam::1:user/u' },
        action: 's3:GetObject',
        resource: OBJ,
        identityPolicies: [],
        serviceControlPolicies: [null, 'x'],
        sessionPolicies: {},
        permissionsBoundary: 3,
      },
      {
        principal: { arn: 'arn:aws:iam::1:user/u' },
        action: 's3:GetObject',
        resource: OBJ,
        identityPolicies: [],
        context: { a: { b: 1 }, c: [null, {}, 1], d: Number.NaN },
      },
    ];
    for (const r of weird) {
      const e = evaluateRequest(r as unknown as AuthorizationRequest);
      expect(e.decision).toBe('implicitDeny');
    }
  });
});

describe('property: no input makes evaluateRequest throw', () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(
        '*',
        's3:*',
        's3:GetObject',
        'Allow',
        'Deny',
        'arn:aws:s3:::b/*',
        '${aws:username}',
        '2012-10-17',
        '__proto__',
        'StringEquals',
        'ForAllValues:StringLike',
        'NotIpAddress',
        '10.0.0.0/8',
      ),
      fc.string({ maxLength: 6 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(
        fc.constantFrom(
          'Effect',
          'Action',
          'NotAction',
          'Resource',
          'NotResource',
          'Principal',
          'NotPrincipal',
          'Condition',
          'Statement',
          'Version',
          'Sid',
          'AWS',
          'StringEquals',
          'aws:username',
          '__proto__',
          'constructor',
        ),
        tie('value'),
        { maxKeys: 4 },
      ),
    ),
  })).value;
  it('for arbitrary documents, as objects and as text', () => {
    fc.assert(
      fc.property(json, json, fc.boolean(), (identity, resource, asText) => {
        const r: AuthorizationRequest = {
          principal: { arn: 'arn:aws:iam::123456789012:user/alice', tags: { team: 'x' } },
          action: 's3:GetObject',
          resource: OBJ,
          context: { 'aws:SourceIp': '10.1.1.1' },
          identityPolicies: [
            policy(asText ? (JSON.stringify(identity) ?? 'null') : (identity as object)),
          ],
          resourcePolicy: policy(
            asText ? (JSON.stringify(resource) ?? 'null') : (resource as object),
          ),
          permissionsBoundary: policy(identity as object),
        };
        const e = evaluateRequest(r);
        expect(['allowed', 'explicitDeny', 'implicitDeny']).toContain(e.decision);
        expect(crashed(e.problems)).toBe(false);
      }),
      { numRuns: 1500, seed: 2 },
    );
  });
});
