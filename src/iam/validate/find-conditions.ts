// Access Analyzer checks on the Condition element: operators, keys (global and per service), set
// operators against single- and multivalued keys, and operator/key type agreement
// (access-analyzer-reference-policy-checks; reference_policies_elements_condition).
import type { JsonEntry } from '../parse/json-with-positions';
import type { JsonPath } from '../parse/parse-policy';
import {
  conditionKeyType,
  isMultivaluedType,
  scalarTypeOf,
  TAG_KEY_PREFIXES,
  type KeyType,
} from './condition-keys';
import { isFull, report, type CheckContext } from './context';
import { checkConditionValues } from './find-condition-values';
import { dataTypeMismatch } from './find-structure';
import { parseOperator, type OperatorType, type ParsedOperator } from './operators';
import { fieldOf } from './policy-view';

/** Messages of the condition checks, in Access Analyzer's words. */
export const CONDITION_MESSAGES = {
  emptyObject:
    'This condition block is empty and it does not affect the policy. Specify conditions.',
  operator: (op: string) =>
    `The condition operator ${op} is not valid. Use a valid condition operator.`,
  nullIfExists:
    'The Null condition operator cannot be used with the IfExists suffix. Update the operator or the suffix.',
  nullQualifier:
    'Avoid using the Null condition operator with the ForAllValues or ForAnyValue qualifiers because they always return a true or false respectively.',
  keyFormat: 'The condition key format is not valid. Use the format service:keyname.',
  globalKey: (key: string) => `The condition key ${key} does not exist. Use a valid condition key.`,
  serviceKey: (key: string) =>
    `The condition key ${key} does not exist in the service. Use a valid condition key.`,
  service: (service: string) => `The service ${service} does not exist. Use a valid service name.`,
  tagKey:
    'The condition key must include a tag key to control access based on tags. Use the format tag-key and specify a key name for tag-key.',
  duplicateCase:
    'The condition key appears more than once with different capitalization in the same condition block. Remove the duplicate condition keys.',
  deprecated:
    'We recommend that you update aws:ARN to use the newer condition keys aws:PrincipalArn or aws:SourceArn.',
  forAllSingle: (key: string) =>
    `Using ForAllValues qualifier with the single-valued condition key ${key} can be overly permissive. We recommend that you remove ForAllValues:.`,
  missingQualifier: (key: string) =>
    `The request context key ${key} has multiple values. Use the ForAllValues or ForAnyValue condition key qualifiers in your policy.`,
  pairedKeys: (key: string, partners: string) =>
    `Using the condition key ${key} can be overly permissive without also using the following condition keys: ${partners}. Condition keys like this one are more secure when paired with a related key. We recommend that you add the related condition keys to the same condition block.`,
  typeMismatch: (expected: string, op: string, key: string) =>
    `Use the operator type ${expected} instead of operator ${op} for the condition key ${key}.`,
} as const;

/** Checks every statement's Condition element. */
export function checkConditions(ctx: CheckContext): void {
  for (const st of ctx.statements) {
    if (isFull(ctx)) return;
    if (st.node.kind !== 'object') continue;
    const condition = fieldOf(st.node, 'Condition', st.path);
    if (!condition) continue;
    const { node, path } = condition;
    if (node.kind !== 'object') {
      report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('Object'), path, node.span);
      continue;
    }
    if (node.entries.length === 0) {
      report(ctx, 'EMPTY_OBJECT_CONDITION', CONDITION_MESSAGES.emptyObject, path, node.span);
    }
    for (const block of node.entries) {
      if (isFull(ctx)) return;
      checkBlock(ctx, block, [...path, block.key]);
    }
    checkPairedKeys(ctx, node.entries, path);
  }
}

// Keys that are only safe together with a related key (aws:VpcSourceIp needs aws:SourceVpc).
const PAIRED_KEYS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['aws:vpcsourceip', ['aws:SourceVpc']],
];

function checkPairedKeys(ctx: CheckContext, blocks: readonly JsonEntry[], path: JsonPath) {
  const present = new Map<string, { block: JsonEntry; kv: JsonEntry }>();
  for (const block of blocks) {
    if (block.value.kind !== 'object') continue;
    for (const kv of block.value.entries) present.set(kv.key.toLowerCase(), { block, kv });
  }
  for (const [key, partners] of PAIRED_KEYS) {
    const found = present.get(key);
    if (!found || partners.every((p) => present.has(p.toLowerCase()))) continue;
    report(
      ctx,
      'MISSING_PAIRED_CONDITION_KEYS',
      CONDITION_MESSAGES.pairedKeys(found.kv.key, partners.join(', ')),
      [...path, found.block.key, found.kv.key],
      found.kv.keySpan,
    );
  }
}

function checkBlock(ctx: CheckContext, block: JsonEntry, path: JsonPath) {
  const op = parseOperator(block.key);
  if (!op) {
    report(
      ctx,
      'INVALID_CONDITION_OPERATOR',
      CONDITION_MESSAGES.operator(block.key),
      path,
      block.keySpan,
    );
    return;
  }
  if (op.base === 'Null' && op.ifExists) {
    report(ctx, 'NULL_WITH_IF_EXISTS', CONDITION_MESSAGES.nullIfExists, path, block.keySpan);
  }
  if (op.base === 'Null' && op.setOperator) {
    report(ctx, 'NULL_WITH_QUALIFIER', CONDITION_MESSAGES.nullQualifier, path, block.keySpan);
  }
  const value = block.value;
  if (value.kind !== 'object') {
    report(ctx, 'DATA_TYPE_MISMATCH', dataTypeMismatch('Object'), path, value.span);
    return;
  }
  if (value.entries.length === 0) {
    report(ctx, 'EMPTY_OBJECT_CONDITION', CONDITION_MESSAGES.emptyObject, path, value.span);
  }
  const firstSpelling = new Map<string, string>();
  for (const kv of value.entries) {
    const at: JsonPath = [...path, kv.key];
    const lower = kv.key.toLowerCase();
    const earlier = firstSpelling.get(lower);
    if (earlier !== undefined && earlier !== kv.key) {
      report(
        ctx,
        'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
        CONDITION_MESSAGES.duplicateCase,
        at,
        kv.keySpan,
      );
    }
    if (earlier === undefined) firstSpelling.set(lower, kv.key);
    const type = checkKey(ctx, kv, at);
    if (type) checkKeyAgainstOperator(ctx, op, kv, at, type);
    checkConditionValues(ctx, op, kv, at);
  }
}

/** Checks a condition key's name; returns its type when known. */
function checkKey(ctx: CheckContext, kv: JsonEntry, at: JsonPath): KeyType | undefined {
  const key = kv.key;
  const colon = key.indexOf(':');
  if (colon <= 0 || colon === key.length - 1) {
    report(ctx, 'INVALID_CONDITION_KEY_FORMAT', CONDITION_MESSAGES.keyFormat, at, kv.keySpan);
    return undefined;
  }
  const prefix = key.slice(0, colon).toLowerCase();
  const lower = key.toLowerCase();
  if (lower === 'aws:arn') {
    report(ctx, 'DEPRECATED_GLOBAL_CONDITION_KEY', CONDITION_MESSAGES.deprecated, at, kv.keySpan);
    return 'ARN';
  }
  if (
    TAG_KEY_PREFIXES.includes(lower) ||
    (TAG_KEY_PREFIXES.some((p) => lower.startsWith(p)) && lower.endsWith('/'))
  ) {
    report(ctx, 'MISSING_TAG_KEY_IN_CONDITION', CONDITION_MESSAGES.tagKey, at, kv.keySpan);
    return undefined;
  }
  const type = conditionKeyType(ctx.catalog, key);
  if (type) return type;
  // Keys of web identity and SAML providers (token.actions.githubusercontent.com:sub,
  // oidc.eks.us-east-1.amazonaws.com/id/X:aud, saml:aud) are named after the provider, not a service.
  if (prefix === 'saml' || prefix.includes('.') || prefix.includes('/')) return undefined;
  if (prefix === 'aws') {
    report(ctx, 'INVALID_GLOBAL_CONDITION_KEY', CONDITION_MESSAGES.globalKey(key), at, kv.keySpan);
  } else if (!ctx.catalog.hasService(prefix)) {
    report(ctx, 'INVALID_SERVICE', CONDITION_MESSAGES.service(key.slice(0, colon)), at, kv.keySpan);
  } else if (ctx.catalog.isServiceLoaded(prefix)) {
    report(
      ctx,
      'INVALID_SERVICE_CONDITION_KEY',
      CONDITION_MESSAGES.serviceKey(key),
      at,
      kv.keySpan,
    );
  }
  return undefined;
}

// Which operator types suit a key's scalar type. ARN keys also take String operators, and String
// keys ARN operators (AWS managed policies use ArnLike on kms:EncryptionContext:... keys).
const OPERATORS_FOR_TYPE: Record<string, readonly OperatorType[]> = {
  String: ['String', 'ARN'],
  ARN: ['ARN', 'String'],
  Numeric: ['Numeric'],
  Long: ['Numeric'],
  Date: ['Date'],
  Bool: ['Bool'],
  Boolean: ['Bool'],
  IPAddress: ['IP'],
  Binary: ['Binary'],
};

const OPERATOR_EXAMPLE: Record<OperatorType, string> = {
  String: 'String',
  Numeric: 'Numeric',
  Date: 'Date',
  Bool: 'Bool',
  Binary: 'Binary',
  IP: 'IpAddress',
  ARN: 'Arn',
  Null: 'Null',
};

function checkKeyAgainstOperator(
  ctx: CheckContext,
  op: ParsedOperator,
  kv: JsonEntry,
  at: JsonPath,
  type: KeyType,
) {
  if (op.base === 'Null') return;
  const multivalued = isMultivaluedType(type);
  if (op.setOperator === 'ForAllValues' && !multivalued) {
    report(
      ctx,
      'FOR_ALL_VALUES_WITH_SINGLE_VALUED_KEY',
      CONDITION_MESSAGES.forAllSingle(kv.key),
      at,
      kv.keySpan,
    );
  }
  if (!op.setOperator && multivalued) {
    report(ctx, 'MISSING_QUALIFIER', CONDITION_MESSAGES.missingQualifier(kv.key), at, kv.keySpan);
  }
  const scalar = scalarTypeOf(type);
  // Invariant: the type comes from catalog data, so look it up as an own key only.
  const allowed = Object.hasOwn(OPERATORS_FOR_TYPE, scalar)
    ? OPERATORS_FOR_TYPE[scalar]
    : undefined;
  if (allowed && !allowed.includes(op.type)) {
    const expected = OPERATOR_EXAMPLE[allowed[0] as OperatorType];
    report(
      ctx,
      'TYPE_MISMATCH',
      CONDITION_MESSAGES.typeMismatch(expected, op.raw, kv.key),
      at,
      kv.keySpan,
    );
  }
}
