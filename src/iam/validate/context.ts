// What every Access Analyzer check receives: the parsed document, its kind and purpose, the
// catalog, and a place to put findings.
import type { Finding, PolicyKind, ServiceCatalog, SourceSpan } from '../types';
import type { JsonNode } from '../parse/json-with-positions';
import type { JsonPath } from '../parse/parse-policy';
import { makeFinding } from './checks';
import type { StatementView } from './policy-view';
import type { PolicyPurpose } from './quotas';

/** At most this many findings are kept, so a huge document cannot produce an unbounded list. */
export const MAX_FINDINGS = 500;

/** The shared state of one validation run. */
export interface CheckContext {
  root: JsonNode;
  kind: PolicyKind;
  purpose: PolicyPurpose;
  catalog: ServiceCatalog;
  statements: StatementView[];
  /** Run Access Analyzer's pre-2025 SCP syntax checks. */
  legacyScpSyntax: boolean;
  /** The Version string, when it is a string. */
  version: string | undefined;
  findings: Finding[];
}

/** Adds a finding for a known check at a path and span. */
export function report(
  ctx: CheckContext,
  issueCode: string,
  message: string,
  path: JsonPath,
  span: SourceSpan | undefined,
): void {
  if (ctx.findings.length >= MAX_FINDINGS) return;
  ctx.findings.push(makeFinding(issueCode, message, span ? { path, span } : { path }));
}

/** True for identity-based kinds: the policy is attached to a user, group or role (or limits one). */
export function isIdentityKind(kind: PolicyKind): boolean {
  return kind === 'identity' || kind === 'boundary';
}

/** True once the finding cap is reached: further checks would only be dropped. */
export function isFull(ctx: CheckContext): boolean {
  return ctx.findings.length >= MAX_FINDINGS;
}

/** The smallest number in a non-empty set. */
export function smallest(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** The span of a node's first character, e.g. the "{" of the policy: where a whole-document finding points. */
export function openingSpan(span: SourceSpan): SourceSpan {
  const { start } = span;
  const end =
    span.end.offset > start.offset
      ? { ...start, column: start.column + 1, offset: start.offset + 1 }
      : start;
  return { start, end };
}
