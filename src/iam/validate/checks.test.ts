// The check catalogue: every issue code the validator reports has Access Analyzer's category and
// console title (access-analyzer-reference-policy-checks; iam-console.md §8).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_ANALYZER_CHECKS,
  consoleFindingText,
  findingCountsLabel,
  issueCodeOf,
  learnMoreUrl,
} from './checks';

const DIR = join(process.cwd(), 'src/iam/validate');
const FINDING_TYPES = new Set(['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION']);

describe('check catalogue', () => {
  it.each([
    ['Missing version', 'MISSING_VERSION'],
    ['Pass role with star in resource', 'PASS_ROLE_WITH_STAR_IN_RESOURCE'],
    ['Allow with NotPrincipal', 'ALLOW_WITH_NOT_PRINCIPAL'],
    ['Policy size exceeds identity policy quota', 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA'],
    ['Empty array condition ForAllValues', 'EMPTY_ARRAY_CONDITION_FOR_ALL_VALUES'],
    ['Json syntax error', 'JSON_SYNTAX_ERROR'],
  ])('%s → %s', (title, code) => {
    expect(issueCodeOf(title)).toBe(code);
    expect(ACCESS_ANALYZER_CHECKS.has(code)).toBe(true);
  });

  it('knows every issue code used in the source', () => {
    const used = new Set<string>();
    for (const file of readdirSync(DIR)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'checks.ts') continue;
      for (const m of readFileSync(join(DIR, file), 'utf8').matchAll(
        /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})'/g,
      )) {
        const code = m[1] as string;
        if (!FINDING_TYPES.has(code)) used.add(code);
      }
    }
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((code) => !ACCESS_ANALYZER_CHECKS.has(code))).toEqual([]);
  });
});

describe('learnMoreUrl', () => {
  // Anchors as they appear on access-analyzer-reference-policy-checks.
  it.each([
    ['ERROR', 'Invalid action', 'error-invalid-action'],
    ['WARNING', 'Missing version', 'general-warning-missing-version'],
    ['SECURITY_WARNING', 'Allow with NotPrincipal', 'security-warning-allow-with-not-principal'],
    [
      'SECURITY_WARNING',
      'Pass role with NotAction and NotResource',
      'security-warning-pass-role-with-not-action-and-not-resource',
    ],
    [
      'SECURITY_WARNING',
      'ForAllValues with single valued key',
      'security-warning-forallvalues-with-single-valued-key',
    ],
    ['ERROR', 'Private NotIpAddress', 'error-private-not-ip-address'],
    ['ERROR', 'SCP syntax error allow NotAction', 'error-scp-syntax-error-allow-notaction'],
    ['SUGGESTION', 'Empty array condition IfExists', 'suggestion-empty-array-condition-ifexists'],
  ] as const)('%s %s', (findingType, title, anchor) => {
    expect(learnMoreUrl({ findingType, title })).toBe(
      `https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-${anchor}`,
    );
  });
});

describe('console presentation (iam-console.md §1.6, §8)', () => {
  it('labels the validation pane tabs with counts', () => {
    const findings = [
      { findingType: 'ERROR' },
      { findingType: 'SUGGESTION' },
      { findingType: 'SUGGESTION' },
    ] as const;
    expect(findingCountsLabel(findings)).toBe(
      'Security: 0 · Errors: 1 · Warnings: 0 · Suggestions: 2',
    );
    expect(findingCountsLabel([])).toBe('Security: 0 · Errors: 0 · Warnings: 0 · Suggestions: 0');
  });

  it('shows a finding as "<title>: <details>"', () => {
    expect(
      consoleFindingText({
        title: 'Missing version',
        message:
          'We recommend that you specify the Version element to help you with debugging permission issues.',
      }),
    ).toBe(
      'Missing version: We recommend that you specify the Version element to help you with debugging permission issues.',
    );
  });
});
