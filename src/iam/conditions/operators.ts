// The condition operators of reference_policies_elements_condition_operators. Each negated operator
// (StringNotEquals, NotIpAddress, ...) is defined as the negation of its positive partner, so only
// positive comparisons are written here.
import { compilePattern, type Matcher, type PatternPart } from '../match/wildcard';
import {
  decodeBase64,
  ipInBlock,
  parseDate,
  parseIpBlock,
  parseNumber,
  type IpBlock,
} from './values';

/** The family of a base operator: how its values are read and compared. */
export type OperatorKind =
  | 'string'
  | 'stringIgnoreCase'
  | 'stringLike'
  | 'numeric'
  | 'date'
  | 'bool'
  | 'binary'
  | 'ip'
  | 'arn'
  | 'null';

type Comparison = 'eq' | 'lt' | 'lte' | 'gt' | 'gte';

/** A base operator (no set operator, no IfExists). */
export interface OperatorDef {
  name: string;
  kind: OperatorKind;
  comparison: Comparison;
  /** Negated operators are true when no policy value matches. */
  negated: boolean;
}

const defs: Array<[string, OperatorKind, Comparison, boolean]> = [
  ['StringEquals', 'string', 'eq', false],
  ['StringNotEquals', 'string', 'eq', true],
  ['StringEqualsIgnoreCase', 'stringIgnoreCase', 'eq', false],
  ['StringNotEqualsIgnoreCase', 'stringIgnoreCase', 'eq', true],
  ['StringLike', 'stringLike', 'eq', false],
  ['StringNotLike', 'stringLike', 'eq', true],
  ['NumericEquals', 'numeric', 'eq', false],
  ['NumericNotEquals', 'numeric', 'eq', true],
  ['NumericLessThan', 'numeric', 'lt', false],
  ['NumericLessThanEquals', 'numeric', 'lte', false],
  ['NumericGreaterThan', 'numeric', 'gt', false],
  ['NumericGreaterThanEquals', 'numeric', 'gte', false],
  ['DateEquals', 'date', 'eq', false],
  ['DateNotEquals', 'date', 'eq', true],
  ['DateLessThan', 'date', 'lt', false],
  ['DateLessThanEquals', 'date', 'lte', false],
  ['DateGreaterThan', 'date', 'gt', false],
  ['DateGreaterThanEquals', 'date', 'gte', false],
  ['Bool', 'bool', 'eq', false],
  ['BinaryEquals', 'binary', 'eq', false],
  ['IpAddress', 'ip', 'eq', false],
  ['NotIpAddress', 'ip', 'eq', true],
  ['ArnEquals', 'arn', 'eq', false],
  ['ArnLike', 'arn', 'eq', false],
  ['ArnNotEquals', 'arn', 'eq', true],
  ['ArnNotLike', 'arn', 'eq', true],
  ['Null', 'null', 'eq', false],
];

const byLowerName = new Map<string, OperatorDef>(
  defs.map(([name, kind, comparison, negated]) => [
    name.toLowerCase(),
    { name, kind, comparison, negated },
  ]),
);

/** An operator as written: an optional set operator, the base operator and an optional IfExists. */
export interface ParsedOperator {
  written: string;
  setOperator: 'ForAllValues' | 'ForAnyValue' | null;
  ifExists: boolean;
  /** undefined for an operator AWS does not define: such a condition matches nothing. */
  def: OperatorDef | undefined;
}

/** Splits "ForAnyValue:StringLikeIfExists" into its set operator, base operator and IfExists. */
export function parseOperator(written: string): ParsedOperator {
  let rest = written;
  let setOperator: ParsedOperator['setOperator'] = null;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon).toLowerCase();
    if (prefix === 'forallvalues') setOperator = 'ForAllValues';
    else if (prefix === 'foranyvalue') setOperator = 'ForAnyValue';
    else return { written, setOperator, ifExists: false, def: undefined };
    rest = rest.slice(colon + 1);
  }
  let lower = rest.toLowerCase();
  let ifExists = false;
  if (lower.endsWith('ifexists')) {
    ifExists = true;
    lower = lower.slice(0, -'ifexists'.length);
  }
  let def = byLowerName.get(lower);
  // Null takes neither IfExists nor a set operator.
  if (def?.kind === 'null' && (ifExists || setOperator)) def = undefined;
  return { written, setOperator, ifExists, def };
}

/** A policy value read once for its operator's family. */
export interface PreparedValue {
  /** The value as written (after substitution). */
  text: string;
  /** Lower case, for the IgnoreCase operators and Bool. */
  folded?: string;
  number?: number;
  ip?: IpBlock;
  bytes?: string;
  like?: Matcher;
}

/** Reads a policy value (given as pattern parts, so substituted text stays literal). */
export function prepareValue(kind: OperatorKind, parts: readonly PatternPart[]): PreparedValue {
  let text = '';
  for (const p of parts) text += p.text;
  const value: PreparedValue = { text };
  if (kind === 'numeric') value.number = parseNumber(text);
  else if (kind === 'date') value.number = parseDate(text);
  else if (kind === 'ip') value.ip = parseIpBlock(text);
  else if (kind === 'binary') value.bytes = decodeBase64(text)?.join(',');
  else if (kind === 'stringLike') value.like = compilePattern(parts, 'string');
  else if (kind === 'arn') value.like = compilePattern(parts, 'arn');
  else if (kind === 'stringIgnoreCase' || kind === 'bool') value.folded = text.toLowerCase();
  return value;
}

/** A request value read once for an operator's family. */
export interface RequestReading {
  text: string;
  number?: number;
  ip?: IpBlock;
  bytes?: string;
}

/** Reads a request value for an operator's family. */
export function readRequestValue(kind: OperatorKind, text: string): RequestReading {
  if (kind === 'numeric') return { text, number: parseNumber(text) };
  if (kind === 'date') return { text, number: parseDate(text) };
  if (kind === 'ip') return { text, ip: parseIpBlock(text) };
  if (kind === 'binary') return { text, bytes: decodeBase64(text)?.join(',') };
  if (kind === 'stringIgnoreCase' || kind === 'bool') return { text: text.toLowerCase() };
  return { text };
}

/** The positive comparison of one request value with one policy value. */
export function compareValue(op: OperatorDef, request: RequestReading, policy: PreparedValue) {
  switch (op.kind) {
    case 'string':
      return request.text === policy.text;
    case 'stringIgnoreCase':
      return request.text === policy.folded;
    case 'bool':
      return (
        (policy.folded === 'true' || policy.folded === 'false') && request.text === policy.folded
      );
    case 'stringLike':
    case 'arn':
      return policy.like !== undefined && policy.like(request.text);
    case 'binary':
      return request.bytes !== undefined && request.bytes === policy.bytes;
    case 'ip':
      return (
        request.ip !== undefined && policy.ip !== undefined && ipInBlock(request.ip, policy.ip)
      );
    case 'numeric':
    case 'date':
      return compareNumbers(op.comparison, request.number, policy.number);
    case 'null':
      return false;
  }
}

function compareNumbers(c: Comparison, a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (c === 'eq') return a === b;
  if (c === 'lt') return a < b;
  if (c === 'lte') return a <= b;
  if (c === 'gt') return a > b;
  return a >= b;
}
