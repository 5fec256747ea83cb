// A strict JSON parser (RFC 8259) that keeps the source span of every value, so findings and
// explanations can point at a line and column. Iterative, so deeply nested input cannot overflow
// the stack; linear in the input, so no input can make it hang.
import type { SourcePosition, SourceSpan } from '../types';

export type JsonNode =
  | { kind: 'object'; span: SourceSpan; entries: JsonEntry[] }
  | { kind: 'array'; span: SourceSpan; items: JsonNode[] }
  | { kind: 'string'; span: SourceSpan; value: string }
  | { kind: 'number'; span: SourceSpan; value: number; raw: string }
  | { kind: 'boolean'; span: SourceSpan; value: boolean }
  | { kind: 'null'; span: SourceSpan };

export interface JsonEntry {
  key: string;
  keySpan: SourceSpan;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: SourcePosition,
  ) {
    super(message);
  }
}

type Frame =
  | {
      kind: 'object';
      start: SourcePosition;
      entries: JsonEntry[];
      key?: string;
      keySpan?: SourceSpan;
    }
  | { kind: 'array'; start: SourcePosition; items: JsonNode[] };

/** Parses JSON text into a tree of nodes with spans. Throws JsonSyntaxError with the position. */
export function parseJsonWithPositions(text: string): JsonNode {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const pos = (): SourcePosition => ({ line, column: i - lineStart + 1, offset: i });
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, pos());
  };

  const skipWhitespace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) i++;
      else if (c === 0x0a) {
        i++;
        line++;
        lineStart = i;
      } else break;
    }
  };

  const readString = (): string => {
    // Invariant: text[i] is the opening quote.
    i++;
    let out = '';
    let chunkStart = i;
    while (true) {
      if (i >= text.length) fail('Unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunkStart, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('Control character in string');
      if (c === 0x5c) {
        out += text.slice(chunkStart, i);
        const e = text[i + 1];
        if (e === undefined) fail('Unterminated string');
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid unicode escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && Object.hasOwn(simple, e)) {
          out += simple[e];
          i += 2;
        } else {
          fail('Invalid escape character in string');
        }
        chunkStart = i;
        continue;
      }
      i++;
    }
  };

  const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

  const readScalar = (): JsonNode => {
    const start = pos();
    const c = text[i];
    if (c === '"') {
      const value = readString();
      return { kind: 'string', value, span: { start, end: pos() } };
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail('Invalid number');
      const raw = (m as RegExpExecArray)[0];
      i += raw.length;
      return { kind: 'number', value: Number(raw), raw, span: { start, end: pos() } };
    }
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { ...node, span: { start, end: pos() } } as JsonNode;
      }
    }
    return fail(i >= text.length ? 'Unexpected end of input' : `Unexpected character '${c}'`);
  };

  const stack: Frame[] = [];
  let result: JsonNode | undefined;

  // Attaches a finished value to the frame on top of the stack, or makes it the result.
  const emit = (node: JsonNode) => {
    const top = stack[stack.length - 1];
    if (!top) {
      result = node;
      return;
    }
    if (top.kind === 'array') top.items.push(node);
    else {
      top.entries.push({ key: top.key as string, keySpan: top.keySpan as SourceSpan, value: node });
      top.key = undefined;
    }
  };

  // Reads what comes after '{' or ',' in an object: a key and its colon.
  const readKey = (frame: Extract<Frame, { kind: 'object' }>) => {
    skipWhitespace();
    if (text[i] !== '"') fail('Expected a property name in double quotes');
    const start = pos();
    frame.key = readString();
    frame.keySpan = { start, end: pos() };
    skipWhitespace();
    if (text[i] !== ':') fail("Expected ':' after a property name");
    i++;
  };

  skipWhitespace();
  // Each loop turn reads one value, or closes containers.
  let expectValue = true;
  while (true) {
    if (expectValue) {
      skipWhitespace();
      const c = text[i];
      if (c === '{') {
        const start = pos();
        i++;
        skipWhitespace();
        if (text[i] === '}') {
          i++;
          emit({ kind: 'object', entries: [], span: { start, end: pos() } });
          expectValue = false;
        } else {
          const frame: Frame = { kind: 'object', start, entries: [] };
          stack.push(frame);
          readKey(frame);
        }
        continue;
      }
      if (c === '[') {
        const start = pos();
        i++;
        skipWhitespace();
        if (text[i] === ']') {
          i++;
          emit({ kind: 'array', items: [], span: { start, end: pos() } });
          expectValue = false;
        } else {
          stack.push({ kind: 'array', start, items: [] });
        }
        continue;
      }
      emit(readScalar());
      expectValue = false;
      continue;
    }
    // After a value: a comma, a closing bracket, or the end.
    skipWhitespace();
    const top = stack[stack.length - 1];
    if (!top) break;
    const c = text[i];
    if (c === ',') {
      i++;
      if (top.kind === 'object') readKey(top);
      expectValue = true;
      continue;
    }
    if (top.kind === 'object' && c === '}') {
      i++;
      stack.pop();
      emit({ kind: 'object', entries: top.entries, span: { start: top.start, end: pos() } });
      continue;
    }
    if (top.kind === 'array' && c === ']') {
      i++;
      stack.pop();
      emit({ kind: 'array', items: top.items, span: { start: top.start, end: pos() } });
      continue;
    }
    if (i >= text.length) fail('Unexpected end of input');
    fail(top.kind === 'object' ? "Expected ',' or '}'" : "Expected ',' or ']'");
  }
  skipWhitespace();
  if (i < text.length) fail('Unexpected text after the JSON value');
  return result as JsonNode;
}

/**
 * The plain JSON value of a node, built without recursion. Keys such as "__proto__" become own
 * properties, as with JSON.parse; a repeated key keeps its last value, as JSON.parse does.
 */
export function toPlainValue(root: JsonNode): unknown {
  const done = new Map<JsonNode, unknown>();
  const work: Array<{ node: JsonNode; expanded: boolean }> = [{ node: root, expanded: false }];
  while (work.length > 0) {
    const item = work[work.length - 1] as { node: JsonNode; expanded: boolean };
    const { node } = item;
    if (node.kind === 'object' || node.kind === 'array') {
      const children = node.kind === 'object' ? node.entries.map((e) => e.value) : node.items;
      if (!item.expanded) {
        item.expanded = true;
        for (const child of children) work.push({ node: child, expanded: false });
        continue;
      }
      work.pop();
      if (node.kind === 'array')
        done.set(
          node,
          node.items.map((n) => done.get(n)),
        );
      else {
        const obj: Record<string, unknown> = {};
        for (const e of node.entries) {
          Object.defineProperty(obj, e.key, {
            value: done.get(e.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        done.set(node, obj);
      }
      continue;
    }
    work.pop();
    done.set(node, node.kind === 'null' ? null : node.value);
  }
  return done.get(root);
}
