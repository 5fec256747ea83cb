// Compiles a policy document once and caches it: objects by identity (WeakMap), JSON text by its
// content (a bounded Map). Which statements name an action is then worked out once per action
// (action-plan.ts).
import { parsePolicy, spanAtPath } from '../parse/parse-policy';
import type { SourceSpan } from '../types';
import { compileStatement, type CompiledStatement } from './compile-statement';

/** A compiled policy document. */
export interface CompiledPolicy {
  statements: CompiledStatement[];
  /** True under Version 2012-10-17: only then are ${...} policy variables. */
  variables: boolean;
  /** Why (parts of) the document match nothing: malformed JSON, wrong types. */
  problems: string[];
  /** The document's and its statements' problems, each as one line ("statement 2: ..."). */
  allProblems: string[];
}

const MAX_TEXT_ENTRIES = 2000;
const byText = new Map<string, CompiledPolicy>();
const byObject = new WeakMap<object, CompiledPolicy>();

/** Compiles a policy given as JSON text or a parsed object; the same document compiles once. */
export function compilePolicy(document: unknown): CompiledPolicy {
  if (typeof document === 'string') {
    const hit = byText.get(document);
    if (hit) return hit;
    const compiled = compileText(document);
    // Bounded: drop the oldest entry (Map keeps insertion order).
    if (byText.size >= MAX_TEXT_ENTRIES) {
      const oldest = byText.keys().next();
      if (!oldest.done) byText.delete(oldest.value);
    }
    byText.set(document, compiled);
    return compiled;
  }
  if (document && typeof document === 'object') {
    const hit = byObject.get(document);
    if (hit) return hit;
    const compiled = compileValue(document, undefined);
    byObject.set(document, compiled);
    return compiled;
  }
  return compileValue(document, undefined);
}

function compileText(text: string): CompiledPolicy {
  const parsed = parsePolicy(text);
  if (!parsed.ok) {
    const e = parsed.errors[0];
    const where = e ? ` at line ${e.position.line}, column ${e.position.column}` : '';
    return compiledPolicy([], false, [`The policy is not valid JSON${where}: ${e?.message ?? ''}`]);
  }
  const { root } = parsed.policy;
  return compileValue(parsed.policy.value, (path) => spanAtPath(root, path));
}

type SpanOf = (path: Array<string | number>) => SourceSpan;

function compileValue(value: unknown, spanOf: SpanOf | undefined): CompiledPolicy {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return compiledPolicy([], false, ['The policy document is not a JSON object']);
  }
  const doc = value as Record<string, unknown>;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(doc, k);
  const version = has('Version') ? doc.Version : undefined;
  const variables = version === '2012-10-17';
  const problems: string[] = [];
  if (version !== undefined && version !== '2012-10-17' && version !== '2008-10-17') {
    problems.push('Version must be "2012-10-17" or "2008-10-17"');
  }
  const raw = has('Statement') ? doc.Statement : undefined;
  const statements: CompiledStatement[] = [];
  if (Array.isArray(raw)) {
    raw.forEach((st: unknown, k) =>
      statements.push(compileStatement(st, k, variables, spanOf?.(['Statement', k]))),
    );
  } else if (raw && typeof raw === 'object') {
    statements.push(compileStatement(raw, 0, variables, spanOf?.(['Statement'])));
  } else {
    problems.push('Statement must be an object or an array of objects');
  }
  return compiledPolicy(statements, variables, problems);
}

function compiledPolicy(
  statements: CompiledStatement[],
  variables: boolean,
  problems: string[],
): CompiledPolicy {
  const allProblems = [...problems];
  for (const s of statements)
    for (const p of s.problems) allProblems.push(`statement ${s.index}: ${p}`);
  return {
    statements,
    variables,
    problems,
    allProblems,
  };
}
