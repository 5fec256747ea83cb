import type { SourceSpan, SyntaxError } from '../types';
import {
  JsonSyntaxError,
  parseJsonWithPositions,
  toPlainValue,
  type JsonNode,
} from './json-with-positions';

/** A policy document parsed from text: its plain JSON value plus the source span of every part. */
export interface ParsedPolicy {
  text: string;
  root: JsonNode;
  value: unknown;
}

export type ParsePolicyResult =
  { ok: true; policy: ParsedPolicy } | { ok: false; errors: SyntaxError[] };

/** Parses policy JSON text, keeping positions; invalid JSON gives syntax errors with line and column. */
export function parsePolicy(text: string): ParsePolicyResult {
  try {
    const root = parseJsonWithPositions(text);
    return { ok: true, policy: { text, root, value: toPlainValue(root) } };
  } catch (err) {
    if (err instanceof JsonSyntaxError) {
      return { ok: false, errors: [{ message: err.message, position: err.position }] };
    }
    throw err;
  }
}

/** A path into a JSON document: property names and array indexes. */
export type JsonPath = ReadonlyArray<string | number>;

/** The node at a path (keys compared exactly), or undefined. */
export function nodeAtPath(root: JsonNode, path: JsonPath): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const step of path) {
    if (!node) return undefined;
    if (typeof step === 'number') {
      node = node.kind === 'array' ? node.items[step] : undefined;
    } else {
      const found: JsonNode | undefined =
        node.kind === 'object' ? findLast(node.entries, (e) => e.key === step)?.value : undefined;
      node = found;
    }
  }
  return node;
}

/** The span of the value at a path, or of its nearest existing ancestor. */
export function spanAtPath(root: JsonNode, path: JsonPath): SourceSpan {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAtPath(root, path.slice(0, n));
    if (node) return node.span;
  }
  return root.span;
}

/** Formats a path as Access Analyzer does: Statement[0].Action[1]. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out === '' ? step : `.${step}`;
  }
  return out;
}

function findLast<T>(items: readonly T[], pred: (item: T) => boolean): T | undefined {
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k] as T;
    if (pred(item)) return item;
  }
  return undefined;
}
