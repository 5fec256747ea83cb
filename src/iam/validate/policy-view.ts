// A read-only view of a parsed policy for the checks: statements with their elements, each value
// with its JSON path and source span. Built in one pass over the top two levels, never recursively.
import type { SourceSpan } from '../types';
import type { JsonEntry, JsonNode } from '../parse/json-with-positions';
import type { JsonPath } from '../parse/parse-policy';

/** A JSON value found at a path. */
export interface Located {
  node: JsonNode;
  path: JsonPath;
}

/** A string value with where it came from. */
export interface LocatedString {
  value: string;
  span: SourceSpan;
  path: JsonPath;
}

/** One statement: its object node (or a non-object, which is a type error) and its path. */
export interface StatementView {
  index: number;
  path: JsonPath;
  node: JsonNode;
  /** Entries of the statement object; empty for a non-object. */
  entries: readonly JsonEntry[];
}

/** The entry a key resolves to. A repeated key keeps its last value, as JSON.parse does. */
export function entryOf(node: JsonNode, key: string): JsonEntry | undefined {
  if (node.kind !== 'object') return undefined;
  for (let k = node.entries.length - 1; k >= 0; k--) {
    const e = node.entries[k] as JsonEntry;
    if (e.key === key) return e;
  }
  return undefined;
}

/** The value a key resolves to, with its path under `base`. */
export function fieldOf(node: JsonNode, key: string, base: JsonPath): Located | undefined {
  const e = entryOf(node, key);
  return e ? { node: e.value, path: [...base, key] } : undefined;
}

/** The distinct keys of an object in order, each with its last entry. */
export function uniqueEntries(node: JsonNode): JsonEntry[] {
  if (node.kind !== 'object') return [];
  const seen = new Map<string, JsonEntry>();
  for (const e of node.entries) {
    seen.delete(e.key);
    seen.set(e.key, e);
  }
  return [...seen.values()];
}

/** The statements of a policy: Statement may be one object or an array of them. */
export function statementsOf(root: JsonNode): StatementView[] {
  const st = entryOf(root, 'Statement');
  if (!st) return [];
  const view = (node: JsonNode, index: number, path: JsonPath): StatementView => ({
    index,
    path,
    node,
    entries: node.kind === 'object' ? uniqueEntries(node) : [],
  });
  if (st.value.kind === 'object') return [view(st.value, 0, ['Statement'])];
  if (st.value.kind === 'array') {
    return st.value.items.map((item, i) => view(item, i, ['Statement', i]));
  }
  return [];
}

/**
 * The strings of an element that takes a string or an array of strings (Action, Resource, ...).
 * Non-string items are skipped; the grammar check reports them.
 */
export function stringsOf(located: Located): LocatedString[] {
  const { node, path } = located;
  if (node.kind === 'string') return [{ value: node.value, span: node.span, path }];
  if (node.kind !== 'array') return [];
  const out: LocatedString[] = [];
  node.items.forEach((item, i) => {
    if (item.kind === 'string')
      out.push({ value: item.value, span: item.span, path: [...path, i] });
  });
  return out;
}

/** True when a node is a string or an array whose items are all strings. */
export function isStringOrStringArray(node: JsonNode): boolean {
  if (node.kind === 'string') return true;
  return node.kind === 'array' && node.items.every((i) => i.kind === 'string');
}

/** A scalar condition value as IAM reads it: strings as they are, numbers and booleans as text. */
export function scalarText(node: JsonNode): string | undefined {
  if (node.kind === 'string') return node.value;
  if (node.kind === 'number') return node.raw;
  if (node.kind === 'boolean') return String(node.value);
  return undefined;
}

/** The JSON type name Access Analyzer uses in "expected JSON data type" messages. */
export function jsonTypeName(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'Object';
    case 'array':
      return 'Array';
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'boolean':
      return 'Boolean';
    case 'null':
      return 'Null';
  }
}
