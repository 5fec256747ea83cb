// Access Analyzer checks on policy variables (${aws:username}): where they may appear, the Version
// they need, and their syntax (access-analyzer-reference-policy-checks; reference_policies_variables).
import type { JsonNode } from '../parse/json-with-positions';
import type { JsonPath } from '../parse/parse-policy';
import { isFull, report, type CheckContext } from './context';
import { fieldOf, scalarText, stringsOf, type LocatedString } from './policy-view';

/** Messages of the variable checks, in Access Analyzer's words. */
export const VARIABLE_MESSAGES = {
  element:
    'Policy variables are supported in the Resource and Condition elements. Remove the policy variable from this element.',
  version: 'To include variables in your policy, use the policy version 2012-10-17 or later.',
  brace: 'The policy variable is missing a closing curly brace. Add } after the variable text.',
  empty:
    'Empty policy variable. Remove the variable structure or provide a variable within the structure.',
  space: 'A space is not supported within the policy variable text. Remove the space.',
  quote:
    'The policy variable default value must begin and end with a single quote. Add the missing quote.',
  symbol: (symbol: string) =>
    `The symbol ${symbol} is not supported within the policy variable text. Remove the symbol.`,
} as const;

/** Checks variables in every element of every statement. */
export function checkVariables(ctx: CheckContext): void {
  for (const st of ctx.statements) {
    if (isFull(ctx)) return;
    if (st.node.kind !== 'object') continue;
    for (const name of ['Action', 'NotAction'] as const) {
      const f = fieldOf(st.node, name, st.path);
      if (f)
        for (const s of stringsOf(f))
          if (s.value.includes('${'))
            at(ctx, s, 'VARIABLE_UNSUPPORTED_IN_ELEMENT', VARIABLE_MESSAGES.element);
    }
    for (const name of ['Principal', 'NotPrincipal'] as const) {
      const f = fieldOf(st.node, name, st.path);
      if (f?.node.kind !== 'object') continue;
      for (const e of f.node.entries) {
        for (const s of stringsOf({ node: e.value, path: [...f.path, e.key] })) {
          if (s.value.includes('${'))
            at(ctx, s, 'VARIABLE_UNSUPPORTED_IN_ELEMENT', VARIABLE_MESSAGES.element);
        }
      }
    }
    for (const name of ['Resource', 'NotResource'] as const) {
      const f = fieldOf(st.node, name, st.path);
      if (f) for (const s of stringsOf(f)) checkVariableText(ctx, s);
    }
    const condition = fieldOf(st.node, 'Condition', st.path);
    if (condition?.node.kind !== 'object') continue;
    for (const block of condition.node.entries) {
      if (block.value.kind !== 'object') continue;
      for (const kv of block.value.entries) {
        for (const s of conditionStrings(kv.value, [...condition.path, block.key, kv.key]))
          checkVariableText(ctx, s);
      }
    }
  }
}

function at(ctx: CheckContext, s: LocatedString, code: string, message: string) {
  report(ctx, code, message, s.path, s.span);
}

function conditionStrings(node: JsonNode, path: JsonPath): LocatedString[] {
  const items =
    node.kind === 'array'
      ? node.items.map((n, i) => ({ n, p: [...path, i] }))
      : [{ n: node, p: path }];
  const out: LocatedString[] = [];
  for (const { n, p } of items) {
    const text = scalarText(n);
    if (text !== undefined) out.push({ value: text, span: n.span, path: p });
  }
  return out;
}

const NAME_SYMBOLS = /[^A-Za-z0-9:/_.\-*?$]/;

/** Checks the syntax of each ${...} in a Resource entry or condition value. */
function checkVariableText(ctx: CheckContext, s: LocatedString) {
  const text = s.value;
  let from = text.indexOf('${');
  if (from < 0 || isFull(ctx)) return;
  if (ctx.version !== '2012-10-17') {
    // Under 2008-10-17 (or with no Version) the text is literal; its syntax does not matter.
    at(ctx, s, 'VARIABLE_UNSUPPORTED_IN_VERSION', VARIABLE_MESSAGES.version);
    return;
  }
  while (from >= 0) {
    const close = text.indexOf('}', from + 2);
    if (close < 0) return at(ctx, s, 'MISSING_BRACE_IN_VARIABLE', VARIABLE_MESSAGES.brace);
    const body = text.slice(from + 2, close);
    const comma = body.indexOf(',');
    const name = (comma < 0 ? body : body.slice(0, comma)).trim();
    const problem = variableProblem(body, name, comma);
    if (problem) return at(ctx, s, problem[0], problem[1]);
    from = text.indexOf('${', close + 1);
  }
}

function variableProblem(body: string, name: string, comma: number): [string, string] | undefined {
  if (body.trim() === '') return ['EMPTY_VARIABLE', VARIABLE_MESSAGES.empty];
  const rawName = comma < 0 ? body : body.slice(0, comma);
  if (/\s/.test(rawName.trim())) return ['UNSUPPORTED_SPACE_IN_VARIABLE', VARIABLE_MESSAGES.space];
  const symbol = NAME_SYMBOLS.exec(name);
  if (symbol) return ['UNSUPPORTED_SYMBOL_IN_VARIABLE', VARIABLE_MESSAGES.symbol(symbol[0])];
  if (comma >= 0) {
    const fallback = body.slice(comma + 1).trim();
    if (fallback.length < 2 || !fallback.startsWith("'") || !fallback.endsWith("'")) {
      return ['MISSING_QUOTE_IN_VARIABLE', VARIABLE_MESSAGES.quote];
    }
  }
  return undefined;
}
