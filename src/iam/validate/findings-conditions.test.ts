// Access Analyzer findings on conditions and policy variables. Source of every row:
// access-analyzer-reference-policy-checks (check named in the row); operator semantics from
// reference_policies_elements_condition_operators, variables from reference_policies_variables.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../types';
import { ACCESS_ANALYZER_CHECKS } from './checks';
import { createTestCatalog } from './test-catalog';
import { validatePolicyText } from './validate-policy';

const catalog = createTestCatalog();

function withCondition(
  condition: unknown,
  version = '2012-10-17',
  resource: unknown = '*',
): string {
  return JSON.stringify({
    Version: version,
    Statement: [
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: resource, Condition: condition },
    ],
  });
}

function find(text: string, code: string): Finding | undefined {
  return validatePolicyText(text, 'identity', catalog).findings.find((f) => f.issueCode === code);
}

const C = 'Statement[0].Condition';

// prettier-ignore
const ROWS: Array<[string, unknown, string, string, string]> = [
  ['Empty object condition', {}, 'EMPTY_OBJECT_CONDITION', 'This condition block is empty and it does not affect the policy. Specify conditions.', C],
  ['Invalid condition operator', { StringEqual: { 'aws:username': 'a' } }, 'INVALID_CONDITION_OPERATOR', 'The condition operator StringEqual is not valid. Use a valid condition operator.', `${C}.StringEqual`],
  ['Null with if exists', { NullIfExists: { 'aws:TokenIssueTime': 'true' } }, 'NULL_WITH_IF_EXISTS', 'The Null condition operator cannot be used with the IfExists suffix. Update the operator or the suffix.', `${C}.NullIfExists`],
  ['Null with qualifier', { 'ForAnyValue:Null': { 'aws:TagKeys': 'true' } }, 'NULL_WITH_QUALIFIER', 'Avoid using the Null condition operator with the ForAllValues or ForAnyValue qualifiers because they always return a true or false respectively.', `${C}.ForAnyValue:Null`],
  ['Invalid condition key format', { StringEquals: { username: 'a' } }, 'INVALID_CONDITION_KEY_FORMAT', 'The condition key format is not valid. Use the format service:keyname.', `${C}.StringEquals.username`],
  ['Invalid global condition key', { StringEquals: { 'aws:usernme': 'a' } }, 'INVALID_GLOBAL_CONDITION_KEY', 'The condition key aws:usernme does not exist. Use a valid condition key.', `${C}.StringEquals.aws:usernme`],
  ['Invalid service condition key', { StringEquals: { 's3:prefx': 'a' } }, 'INVALID_SERVICE_CONDITION_KEY', 'The condition key s3:prefx does not exist in the service. Use a valid condition key.', `${C}.StringEquals.s3:prefx`],
  ['Invalid service (condition key)', { StringEquals: { 'rocket:Fuel': 'a' } }, 'INVALID_SERVICE', 'The service rocket does not exist. Use a valid service name.', `${C}.StringEquals.rocket:Fuel`],
  ['Missing tag key in condition', { StringEquals: { 'aws:ResourceTag': 'a' } }, 'MISSING_TAG_KEY_IN_CONDITION', 'The condition key must include a tag key to control access based on tags. Use the format tag-key and specify a key name for tag-key.', `${C}.StringEquals.aws:ResourceTag`],
  ['Duplicate keys with different case', { StringEquals: { 'aws:username': 'a', 'aws:UserName': 'b' } }, 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE', 'The condition key appears more than once with different capitalization in the same condition block. Remove the duplicate condition keys.', `${C}.StringEquals.aws:UserName`],
  ['Deprecated global condition key', { ArnEquals: { 'aws:ARN': 'arn:aws:iam::123456789012:user/a' } }, 'DEPRECATED_GLOBAL_CONDITION_KEY', 'We recommend that you update aws:ARN to use the newer condition keys aws:PrincipalArn or aws:SourceArn.', `${C}.ArnEquals.aws:ARN`],
  ['ForAllValues with single valued key', { 'ForAllValues:StringEquals': { 'aws:username': ['a', 'b'] } }, 'FOR_ALL_VALUES_WITH_SINGLE_VALUED_KEY', 'Using ForAllValues qualifier with the single-valued condition key aws:username can be overly permissive. We recommend that you remove ForAllValues:.', `${C}.ForAllValues:StringEquals.aws:username`],
  ['Missing qualifier', { StringEquals: { 'aws:TagKeys': ['a', 'b'] } }, 'MISSING_QUALIFIER', 'The request context key aws:TagKeys has multiple values. Use the ForAllValues or ForAnyValue condition key qualifiers in your policy.', `${C}.StringEquals.aws:TagKeys`],
  ['Type mismatch', { StringEquals: { 'aws:MultiFactorAuthPresent': 'true' } }, 'TYPE_MISMATCH', 'Use the operator type Bool instead of operator StringEquals for the condition key aws:MultiFactorAuthPresent.', `${C}.StringEquals.aws:MultiFactorAuthPresent`],
  ['Type mismatch Boolean', { Bool: { 'aws:SecureTransport': 'yes' } }, 'TYPE_MISMATCH_BOOLEAN', 'Add a valid Boolean value (true or false) for the condition operator.', `${C}.Bool.aws:SecureTransport`],
  ['Invalid condition multiple Boolean', { Bool: { 'aws:SecureTransport': ['true', 'false'] } }, 'INVALID_CONDITION_MULTIPLE_BOOLEAN', 'The condition key does not support multiple Boolean values. Use a single Boolean value.', `${C}.Bool.aws:SecureTransport`],
  ['Type mismatch number', { NumericLessThan: { 's3:max-keys': 'ten' } }, 'TYPE_MISMATCH_NUMBER', 'Add a valid numeric value for the condition operator.', `${C}.NumericLessThan.s3:max-keys`],
  ['Type mismatch date', { DateLessThan: { 'aws:CurrentTime': ['2020-01-01', 'soon'] } }, 'TYPE_MISMATCH_DATE', 'The date condition operator is used with an invalid value. Specify a valid date using YYYY-MM-DD or other ISO 8601 date/time format.', `${C}.DateLessThan.aws:CurrentTime[1]`],
  ['Invalid date value (epoch)', { DateGreaterThan: { 'aws:EpochTime': '1700000000' } }, 'INVALID_DATE_VALUE', 'The date might not resolve as expected. We recommend that you use the YYYY-MM-DD format.', `${C}.DateGreaterThan.aws:EpochTime`],
  ['Type mismatch string (base-64)', { BinaryEquals: { 'aws:username': 'not base64!' } }, 'TYPE_MISMATCH_STRING', 'Add a valid base64-encoded string value for the condition operator.', `${C}.BinaryEquals.aws:username`],
  ['Type mismatch IP range', { IpAddress: { 'aws:SourceIp': '203.0.113.0/33' } }, 'TYPE_MISMATCH_IP_RANGE', 'The condition operator is used with an invalid IP range value. Specify the IP range in standard CIDR format.', `${C}.IpAddress.aws:SourceIp`],
  ['Improve IP range', { IpAddress: { 'aws:SourceIp': '203.0.113.7/24' } }, 'IMPROVE_IP_RANGE', 'The non-zero bits in the IP address after the masked bits are ignored. Replace address 203.0.113.7/24 with 203.0.113.0/24.', `${C}.IpAddress.aws:SourceIp`],
  ['Improve IP range (IPv6)', { IpAddress: { 'aws:SourceIp': '2001:db8::1/32' } }, 'IMPROVE_IP_RANGE', 'The non-zero bits in the IP address after the masked bits are ignored. Replace address 2001:db8::1/32 with 2001:db8:0:0:0:0:0:0/32.', `${C}.IpAddress.aws:SourceIp`],
  ['Private IP address', { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.1.0/24'] } }, 'PRIVATE_IP_ADDRESS', 'aws:SourceIp works only for public IP address ranges. The values for condition key aws:SourceIp include only private IP addresses and will not have the desired effect. Update the value to include only public IP addresses.', `${C}.IpAddress.aws:SourceIp`],
  ['Private NotIpAddress', { NotIpAddress: { 'aws:SourceIp': '172.16.0.0/12' } }, 'PRIVATE_NOT_IP_ADDRESS', 'The values for condition key aws:SourceIp include only private IP addresses and has no effect. aws:SourceIp works only for public IP address ranges. Update the value to include only public IP addresses.', `${C}.NotIpAddress.aws:SourceIp`],
  ['Private IP address subset', { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } }, 'PRIVATE_IP_ADDRESS_SUBSET', 'The values for condition key aws:SourceIp include a mix of private and public IP addresses. The private addresses will not have the desired effect. aws:SourceIp works only for public IP address ranges. To define permissions for private IP ranges, use aws:VpcSourceIp.', `${C}.IpAddress.aws:SourceIp`],
  ['Invalid Region', { StringEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-esat-1'] } }, 'INVALID_REGION', 'The Region is not valid. Update the condition value to a suported Region.', `${C}.StringEquals.aws:RequestedRegion[1]`],
  ['Invalid service principal format', { StringEquals: { 'iam:PassedToService': 'ec2' } }, 'INVALID_SERVICE_PRINCIPAL_FORMAT', 'The service principal ec2 does not match the expected format. Use the service-name.amazonaws.com format.', `${C}.StringEquals.iam:PassedToService`],
  ['Missing paired condition keys', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }, 'MISSING_PAIRED_CONDITION_KEYS', 'Using the condition key aws:VpcSourceIp can be overly permissive without also using the following condition keys: aws:SourceVpc. Condition keys like this one are more secure when paired with a related key. We recommend that you add the related condition keys to the same condition block.', `${C}.IpAddress.aws:VpcSourceIp`],
  ['Wildcard without like operator', { StringEquals: { 'aws:PrincipalTag/job-category': 'admin-*' } }, 'WILDCARD_WITHOUT_LIKE_OPERATOR', 'Your condition value includes a * or ? character. If you meant to use a wildcard (*, ?), update the condition operator to include Like.', `${C}.StringEquals.aws:PrincipalTag/job-category`],
  ['Empty array condition', { StringEquals: { 'aws:username': [] } }, 'EMPTY_ARRAY_CONDITION', 'There are no values for the condition key and it does not affect the policy. Specify conditions.', `${C}.StringEquals.aws:username`],
  ['Empty array condition ForAllValues', { 'ForAllValues:StringEquals': { 'aws:TagKeys': [] } }, 'EMPTY_ARRAY_CONDITION_FOR_ALL_VALUES', 'The ForAllValues prefix with an empty condition key matches only if the key is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.', `${C}.ForAllValues:StringEquals.aws:TagKeys`],
  ['Empty array condition ForAnyValue', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': [] } }, 'EMPTY_ARRAY_CONDITION_FOR_ANY_VALUE', 'The ForAnyValue prefix with an empty condition key never matches the request context and it does not affect the policy. Specify conditions.', `${C}.ForAnyValue:StringEquals.aws:TagKeys`],
  ['Empty array condition IfExists', { StringEqualsIfExists: { 'aws:username': [] } }, 'EMPTY_ARRAY_CONDITION_IF_EXISTS', 'The IfExists suffix with an empty condition key matches only if the key is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.', `${C}.StringEqualsIfExists.aws:username`],
  ['Invalid variable for operator', { NumericLessThan: { 'aws:MultiFactorAuthAge': '${aws:username}' } }, 'INVALID_VARIABLE_FOR_OPERATOR', 'Policy variables can only be used with String and ARN operators.', `${C}.NumericLessThan.aws:MultiFactorAuthAge`],
  ['Missing brace in variable', { StringLike: { 's3:prefix': 'home/${aws:username/*' } }, 'MISSING_BRACE_IN_VARIABLE', 'The policy variable is missing a closing curly brace. Add } after the variable text.', `${C}.StringLike.s3:prefix`],
  ['Empty variable', { StringLike: { 's3:prefix': 'home/${}/*' } }, 'EMPTY_VARIABLE', 'Empty policy variable. Remove the variable structure or provide a variable within the structure.', `${C}.StringLike.s3:prefix`],
  ['Unsupported space in variable', { StringLike: { 's3:prefix': 'home/${aws:user name}/*' } }, 'UNSUPPORTED_SPACE_IN_VARIABLE', 'A space is not supported within the policy variable text. Remove the space.', `${C}.StringLike.s3:prefix`],
  ['Unsupported symbol in variable', { StringLike: { 's3:prefix': 'home/${aws:user%name}/*' } }, 'UNSUPPORTED_SYMBOL_IN_VARIABLE', 'The symbol % is not supported within the policy variable text. Remove the symbol.', `${C}.StringLike.s3:prefix`],
  ['Missing quote in variable', { StringLike: { 's3:prefix': "home/${aws:userid, 'anonymous}/*" } }, 'MISSING_QUOTE_IN_VARIABLE', 'The policy variable default value must begin and end with a single quote. Add the missing quote.', `${C}.StringLike.s3:prefix`],
];

describe('condition findings', () => {
  it.each(ROWS)('%s', (_name, condition, code, message, path) => {
    const f = find(withCondition(condition), code);
    expect(f, `no ${code} finding`).toBeDefined();
    expect(f).toMatchObject({ message, path, findingType: ACCESS_ANALYZER_CHECKS.get(code)?.type });
  });
});

describe('variables outside Resource and Condition, and in old versions', () => {
  it('Variable unsupported in element: a variable in Action', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:${aws:username}', Resource: '*' }],
    });
    expect(find(text, 'VARIABLE_UNSUPPORTED_IN_ELEMENT')).toMatchObject({
      message:
        'Policy variables are supported in the Resource and Condition elements. Remove the policy variable from this element.',
      path: 'Statement[0].Action',
    });
  });

  it('Variable unsupported in version: a variable under 2008-10-17', () => {
    const text = withCondition(
      { StringLike: { 's3:prefix': 'home/${aws:username}/*' } },
      '2008-10-17',
    );
    expect(find(text, 'VARIABLE_UNSUPPORTED_IN_VERSION')).toMatchObject({
      message: 'To include variables in your policy, use the policy version 2012-10-17 or later.',
      path: `${C}.StringLike.s3:prefix`,
    });
  });
});

describe('conditions that raise no findings', () => {
  // prettier-ignore
  it.each([
    ['a tag key under aws:PrincipalTag', { StringEquals: { 'aws:PrincipalTag/team': 'blue' } }],
    ['a service tag key', { StringEquals: { 'ec2:ResourceTag/Env': 'prod' } }],
    ['a key templated after a colon', { StringEquals: { 'kms:EncryptionContext:aws:sso:instance-arn': 'x' } }],
    ['ForAnyValue on a multivalued key', { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['team*'] } }],
    ['ArnLike with wildcards', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/admin-*' } }],
    ['String operator on an ARN key', { StringLike: { 'aws:SourceArn': 'arn:aws:s3:::b*' } }],
    ['IfExists on a present key', { StringEqualsIfExists: { 'aws:RequestedRegion': 'us-east-1' } }],
    ['aws:VpcSourceIp paired with aws:SourceVpc', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringEquals: { 'aws:SourceVpc': 'vpc-111bbb22' } }],
    ['Regions of several partitions', { StringEquals: { 'aws:RequestedRegion': ['eu-central-2', 'ap-southeast-4', 'us-gov-west-1', 'cn-northwest-1', 'il-central-1', 'eusc-de-east-1', 'us-isob-east-1'] } }],
    ['service principals', { StringEquals: { 'iam:PassedToService': ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'] } }],
    ['a public CIDR', { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } }],
    ['an ISO 8601 date', { DateGreaterThan: { 'aws:CurrentTime': '2019-07-16T12:00:00Z' } }],
    ['Null with true', { Null: { 'aws:TokenIssueTime': 'true' } }],
    ['Bool as a JSON boolean', { Bool: { 'aws:MultiFactorAuthPresent': true } }],
    ['numbers as JSON numbers', { NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } }],
    ['literal ${*} in StringEquals', { StringEquals: { 's3:prefix': 'a${*}b' } }],
    ['a variable with a default', { StringLike: { 's3:prefix': "home/${aws:userid, 'anonymous'}/*" } }],
  ])('%s', (_name, condition) => {
    expect(validatePolicyText(withCondition(condition), 'identity', catalog).findings).toEqual([]);
  });
});

it('accepts base-64 values under BinaryEquals (Type mismatch string)', () => {
  const text = withCondition({ BinaryEquals: { 'aws:username': ['QmluYXJ5VmFsdWU=', 'QQ=='] } });
  expect(find(text, 'TYPE_MISMATCH_STRING')).toBeUndefined();
});
