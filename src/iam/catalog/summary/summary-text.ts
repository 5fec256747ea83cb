// The words of the console's policy summary tables (UG access_policies_understand-policy-summary
// and access_policies_understand-policy-summary-access-level-summaries).
import type { AccessLevel } from '../../types';
import type { SummaryCondition } from './policy-statements';

/** The access levels in the console's order. */
export const SUMMARY_LEVELS: readonly AccessLevel[] = [
  'List',
  'Read',
  'Write',
  'Permissions management',
  'Tagging',
];

/** How many of a service's actions of one access level the policy covers. */
export interface AccessLevelCount {
  level: AccessLevel;
  granted: number;
  total: number;
}

/**
 * The Access level column: "Full access" when every action of the service is covered, else
 * "Full: <levels>" for levels covered entirely and "Limited: <levels>" for levels covered in part,
 * both in the order List, Read, Write, Permissions management, Tagging ("Full: List, Read Limited:
 * Write"); "None" when no action is covered.
 */
export function accessLevelText(counts: readonly AccessLevelCount[]): string {
  const present = counts.filter((c) => c.total > 0);
  const full = present.filter((c) => c.granted === c.total).map((c) => c.level);
  const limited = present.filter((c) => c.granted > 0 && c.granted < c.total).map((c) => c.level);
  if (full.length === 0 && limited.length === 0) return 'None';
  if (limited.length === 0 && full.length === present.length) return 'Full access';
  const parts: string[] = [];
  if (full.length > 0) parts.push(`Full: ${full.join(', ')}`);
  if (limited.length > 0) parts.push(`Limited: ${limited.join(', ')}`);
  return parts.join(' ');
}

/** "StringLike" → "string like"; "ForAnyValue:StringEquals" → "for any value string equals". */
export function operatorWords(operator: string): string {
  return operator
    .replace(/:/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** One condition as the Request condition column shows it: "aws:SourceIp | ip address | 203.0.113.0/24". */
export function conditionText(condition: SummaryCondition): string {
  return `${condition.key} | ${operatorWords(condition.operator)} | ${condition.values.join(', ')}`;
}

/** The Request condition column over distinct conditions: "None", the one condition, or "Multiple". */
export function conditionsText(conditions: readonly SummaryCondition[]): string {
  if (conditions.length === 0) return 'None';
  const distinct = new Set(conditions.map(conditionText));
  if (distinct.size === 0) return 'None';
  if (distinct.size === 1) return [...distinct][0] ?? 'None';
  return 'Multiple';
}

/**
 * The Resource column over distinct entries (a statement naming "*" contributes just "*"): "All
 * resources" when every statement names "*", the one entry, or "Multiple".
 */
export function resourcesText(entries: readonly string[], notResource: boolean): string {
  if (entries.length === 1 && entries[0] === '*' && !notResource) return 'All resources';
  const distinct = [...new Set(entries)];
  if (distinct.length === 0) return '';
  if (!notResource && distinct.length === 1 && distinct[0] === '*') return 'All resources';
  if (distinct.length > 1) return 'Multiple';
  return notResource ? `All resources except ${distinct[0]}` : (distinct[0] ?? '');
}

// Short names the console uses in the Service column, where they differ from stripping "Amazon "
// or "AWS " off the reference's name.
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'aws-portal': 'Billing',
  autoscaling: 'EC2 Auto Scaling',
  elasticloadbalancing: 'ELB',
  sts: 'STS',
  kms: 'KMS',
  sns: 'SNS',
  sqs: 'SQS',
  ssm: 'Systems Manager',
  account: 'Account',
  organizations: 'Organizations',
};

/**
 * The Service column's short name ("S3", "EC2", "IAM", "STS"): the reference's abbreviation in
 * parentheses when it has one, else its name without "Amazon " or "AWS ".
 */
export function serviceShortName(prefix: string, fullName: string | undefined): string {
  const known = SHORT_NAMES[prefix];
  if (known) return known;
  if (!fullName) return prefix;
  const abbreviation = /\(([A-Za-z0-9 ]+)\)\s*$/.exec(fullName)?.[1];
  if (abbreviation) return abbreviation;
  return fullName.replace(/^(Amazon|AWS)\s+/, '');
}
