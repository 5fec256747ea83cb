// Access Analyzer checks on condition values: empty arrays, wildcards without a Like operator,
// values of the wrong type for the operator (numbers, dates, Booleans, base-64, CIDRs), IP ranges
// with host bits set, and private ranges under aws:SourceIp (access-analyzer-reference-policy-checks).
import type { JsonEntry, JsonNode } from '../parse/json-with-positions';
import type { JsonPath } from '../parse/parse-policy';
import { report, type CheckContext } from './context';
import { isLikeOperator, type ParsedOperator } from './operators';
import { scalarText } from './policy-view';
import {
  isEpochDate,
  isPrivateRange,
  isValidPolicyDate,
  normalizedCidr,
  parseCidr,
} from './values';

/** Messages of the condition value checks, in Access Analyzer's words. */
export const VALUE_MESSAGES = {
  emptyArray:
    'There are no values for the condition key and it does not affect the policy. Specify conditions.',
  emptyArrayForAllValues:
    'The ForAllValues prefix with an empty condition key matches only if the key is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.',
  emptyArrayForAnyValue:
    'The ForAnyValue prefix with an empty condition key never matches the request context and it does not affect the policy. Specify conditions.',
  emptyArrayIfExists:
    'The IfExists suffix with an empty condition key matches only if the key is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.',
  wildcardWithoutLike:
    'Your condition value includes a * or ? character. If you meant to use a wildcard (*, ?), update the condition operator to include Like.',
  number: 'Add a valid numeric value for the condition operator.',
  date: 'The date condition operator is used with an invalid value. Specify a valid date using YYYY-MM-DD or other ISO 8601 date/time format.',
  epoch: 'The date might not resolve as expected. We recommend that you use the YYYY-MM-DD format.',
  boolean: 'Add a valid Boolean value (true or false) for the condition operator.',
  multipleBoolean:
    'The condition key does not support multiple Boolean values. Use a single Boolean value.',
  base64: 'Add a valid base64-encoded string value for the condition operator.',
  ipRange:
    'The condition operator is used with an invalid IP range value. Specify the IP range in standard CIDR format.',
  improveIpRange: (address: string, replacement: string) =>
    `The non-zero bits in the IP address after the masked bits are ignored. Replace address ${address} with ${replacement}.`,
  variableForOperator: 'Policy variables can only be used with String and ARN operators.',
  region: 'The Region is not valid. Update the condition value to a suported Region.',
  servicePrincipal: (value: string) =>
    `The service principal ${value} does not match the expected format. Use the service-name.amazonaws.com format.`,
  privateIp:
    'aws:SourceIp works only for public IP address ranges. The values for condition key aws:SourceIp include only private IP addresses and will not have the desired effect. Update the value to include only public IP addresses.',
  privateNotIp:
    'The values for condition key aws:SourceIp include only private IP addresses and has no effect. aws:SourceIp works only for public IP address ranges. Update the value to include only public IP addresses.',
  privateIpSubset:
    'The values for condition key aws:SourceIp include a mix of private and public IP addresses. The private addresses will not have the desired effect. aws:SourceIp works only for public IP address ranges. To define permissions for private IP ranges, use aws:VpcSourceIp.',
  privateNotIpSubset:
    'The values for condition key aws:SourceIp include a mix of private and public IP addresses. The private addresses have no effect. aws:SourceIp works only for public IP address ranges. To define permissions for private IP ranges, use aws:VpcSourceIp.',
} as const;

// A wildcard outside a policy variable: "${*}" is a literal *, not a wildcard.
function hasBareWildcard(text: string): boolean {
  return /[*?]/.test(text.replace(/\$\{[^}]*\}/g, ''));
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Checks the values of one condition key under one operator. */
export function checkConditionValues(
  ctx: CheckContext,
  op: ParsedOperator,
  kv: JsonEntry,
  at: JsonPath,
): void {
  const v = kv.value;
  if (v.kind === 'array' && v.items.length === 0) {
    const [code, message] =
      op.setOperator === 'ForAllValues'
        ? ['EMPTY_ARRAY_CONDITION_FOR_ALL_VALUES', VALUE_MESSAGES.emptyArrayForAllValues]
        : op.setOperator === 'ForAnyValue'
          ? ['EMPTY_ARRAY_CONDITION_FOR_ANY_VALUE', VALUE_MESSAGES.emptyArrayForAnyValue]
          : op.ifExists
            ? ['EMPTY_ARRAY_CONDITION_IF_EXISTS', VALUE_MESSAGES.emptyArrayIfExists]
            : ['EMPTY_ARRAY_CONDITION', VALUE_MESSAGES.emptyArray];
    report(ctx, code, message, at, v.span);
    return;
  }
  const items: Array<{ node: JsonNode; path: JsonPath }> =
    v.kind === 'array'
      ? v.items.map((node, i) => ({ node, path: [...at, i] }))
      : [{ node: v, path: at }];
  if (op.type === 'Bool' && items.length > 1) {
    report(ctx, 'INVALID_CONDITION_MULTIPLE_BOOLEAN', VALUE_MESSAGES.multipleBoolean, at, v.span);
  }
  const ranges: Array<{ private: boolean }> = [];
  for (const { node, path } of items) {
    const text = scalarText(node);
    // Non-scalar values are IAM grammar errors, reported there.
    if (text === undefined) continue;
    const here = (code: string, message: string) => report(ctx, code, message, path, node.span);
    if (text.includes('${') && op.type !== 'String' && op.type !== 'ARN') {
      here('INVALID_VARIABLE_FOR_OPERATOR', VALUE_MESSAGES.variableForOperator);
      continue;
    }
    switch (op.type) {
      case 'String':
        if (!isLikeOperator(op) && hasBareWildcard(text))
          here('WILDCARD_WITHOUT_LIKE_OPERATOR', VALUE_MESSAGES.wildcardWithoutLike);
        else checkKnownValueFormat(kv.key.toLowerCase(), text, here);
        break;
      case 'Numeric':
        if (!NUMBER.test(text)) here('TYPE_MISMATCH_NUMBER', VALUE_MESSAGES.number);
        break;
      case 'Date':
        if (!isValidPolicyDate(text)) here('TYPE_MISMATCH_DATE', VALUE_MESSAGES.date);
        else if (isEpochDate(text)) here('INVALID_DATE_VALUE', VALUE_MESSAGES.epoch);
        break;
      case 'Bool':
      case 'Null':
        if (text.toLowerCase() !== 'true' && text.toLowerCase() !== 'false')
          here('TYPE_MISMATCH_BOOLEAN', VALUE_MESSAGES.boolean);
        break;
      case 'Binary':
        if (text.length % 4 !== 0 || !BASE64.test(text))
          here('TYPE_MISMATCH_STRING', VALUE_MESSAGES.base64);
        break;
      case 'IP': {
        const cidr = parseCidr(text);
        if (!cidr) {
          here('TYPE_MISMATCH_IP_RANGE', VALUE_MESSAGES.ipRange);
          break;
        }
        const better = normalizedCidr(cidr);
        if (better) here('IMPROVE_IP_RANGE', VALUE_MESSAGES.improveIpRange(text, better));
        ranges.push({ private: isPrivateRange(cidr) });
        break;
      }
      case 'ARN':
        break;
    }
  }
  if (op.type === 'IP' && kv.key.toLowerCase() === 'aws:sourceip')
    checkPrivateRanges(ctx, op, kv, at, ranges);
}

// Region codes: us-east-1, ap-southeast-4, us-gov-west-1, cn-northwest-1, eusc-de-east-1...
const REGION =
  /^[a-z]{2,4}(-[a-z]{2,4})?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;
const SERVICE_PRINCIPAL_KEYS = new Set([
  'aws:principalservicename',
  'aws:principalservicenameslist',
  'iam:passedtoservice',
  'iam:awsservicename',
]);
const SERVICE_PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/;

/** Region and service principal values of the keys that take them, when written out in full. */
function checkKnownValueFormat(
  key: string,
  text: string,
  here: (code: string, message: string) => void,
) {
  if (text.includes('*') || text.includes('?') || text.includes('${')) return;
  if (key === 'aws:requestedregion' && !REGION.test(text))
    here('INVALID_REGION', VALUE_MESSAGES.region);
  if (SERVICE_PRINCIPAL_KEYS.has(key) && !SERVICE_PRINCIPAL.test(text)) {
    here('INVALID_SERVICE_PRINCIPAL_FORMAT', VALUE_MESSAGES.servicePrincipal(text));
  }
}

function checkPrivateRanges(
  ctx: CheckContext,
  op: ParsedOperator,
  kv: JsonEntry,
  at: JsonPath,
  ranges: Array<{ private: boolean }>,
) {
  const privateCount = ranges.filter((r) => r.private).length;
  if (privateCount === 0) return;
  const negated = op.base === 'NotIpAddress';
  if (privateCount === ranges.length) {
    report(
      ctx,
      negated ? 'PRIVATE_NOT_IP_ADDRESS' : 'PRIVATE_IP_ADDRESS',
      negated ? VALUE_MESSAGES.privateNotIp : VALUE_MESSAGES.privateIp,
      at,
      kv.value.span,
    );
  } else {
    report(
      ctx,
      negated ? 'PRIVATE_NOT_IP_ADDRESS_SUBSET' : 'PRIVATE_IP_ADDRESS_SUBSET',
      negated ? VALUE_MESSAGES.privateNotIpSubset : VALUE_MESSAGES.privateIpSubset,
      at,
      kv.value.span,
    );
  }
}
