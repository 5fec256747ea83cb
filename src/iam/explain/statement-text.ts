// A statement's JSON as the policy's author wrote it, for explanations and recorded events.
import { nodeAtPath, parsePolicy } from '../parse/parse-policy';
import { printJson } from './print-json';
import type { AuthorizationRequest, PolicyInput, StatementRef } from '../types';

/** The policy a statement reference points at, in the request the engine evaluated. */
export function policyOfStatement(
  ref: StatementRef,
  request: AuthorizationRequest,
): PolicyInput | undefined {
  switch (ref.gate) {
    case 'identity':
      return request.identityPolicies[ref.policyIndex];
    case 'boundary':
      return request.permissionsBoundary;
    case 'resource':
      return request.resourcePolicy;
    case 'session':
      return request.sessionPolicies?.[ref.policyIndex];
    case 'scp':
      return request.serviceControlPolicies?.[ref.scpLevel ?? 0]?.[ref.policyIndex];
  }
}

/**
 * A policy document as text: as written when it came as text, else printed with 2 spaces (compact
 * when nested deeper than any valid policy).
 */
export function policyText(policy: PolicyInput): string {
  return typeof policy.document === 'string' ? policy.document : printJson(policy.document);
}

/**
 * The statement's JSON: the exact text at its span (lines after the first lose the statement's
 * own indentation) or, for a parsed document, the statement printed. Null when it cannot be found.
 */
export function statementText(ref: StatementRef, request: AuthorizationRequest): string | null {
  const policy = policyOfStatement(ref, request);
  if (!policy) return null;
  const doc = policy.document;
  if (typeof doc === 'string' && ref.span) {
    const indent = ' '.repeat(Math.max(0, ref.span.start.column - 1));
    return doc
      .slice(ref.span.start.offset, ref.span.end.offset)
      .split('\n')
      .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
  }
  let parsed: unknown = doc;
  if (typeof doc === 'string') {
    try {
      parsed = JSON.parse(doc);
    } catch {
      return null;
    }
  }
  if (typeof parsed !== 'object' || parsed === null || !('Statement' in parsed)) return null;
  const statements: unknown = parsed.Statement;
  const one = Array.isArray(statements) ? statements[ref.statementIndex] : statements;
  return one === undefined ? null : printJson(one);
}

/** A policy's full text and where one of its statements lies in it (0-based offsets). */
export interface PolicyWithStatement {
  text: string;
  start: number;
  end: number;
}

/**
 * The whole policy as text with the statement's exact span: the author's text when the policy came
 * as text, else the document printed and parsed again for its positions. Null when not found.
 */
export function policyWithStatement(
  ref: StatementRef,
  request: AuthorizationRequest,
): PolicyWithStatement | null {
  const policy = policyOfStatement(ref, request);
  if (!policy) return null;
  if (typeof policy.document === 'string' && ref.span) {
    return { text: policy.document, start: ref.span.start.offset, end: ref.span.end.offset };
  }
  const text = policyText(policy);
  const parsed = parsePolicy(text);
  if (!parsed.ok) return null;
  const statements = nodeAtPath(parsed.policy.root, ['Statement']);
  const node =
    statements?.kind === 'array'
      ? nodeAtPath(parsed.policy.root, ['Statement', ref.statementIndex])
      : statements;
  return node ? { text, start: node.span.start.offset, end: node.span.end.offset } : null;
}
