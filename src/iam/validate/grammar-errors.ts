// IAM's grammar messages (iam-console.md §5.3) and the collector that keeps grammar errors in the
// order IAM checks them, so the first error is the one AWS would report.
import type { GrammarError, SourceSpan } from '../types';
import { formatJsonPath, type JsonPath } from '../parse/parse-policy';

/** IAM's grammar messages. */
export const GRAMMAR_MESSAGES = {
  syntax: 'Syntax errors in policy.',
  invalidJson: 'This policy contains invalid Json',
  version: 'Policy document must be version 2012-10-17 or greater.',
  legacy: 'The policy failed legacy parsing',
  principal: 'Policy document should not specify a principal.',
  missingPrincipal: 'Missing required field Principal',
  sids: 'Statement IDs (SID) in a single policy must be unique.',
  actions: 'Policy statement must contain actions.',
  resources: 'Policy statement must contain resources.',
  vendor: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
  oneColon: 'Actions/Condition can contain only one colon.',
  trustActions: 'AssumeRole policy may only specify STS AssumeRole actions.',
} as const;

/** The Version values IAM accepts. */
export const POLICY_VERSIONS = ['2008-10-17', '2012-10-17'] as const;

/** The order in which IAM checks a policy; each error carries its phase so the list sorts stably. */
export const Phase = {
  Syntax: 0,
  Version: 1,
  Legacy: 2,
  Sids: 3,
  Actions: 4,
  Resources: 5,
  ResourceFormat: 6,
  ActionFormat: 7,
  Principals: 8,
} as const;

/** One step of IAM's check order. */
export type Phase = (typeof Phase)[keyof typeof Phase];

/** At most this many grammar errors are kept; a 1 MB document must not produce a million. */
export const MAX_GRAMMAR_ERRORS = 200;

/** Collects grammar errors with their phase; `sorted()` gives them in IAM's order. */
export class Collector {
  private items: Array<{ phase: Phase; error: GrammarError }> = [];
  add(phase: Phase, message: string, path: JsonPath, span?: SourceSpan): void {
    if (this.items.length >= MAX_GRAMMAR_ERRORS) return;
    const error: GrammarError = { code: 'MalformedPolicyDocument', message };
    error.path = formatJsonPath(path);
    if (span) error.span = span;
    this.items.push({ phase, error });
  }
  sorted(): GrammarError[] {
    return [...this.items].sort((a, b) => a.phase - b.phase).map((i) => i.error);
  }
}
