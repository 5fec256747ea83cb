// Action wildcard matching: * matches any run of characters, ? exactly one, case-insensitively.
// Source: UG reference_policies_elements_action and reference_policies_grammar (wildcards).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWildcard, matchesActionPattern, wildcardMatch } from './wildcard';

/** An obviously correct reference: translate the pattern into an anchored regular expression. */
function reference(pattern: string, text: string): boolean {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's').test(text);
}

describe('matchesActionPattern', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['S3:GET*', 's3:getobject', true],
    ['s3:*Object', 's3:GetObject', true],
    ['s3:Get?bject', 's3:GetObject', true],
    ['s3:Get?', 's3:GetObject', false],
    ['*', 'ec2:StopInstances', true],
    ['ec2:*Instances', 'ec2:StopInstance', false],
    ['iam:*User*', 'iam:ListUserTags', true],
    ['', '', true],
    ['*', '', true],
    ['?', '', false],
  ])('%s vs %s → %s', (pattern, text, expected) => {
    expect(matchesActionPattern(pattern, text)).toBe(expected);
  });

  it('agrees with a regular-expression reference', () => {
    const alphabet = fc.constantFrom('a', 'b', ':', '*', '?');
    const textAlphabet = fc.constantFrom('a', 'b', ':');
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 12 }),
        fc.string({ unit: textAlphabet, maxLength: 12 }),
        (pattern, text) => wildcardMatch(pattern, text) === reference(pattern, text),
      ),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('stays linear-ish on patterns built to make backtracking matchers explode', () => {
    const pattern = `${'*a'.repeat(200)}b`;
    const text = 'a'.repeat(5000);
    const started = performance.now();
    expect(wildcardMatch(pattern, text)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('hasWildcard', () => {
    expect(hasWildcard('s3:Get*')).toBe(true);
    expect(hasWildcard('s3:Get?')).toBe(true);
    expect(hasWildcard('s3:GetObject')).toBe(false);
  });
});
