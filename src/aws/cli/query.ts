// --query: the part of JMESPath that CLI tutorials use. Fields and "quoted fields", a.b, [0] and
// [-1], projections [*] and [] (flatten), filters [?a=='x'] (==, !=, <, <=, >, >= against 'raw
// strings', `json` literals or other expressions; &&, ||, !), multiselect [a, b] and {K: a}, and
// pipes. A projection applies the rest of the expression to each element and drops nulls.

import type { JsonObject, JsonValue } from './format-output';

type Node =
  | { type: 'current' }
  | { type: 'field'; name: string }
  | { type: 'literal'; value: JsonValue }
  | { type: 'sub'; left: Node; right: Node }
  | { type: 'index'; left: Node; index: number }
  | { type: 'project'; left: Node; flatten: boolean; filter?: Node; right: Node }
  | { type: 'list'; left: Node; items: Node[] }
  | { type: 'hash'; left: Node; entries: Array<[string, Node]> }
  | { type: 'pipe'; left: Node; right: Node }
  | { type: 'compare'; op: string; left: Node; right: Node }
  | { type: 'and' | 'or'; left: Node; right: Node }
  | { type: 'not'; expr: Node };

export class QueryError extends Error {}

const CURRENT: Node = { type: 'current' };

class Parser {
  private i = 0;
  constructor(private readonly text: string) {}

  parse(): Node {
    const node = this.pipe();
    this.skip();
    if (this.i < this.text.length) this.fail(`Unexpected token: ${this.text.slice(this.i)}`);
    return node;
  }

  private fail(message: string): never {
    throw new QueryError(message);
  }

  private skip() {
    while (this.text.charAt(this.i) === ' ') this.i++;
  }

  private peek(s: string): boolean {
    this.skip();
    return this.text.startsWith(s, this.i);
  }

  private eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.i += s.length;
    return true;
  }

  private expect(s: string) {
    if (!this.eat(s)) this.fail(`Expected ${s} at position ${this.i}`);
  }

  private pipe(): Node {
    let node = this.or();
    while (this.peek('|') && !this.peek('||')) {
      this.i++;
      node = { type: 'pipe', left: node, right: this.or() };
    }
    return node;
  }

  private or(): Node {
    let node = this.and();
    while (this.eat('||')) node = { type: 'or', left: node, right: this.and() };
    return node;
  }

  private and(): Node {
    let node = this.compare();
    while (this.eat('&&')) node = { type: 'and', left: node, right: this.compare() };
    return node;
  }

  private compare(): Node {
    const left = this.unary();
    for (const op of ['==', '!=', '<=', '>=', '<', '>']) {
      if (this.eat(op)) return { type: 'compare', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Node {
    if (this.peek('!') && !this.peek('!=')) {
      this.i++;
      return { type: 'not', expr: this.unary() };
    }
    return this.chain(this.primary());
  }

  private primary(): Node {
    this.skip();
    const ch = this.text.charAt(this.i);
    if (ch === "'") return { type: 'literal', value: this.delimited("'") };
    if (ch === '`') {
      const raw = this.delimited('`');
      try {
        return { type: 'literal', value: JSON.parse(raw) as JsonValue };
      } catch {
        return { type: 'literal', value: raw };
      }
    }
    if (ch === '"')
      return { type: 'field', name: JSON.parse(`"${this.delimited('"')}"`) as string };
    if (ch === '@') {
      this.i++;
      return CURRENT;
    }
    if (ch === '(') {
      this.i++;
      const inner = this.pipe();
      this.expect(')');
      return inner;
    }
    if (ch === '[' || ch === '{') return CURRENT;
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.i));
    if (!match) this.fail(`Unexpected token at position ${this.i}`);
    this.i += match[0].length;
    return { type: 'field', name: match[0] };
  }

  private delimited(quote: string): string {
    const end = this.text.indexOf(quote, this.i + 1);
    if (end < 0) this.fail(`Unclosed ${quote} delimiter`);
    const value = this.text.slice(this.i + 1, end);
    this.i = end + 1;
    return value;
  }

  /**
   * Postfix steps: .field, [n], [*], [], [?filter], [a, b], {K: a}. Inside a projection's right
   * side, a flatten [] ends the chain: it flattens the whole projection's result, as JMESPath's
   * flatten binds looser than the steps before it.
   */
  private chain(left: Node, inProjection = false): Node {
    for (;;) {
      if (this.peek('.')) {
        this.i++;
        if (this.peek('[') || this.peek('{')) {
          left = this.bracket(left);
          continue;
        }
        left = { type: 'sub', left, right: this.primary() };
      } else if (this.peek('[]') && inProjection) {
        return left;
      } else if (this.peek('[') || (this.peek('{') && left === CURRENT)) {
        left = this.bracket(left);
      } else {
        return left;
      }
    }
  }

  private bracket(left: Node): Node {
    if (this.eat('{')) {
      const entries: Array<[string, Node]> = [];
      do {
        this.skip();
        const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.i))?.[0];
        if (!key) this.fail(`Expected a key at position ${this.i}`);
        this.i += key.length;
        this.expect(':');
        entries.push([key, this.pipe()]);
      } while (this.eat(','));
      this.expect('}');
      return { type: 'hash', left, entries };
    }
    this.expect('[');
    if (this.eat('*')) {
      this.expect(']');
      return { type: 'project', left, flatten: false, right: this.chain(CURRENT, true) };
    }
    if (this.eat(']')) {
      return { type: 'project', left, flatten: true, right: this.chain(CURRENT, true) };
    }
    if (this.eat('?')) {
      const filter = this.or();
      this.expect(']');
      return { type: 'project', left, flatten: false, filter, right: this.chain(CURRENT, true) };
    }
    const number = /^-?\d+/.exec(this.text.slice(this.i));
    if (number) {
      this.i += number[0].length;
      this.expect(']');
      return { type: 'index', left, index: Number(number[0]) };
    }
    const items: Node[] = [];
    do items.push(this.pipe());
    while (this.eat(','));
    this.expect(']');
    return { type: 'list', left, items };
  }
}

const isObject = (v: JsonValue): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const truthy = (v: JsonValue): boolean =>
  !(
    v === null ||
    v === false ||
    v === '' ||
    (Array.isArray(v) && v.length === 0) ||
    (isObject(v) && Object.keys(v).length === 0)
  );

function evaluate(node: Node, value: JsonValue): JsonValue {
  switch (node.type) {
    case 'current':
      return value;
    case 'literal':
      return node.value;
    case 'field':
      return isObject(value) ? (value[node.name] ?? null) : null;
    case 'sub': {
      const left = evaluate(node.left, value);
      return left === null ? null : evaluate(node.right, left);
    }
    case 'index': {
      const left = evaluate(node.left, value);
      if (!Array.isArray(left)) return null;
      return left[node.index < 0 ? left.length + node.index : node.index] ?? null;
    }
    case 'project': {
      let left = evaluate(node.left, value);
      if (!node.flatten && !node.filter && isObject(left)) left = Object.values(left);
      if (!Array.isArray(left)) return null;
      const items = node.flatten ? left.flatMap((v) => (Array.isArray(v) ? v : [v])) : left;
      const kept = node.filter
        ? items.filter((v) => truthy(evaluate(node.filter as Node, v)))
        : items;
      return kept.map((v) => evaluate(node.right, v)).filter((v) => v !== null);
    }
    case 'list': {
      const left = evaluate(node.left, value);
      return left === null ? null : node.items.map((item) => evaluate(item, left));
    }
    case 'hash': {
      const left = evaluate(node.left, value);
      if (left === null) return null;
      return Object.fromEntries(node.entries.map(([k, e]) => [k, evaluate(e, left)]));
    }
    case 'pipe':
      return evaluate(node.right, evaluate(node.left, value));
    case 'compare': {
      const a = evaluate(node.left, value);
      const b = evaluate(node.right, value);
      if (node.op === '==') return JSON.stringify(a) === JSON.stringify(b);
      if (node.op === '!=') return JSON.stringify(a) !== JSON.stringify(b);
      if (typeof a !== 'number' || typeof b !== 'number') return null;
      return node.op === '<' ? a < b : node.op === '<=' ? a <= b : node.op === '>' ? a > b : a >= b;
    }
    case 'and': {
      const left = evaluate(node.left, value);
      return truthy(left) ? evaluate(node.right, value) : left;
    }
    case 'or': {
      const left = evaluate(node.left, value);
      return truthy(left) ? left : evaluate(node.right, value);
    }
    case 'not':
      return !truthy(evaluate(node.expr, value));
  }
}

/** Compiles a --query expression (a malformed one throws QueryError) into its search. */
export function compileQuery(expression: string): (response: JsonValue) => JsonValue {
  const node = new Parser(expression).parse();
  return (response) => evaluate(node, response);
}
