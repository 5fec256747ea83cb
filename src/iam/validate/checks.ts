// The Access Analyzer policy checks this validator knows: issue code, category and console title,
// from the access-analyzer-reference-policy-checks page. Messages are built where each check runs.
import type { FindingType, Finding, SourceSpan } from '../types';
import { formatJsonPath, type JsonPath } from '../parse/parse-policy';

const E: FindingType = 'ERROR';
const S: FindingType = 'SECURITY_WARNING';
const W: FindingType = 'WARNING';
const G: FindingType = 'SUGGESTION';

// Console titles; the issue code is the title in upper snake case, as Access Analyzer's API names it.
const TITLES: ReadonlyArray<readonly [FindingType, string]> = [
  [E, 'Json syntax error'],
  [E, 'Invalid action'],
  [E, 'Invalid service'],
  [E, 'Invalid service in action'],
  [E, 'Invalid effect'],
  [E, 'Invalid version'],
  [E, 'Missing action'],
  [E, 'Missing resource'],
  [E, 'Missing effect'],
  [E, 'Missing principal'],
  [E, 'Missing statement'],
  [E, 'Invalid policy element'],
  [E, 'Data type mismatch'],
  [E, 'Unsupported element combination'],
  [E, 'Unsupported principal'],
  [E, 'Invalid principal format'],
  [E, 'Invalid principal key'],
  [E, 'Unsupported wildcard in principal'],
  [E, 'Unique Sids required'],
  [E, 'Unsupported Sid'],
  [E, 'Invalid ARN prefix'],
  [E, 'Missing ARN field'],
  [E, 'Invalid partition'],
  [E, 'Invalid ARN account'],
  [E, 'Invalid ARN resource'],
  [E, 'Invalid ARN service case'],
  [E, 'ARN account not allowed'],
  [E, 'ARN Region not allowed'],
  [E, 'Missing ARN Region'],
  [E, 'Invalid condition operator'],
  [E, 'Invalid global condition key'],
  [E, 'Invalid service condition key'],
  [E, 'Invalid condition key format'],
  [E, 'Missing tag key in condition'],
  [E, 'Duplicate keys with different case'],
  [E, 'Null with if exists'],
  [E, 'Missing qualifier'],
  [E, 'Invalid condition multiple Boolean'],
  [E, 'Invalid Region'],
  [E, 'Invalid service principal format'],
  [E, 'Unsupported global condition key'],
  [E, 'Invalid variable for operator'],
  [E, 'Missing brace in variable'],
  [E, 'Unsupported space in variable'],
  [E, 'Empty variable'],
  [E, 'Missing quote in variable'],
  [E, 'Unsupported symbol in variable'],
  [E, 'Variable unsupported in element'],
  [E, 'Variable unsupported in version'],
  [E, 'Private IP address'],
  [E, 'Private NotIpAddress'],
  [E, 'SCP syntax error principal'],
  [E, 'SCP syntax error allow condition'],
  [E, 'SCP syntax error allow NotAction'],
  [E, 'SCP syntax error allow resource'],
  [E, 'SCP syntax error NotResource'],
  [E, 'SCP syntax error action wildcard'],
  [E, 'Policy size exceeds SCP quota'],
  [S, 'Pass role with star in resource'],
  [S, 'Pass role with star in action and resource'],
  [S, 'Pass role with NotResource'],
  [S, 'Pass role with star in action and NotResource'],
  [S, 'Pass role with NotAction and NotResource'],
  [S, 'Pass role with star in resource and NotAction'],
  [S, 'Allow with NotPrincipal'],
  [S, 'ForAllValues with single valued key'],
  [S, 'Missing paired condition keys'],
  [S, 'Deny with unsupported tag condition key for service'],
  [W, 'Missing version'],
  [W, 'Policy size exceeds identity policy quota'],
  [W, 'Unique Sids recommended'],
  [W, 'Wildcard without like operator'],
  [W, 'Deprecated global condition key'],
  [W, 'Invalid date value'],
  [W, 'Invalid role reference'],
  [W, 'Invalid user reference'],
  [W, 'Type mismatch'],
  [W, 'Type mismatch Boolean'],
  [W, 'Type mismatch date'],
  [W, 'Type mismatch IP range'],
  [W, 'Type mismatch number'],
  [W, 'Type mismatch string'],
  [W, 'Create SLR with star in resource'],
  [W, 'Create SLR with star in action and resource'],
  [W, 'Create SLR with NotResource'],
  [G, 'Empty array action'],
  [G, 'Empty array resource'],
  [G, 'Empty array principal'],
  [G, 'Empty array condition'],
  [G, 'Empty array condition ForAllValues'],
  [G, 'Empty array condition ForAnyValue'],
  [G, 'Empty array condition IfExists'],
  [G, 'Empty object condition'],
  [G, 'Empty object principal'],
  [G, 'Empty Sid value'],
  [G, 'Improve IP range'],
  [G, 'Null with qualifier'],
  [G, 'Private IP address subset'],
  [G, 'Private NotIpAddress subset'],
  [G, 'Redundant action'],
  [G, 'Redundant resource'],
  [G, 'Redundant statement'],
  [G, 'Wildcard in service name'],
  [G, 'Allow with unsupported tag condition key for service'],
];

/**
 * Access Analyzer's issue code for a check title: words in upper snake case, with element names
 * split at their capitals ("Allow with NotPrincipal" → ALLOW_WITH_NOT_PRINCIPAL).
 */
export function issueCodeOf(title: string): string {
  return title
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .replace(/ /g, '_');
}

const BY_CODE = new Map(TITLES.map(([type, title]) => [issueCodeOf(title), { type, title }]));

/** The issue codes this validator can report, each with its category and console title. */
export const ACCESS_ANALYZER_CHECKS: ReadonlyMap<string, { type: FindingType; title: string }> =
  BY_CODE;

/** Where a finding points: a JSON path and the span of the text it names. */
export interface FindingPlace {
  path: JsonPath;
  span?: SourceSpan;
}

/** Builds a finding for a known check; its category and title come from Access Analyzer's catalogue. */
export function makeFinding(issueCode: string, message: string, place: FindingPlace): Finding {
  const check = BY_CODE.get(issueCode);
  // Invariant: every code used in this folder is in TITLES (a unit test checks it).
  const findingType = check?.type ?? 'ERROR';
  const title = check?.title ?? issueCode;
  const finding: Finding = {
    findingType,
    issueCode,
    title,
    message,
    path: formatJsonPath(place.path),
  };
  if (place.span) finding.span = place.span;
  return finding;
}

const REFERENCE_PAGE =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';
const CATEGORY_ANCHOR: Record<FindingType, string> = {
  ERROR: 'error',
  SECURITY_WARNING: 'security-warning',
  WARNING: 'general-warning',
  SUGGESTION: 'suggestion',
};

/**
 * The finding's "Learn more" link: its section of Access Analyzer's policy check reference, e.g.
 * …#access-analyzer-reference-policy-checks-error-invalid-action. The page's anchors split
 * NotResource, NotAction, NotPrincipal and NotIpAddress into words, except in the SCP checks.
 */
export function learnMoreUrl(finding: Pick<Finding, 'findingType' | 'title'>): string {
  let slug = finding.title.toLowerCase().replace(/ /g, '-');
  if (!slug.startsWith('scp-')) {
    slug = slug
      .replace(/not(resource|action|principal)/g, 'not-$1')
      .replace('notipaddress', 'not-ip-address');
  }
  return `${REFERENCE_PAGE}#access-analyzer-reference-policy-checks-${CATEGORY_ANCHOR[finding.findingType]}-${slug}`;
}

/** The console shows a finding as "<check title>: <details>" (iam-console.md §8). */
export function consoleFindingText(finding: Pick<Finding, 'title' | 'message'>): string {
  return `${finding.title}: ${finding.message}`;
}

/** How many findings of each category; the validation pane shows them as tabs. */
export function countFindings(
  findings: readonly Pick<Finding, 'findingType'>[],
): Record<FindingType, number> {
  const counts: Record<FindingType, number> = {
    SECURITY_WARNING: 0,
    ERROR: 0,
    WARNING: 0,
    SUGGESTION: 0,
  };
  for (const f of findings) counts[f.findingType]++;
  return counts;
}

/** The pane's tab line, "Security: 0 · Errors: 1 · Warnings: 0 · Suggestions: 2" (iam-console.md §1.6). */
export function findingCountsLabel(findings: readonly Pick<Finding, 'findingType'>[]): string {
  const c = countFindings(findings);
  return `Security: ${c.SECURITY_WARNING} · Errors: ${c.ERROR} · Warnings: ${c.WARNING} · Suggestions: ${c.SUGGESTION}`;
}
