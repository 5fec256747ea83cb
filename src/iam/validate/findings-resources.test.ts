// Access Analyzer findings on Resource ARNs. Source of every row: access-analyzer-reference-policy-checks
// (check named in the row); ARN shape from reference_identifiers#identifiers-arns; resource types from
// the service authorization reference (list_amazons3, list_amazonec2, list_awsidentityandaccessmanagementiam).
import { describe, expect, it } from 'vitest';
import type { Finding, PolicyKind } from '../types';
import { ACCESS_ANALYZER_CHECKS } from './checks';
import { createTestCatalog } from './test-catalog';
import { validatePolicyText } from './validate-policy';

const catalog = createTestCatalog();

function findingsFor(
  resource: unknown,
  kind: PolicyKind = 'identity',
  action = 's3:GetObject',
): Finding[] {
  const statement: Record<string, unknown> = {
    Effect: 'Allow',
    Action: action,
    Resource: resource,
  };
  if (kind === 'resource') statement.Principal = { AWS: '123456789012' };
  const text = JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
  return validatePolicyText(text, kind, catalog).findings;
}

// prettier-ignore
const ROWS: Array<[string, unknown, string, string, string]> = [
  ['Invalid ARN prefix', 'aws:s3:::bucket', 'INVALID_ARN_PREFIX', 'Add the required prefix (arn) to the resource ARN.', 'Statement[0].Resource'],
  ['Missing ARN field', 'arn:aws:s3:bucket', 'MISSING_ARN_FIELD', 'Resource ARNs must include at least 6 fields in the following structure: arn:partition:service:region:account:resource', 'Statement[0].Resource'],
  ['Invalid partition', 'arn:aws-xx:s3:::bucket', 'INVALID_PARTITION', 'The resource ARN for the service does not support the partition. Use the supported values: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc', 'Statement[0].Resource'],
  ['Invalid ARN service case', 'arn:aws:S3:::bucket', 'INVALID_ARN_SERVICE_CASE', 'Update the service name in the resource ARN to use all lowercase letters.', 'Statement[0].Resource'],
  ['Wildcard in service name', 'arn:aws:*code*::111122223333:*', 'WILDCARD_IN_SERVICE_NAME', 'Avoid using wildcards (*, ?) in the service name because it might grant unintended access to other AWS services with similar names.', 'Statement[0].Resource'],
  ['Invalid ARN account', ['arn:aws:s3:::b/*', 'arn:aws:ec2:us-east-1:12345:instance/i-1'], 'INVALID_ARN_ACCOUNT', 'The resource ARN account ID 12345 is not valid. Provide a 12-digit account ID.', 'Statement[0].Resource[1]'],
  ['Invalid ARN resource', 'arn:aws:ec2:us-east-1:123456789012:rocket/r-1', 'INVALID_ARN_RESOURCE', 'Resource ARN does not match the expected ARN format. Update the resource portion of the ARN.', 'Statement[0].Resource'],
  ['ARN Region not allowed', 'arn:aws:iam:us-east-1:123456789012:user/alice', 'ARN_REGION_NOT_ALLOWED', 'The service does not support specifying a Region in the resource ARN.', 'Statement[0].Resource'],
  ['ARN account not allowed', 'arn:aws:s3::123456789012:bucket', 'ARN_ACCOUNT_NOT_ALLOWED', 'The service does not support specifying an account ID in the resource ARN.', 'Statement[0].Resource'],
  ['Missing ARN Region', 'arn:aws:ec2::123456789012:instance/i-1', 'MISSING_ARN_REGION', 'Add a Region to the resource ARN.', 'Statement[0].Resource'],
  ['Redundant resource', ['arn:aws:iam::111122223333:role/jane-admin', 'arn:aws:iam::111122223333:role/jane-s3only', 'arn:aws:iam::111122223333:role/jane*'], 'REDUNDANT_RESOURCE', 'The 2 resource ARN(s) are redundant because they reference the same resource. Review the use of wildcards (*)', 'Statement[0].Resource[0]'],
  ['Redundant resource: a repeated ARN', ['arn:aws:s3:::b', 'arn:aws:s3:::b'], 'REDUNDANT_RESOURCE', 'The 1 resource ARN(s) are redundant because they reference the same resource. Review the use of wildcards (*)', 'Statement[0].Resource[1]'],
];

describe('resource findings', () => {
  it.each(ROWS)('%s', (_name, resource, code, message, path) => {
    const f = findingsFor(resource).find((x) => x.issueCode === code);
    expect(f, `no ${code} finding`).toBeDefined();
    expect(f).toMatchObject({ message, path, findingType: ACCESS_ANALYZER_CHECKS.get(code)?.type });
  });
});

describe('resources that raise no findings', () => {
  // prettier-ignore
  it.each([
    ['"*"', '*'],
    ['bucket and objects', ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*']],
    ['wildcard bucket', 'arn:aws:s3:::*'],
    ['object under a variable', 'arn:aws:s3:::bucket/home/${aws:username}/*'],
    ['an IAM user in any account', 'arn:aws:iam::*:user/${aws:username}'],
    ['a variable with a colon in the account field', 'arn:aws:ec2:*:${aws:PrincipalAccount}:instance/*'],
    ['AWS managed policy ARN', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
    ['instance in a Region', 'arn:aws:ec2:us-east-1:123456789012:instance/*'],
    ['an unknown service is not checked against formats', 'arn:aws:rocket:::thing'],
    ['China partition', 'arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-1'],
  ])('%s', (_name, resource) => {
    expect(findingsFor(resource)).toEqual([]);
  });

  it('checks NotResource as well', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Deny', Action: 's3:*', NotResource: 'bucket' },
    });
    const codes = validatePolicyText(text, 'identity', catalog).findings.map((f) => f.issueCode);
    expect(codes).toContain('INVALID_ARN_PREFIX');
  });
});
