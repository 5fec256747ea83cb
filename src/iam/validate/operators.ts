// Condition operators as written in a policy: an optional ForAnyValue:/ForAllValues: set operator,
// a base operator, and an optional IfExists suffix (reference_policies_elements_condition_operators).

/** The value type a base operator compares. */
export type OperatorType =
  'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IP' | 'ARN' | 'Null';

const BASE_OPERATORS: ReadonlyMap<string, OperatorType> = new Map<string, OperatorType>([
  ['StringEquals', 'String'],
  ['StringNotEquals', 'String'],
  ['StringEqualsIgnoreCase', 'String'],
  ['StringNotEqualsIgnoreCase', 'String'],
  ['StringLike', 'String'],
  ['StringNotLike', 'String'],
  ['NumericEquals', 'Numeric'],
  ['NumericNotEquals', 'Numeric'],
  ['NumericLessThan', 'Numeric'],
  ['NumericLessThanEquals', 'Numeric'],
  ['NumericGreaterThan', 'Numeric'],
  ['NumericGreaterThanEquals', 'Numeric'],
  ['DateEquals', 'Date'],
  ['DateNotEquals', 'Date'],
  ['DateLessThan', 'Date'],
  ['DateLessThanEquals', 'Date'],
  ['DateGreaterThan', 'Date'],
  ['DateGreaterThanEquals', 'Date'],
  ['Bool', 'Bool'],
  ['BinaryEquals', 'Binary'],
  ['IpAddress', 'IP'],
  ['NotIpAddress', 'IP'],
  ['ArnEquals', 'ARN'],
  ['ArnNotEquals', 'ARN'],
  ['ArnLike', 'ARN'],
  ['ArnNotLike', 'ARN'],
  ['Null', 'Null'],
]);

/** A condition operator split into its parts. */
export interface ParsedOperator {
  raw: string;
  setOperator?: 'ForAnyValue' | 'ForAllValues';
  base: string;
  type: OperatorType;
  ifExists: boolean;
}

/**
 * Parses an operator such as "ForAnyValue:StringLikeIfExists". Operator names are matched exactly,
 * as IAM does; anything else is not an operator (undefined).
 */
export function parseOperator(raw: string): ParsedOperator | undefined {
  let rest = raw;
  let setOperator: ParsedOperator['setOperator'];
  if (rest.startsWith('ForAnyValue:')) {
    setOperator = 'ForAnyValue';
    rest = rest.slice('ForAnyValue:'.length);
  } else if (rest.startsWith('ForAllValues:')) {
    setOperator = 'ForAllValues';
    rest = rest.slice('ForAllValues:'.length);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists')) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const type = BASE_OPERATORS.get(rest);
  if (!type) return undefined;
  const parsed: ParsedOperator = { raw, base: rest, type, ifExists };
  if (setOperator) parsed.setOperator = setOperator;
  return parsed;
}

/** True for the pattern-matching operators, where * and ? are wildcards. */
export function isLikeOperator(op: ParsedOperator): boolean {
  return op.base === 'StringLike' || op.base === 'StringNotLike' || op.type === 'ARN';
}
