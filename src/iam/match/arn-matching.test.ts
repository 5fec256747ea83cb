// Wildcards in Resource ARNs and Action names:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, compileWildcard } from './wildcard';

describe('ARN segment rule (reference_policies_elements_resource)', () => {
  it.each([
    ['exact', 'arn:aws:s3:::b/k', 'arn:aws:s3:::b/k', true],
    ['case-sensitive', 'arn:aws:s3:::B/k', 'arn:aws:s3:::b/k', false],
    ['trailing * in the resource', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/a/b/c', true],
    ['* replaces slashes too', 'arn:aws:s3:::b/*/c', 'arn:aws:s3:::b/x/y/c', true],
    [
      '* in region and account',
      'arn:aws:ec2:*:*:instance/*',
      'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
      true,
    ],
    [
      '? is one character',
      'arn:aws:iam::123456789012:user/a?c',
      'arn:aws:iam::123456789012:user/abc',
      true,
    ],
    [
      '? is not zero characters',
      'arn:aws:iam::123456789012:user/a?c',
      'arn:aws:iam::123456789012:user/ac',
      false,
    ],
    [
      '? does not match a colon',
      'arn:aws:logs:us-east-1:1:log-group?x',
      'arn:aws:logs:us-east-1:1:log-group:x',
      false,
    ],
    [
      'mid-segment * stays in its segment',
      'arn:aws:logs:us-east-1:1:log-*x',
      'arn:aws:logs:us-east-1:1:log-group:x',
      false,
    ],
    [
      'a * ending a segment runs past the colon',
      'arn:aws:logs:us-east-1:1:log-group:*',
      'arn:aws:logs:us-east-1:1:log-group:g:log-stream:s',
      true,
    ],
    [
      'a * ending the region runs past colons',
      'arn:aws:ec2:*:instance/i-1',
      'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
      true,
    ],
    ['"*" matches everything', '*', 'arn:aws:s3:::b', true],
    ['"*" matches "*"', '*', '*', true],
    ['an ARN does not match resource "*"', 'arn:aws:s3:::*', '*', false],
    ['no wildcard in the service segment', 'arn:aws:s*:::b', 'arn:aws:s3:::b', false],
    ['service segment wildcard is a plain character', 'arn:aws:s*:::b', 'arn:aws:s*:::b', true],
    [
      'regex metacharacters are plain text',
      'arn:aws:s3:::b/(a+)+$.[x]',
      'arn:aws:s3:::b/(a+)+$.[x]',
      true,
    ],
    ['regex metacharacters do not act as regex', 'arn:aws:s3:::b/a.c', 'arn:aws:s3:::b/abc', false],
  ])('%s: %s vs %s', (_name, pattern, arn, expected) => {
    expect(compileWildcard(pattern, 'arn')(arn)).toBe(expected);
  });

  it('substituted text is literal', () => {
    const m = compilePattern(
      [
        { text: 'arn:aws:s3:::b/', literal: false },
        { text: 'a*', literal: true },
        { text: '/*', literal: false },
      ],
      'arn',
    );
    expect(m('arn:aws:s3:::b/a*/k')).toBe(true);
    expect(m('arn:aws:s3:::b/ab/k')).toBe(false);
  });

  it('does not hang on patterns built to make backtracking explode', () => {
    const pattern = `arn:aws:s3:::${'*a'.repeat(200)}b`;
    const text = `arn:aws:s3:::${'a'.repeat(20000)}`;
    expect(compileWildcard(pattern, 'arn')(text)).toBe(false);
    expect(compileWildcard('*a'.repeat(300) + 'b', 'string')('a'.repeat(20000))).toBe(false);
  });
});

describe('action names (reference_policies_elements_action)', () => {
  it.each([
    ['s3:Get*', 's3:getobject', true],
    ['S3:GETOBJECT', 's3:getobject', true],
    ['s3:*', 'ec2:startinstances', false],
    ['*', 'iam:createuser', true],
    ['ec2:*Instances', 'ec2:describeinstances', true],
    ['iam:???User', 'iam:getuser', true],
    ['iam:????User', 'iam:getuser', false],
  ])('%s vs %s', (pattern, action, expected) => {
    expect(compileWildcard(pattern, 'action')(action)).toBe(expected);
  });
});

// An obviously correct matcher for the segment rule, written from the doc's words: recursive
// over the pattern; `?` is one non-colon character; `*` is any run that contains no colon, unless
// the `*` ends its segment (next pattern character is ':' or the end); service segment literal.
function reference(pattern: string, text: string, arn: boolean): boolean {
  const literalAt = new Set<number>();
  if (arn) {
    let colons = 0;
    for (let k = 0; k < pattern.length; k++) {
      if (colons === 2) literalAt.add(k);
      if (pattern[k] === ':') colons++;
    }
  }
  const go = (p: number, t: number): boolean => {
    if (p === pattern.length) return t === text.length;
    const c = pattern[p];
    if (c === '*' && !literalAt.has(p)) {
      let q = p;
      while (pattern[q] === '*' && !literalAt.has(q)) q++;
      const endsSegment = q === pattern.length || pattern[q] === ':';
      for (let k = t; k <= text.length; k++) {
        if (go(q, k)) return true;
        if (k < text.length && arn && !endsSegment && text[k] === ':') return false;
      }
      return false;
    }
    if (t >= text.length) return false;
    if (c === '?' && !literalAt.has(p)) return (!arn || text[t] !== ':') && go(p + 1, t + 1);
    return c === text[t] && go(p + 1, t + 1);
  };
  return go(0, 0);
}

const alphabet = fc.constantFrom('a', 'b', ':', '/', '*', '?', '3');
const textAlphabet = fc.constantFrom('a', 'b', ':', '/', '3', '*');

describe('properties: compiled matcher == reference matcher', () => {
  it('ARN mode', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 10 }),
        fc.string({ unit: textAlphabet, maxLength: 12 }),
        (p, t) => {
          expect(compileWildcard(p, 'arn')(t)).toBe(reference(p, t, true));
        },
      ),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('ARN mode on ARN-shaped inputs', () => {
    const seg = fc.string({ unit: fc.constantFrom('a', 'b', '*', '?', '/'), maxLength: 4 });
    const tseg = fc.string({ unit: fc.constantFrom('a', 'b', '/', ':'), maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(seg, { minLength: 1, maxLength: 6 }),
        fc.array(tseg, { minLength: 1, maxLength: 7 }),
        (ps, ts) => {
          const p = `arn:${ps.join(':')}`;
          const t = `arn:${ts.join(':')}`;
          expect(compileWildcard(p, 'arn')(t)).toBe(reference(p, t, true));
        },
      ),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('action mode (case-insensitive, colons are ordinary)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ':', '*', '?'), maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', ':'), maxLength: 10 }),
        (p, t) => {
          expect(compileWildcard(p, 'action')(t)).toBe(reference(p.toLowerCase(), t, false));
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
  });
});

describe('bounded work on hostile sizes', () => {
  // The test runner's timeout is the hang guard; nothing here measures time.
  it('a huge pattern with ? against a huge text answers', () => {
    const pattern = `arn:aws:s3:::${'?*'.repeat(100_000)}x`;
    const text = `arn:aws:s3:::${'a'.repeat(300_000)}x`;
    expect(compileWildcard(pattern, 'arn')(text)).toBe(false);
  });
});
