// IAM's grammar check: what makes a save fail with MalformedPolicyDocument, and with which words.
// Sources: iam-console.md §5.3 (AWS messages), reference_policies_grammar, reference_policies_elements_*;
// rows marked [MOTO] follow the real-AWS transcripts in moto's test_iam_policies.py.
import { describe, expect, it } from 'vitest';
import type { PolicyKind } from '../types';
import { createTestCatalog } from './test-catalog';
import { validatePolicyText, type ValidatePolicyOptions } from './validate-policy';

const catalog = createTestCatalog();
const V = '2012-10-17';
const S3 = { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::example_bucket' };
const TRUST = {
  Effect: 'Allow',
  Principal: { Service: 'ec2.amazonaws.com' },
  Action: 'sts:AssumeRole',
};

function firstError(
  doc: unknown,
  kind: PolicyKind,
  options: ValidatePolicyOptions = {},
): string | undefined {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
  return validatePolicyText(text, kind, catalog, options).errors[0]?.message;
}

describe('valid policies pass the grammar check', () => {
  // prettier-ignore
  it.each([
    ['identity policy, one statement object', 'identity', { Version: V, Statement: S3 }, 'reference_policies_grammar'],
    ['identity policy, statement array', 'identity', { Version: V, Statement: [S3] }, 'reference_policies_elements_statement'],
    ['NotAction and NotResource', 'identity', { Version: V, Statement: { Effect: 'Deny', NotAction: 'iam:*', NotResource: ['*'] } }, 'reference_policies_elements_notaction'],
    ['unknown action is saved', 'identity', { Version: V, Statement: { ...S3, Action: 's3:GetObjct' } }, 'access-analyzer-policy-validation (IAM accepts unknown actions)'],
    ['"*" action and resource', 'identity', { Version: V, Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }, 'reference_policies_elements_action'],
    ['inline policy without Version', 'identity', { Statement: S3 }, 'reference_policies_elements_version (defaults)', { purpose: 'inline-user' }],
    ['inline policy with 2008-10-17', 'identity', { Version: '2008-10-17', Statement: S3 }, 'reference_policies_elements_version', { purpose: 'inline-role' }],
    ['trust policy', 'trust', { Version: V, Statement: [TRUST] }, 'id_roles_create_for-service'],
    ['trust policy, any AWS principal', 'trust', { Version: V, Statement: { ...TRUST, Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-123' } } } }, 'reference_policies_elements_principal'],
    ['trust policy naming a user, a role session and an account', 'trust', { Version: V, Statement: { ...TRUST, Principal: { AWS: ['arn:aws:iam::123456789012:user/alice', 'arn:aws:sts::123456789012:assumed-role/r/s', '123456789012'] } } }, 'reference_policies_elements_principal', { principalExists: () => true }],
    ['trust policy with session tags, source identity and wildcards', 'trust', { Version: V, Statement: { ...TRUST, Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:Assume*', 'sts:*'] } }, 'id_session-tags; id_credentials_temp_control-access_monitor'],
    ['trust policy for a web identity', 'trust', { Version: V, Statement: { ...TRUST, Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' } } }, 'id_roles_create_for-idp_oidc'],
    ['bucket policy', 'resource', { Version: V, Statement: { ...S3, Principal: { AWS: '123456789012' } } }, 'reference_policies_elements_principal'],
    ['bucket policy on its own bucket and objects', 'resource', { Version: V, Statement: { ...S3, Principal: '*', Action: ['s3:*', '*'], Resource: ['arn:aws:s3:::example_bucket', 'arn:aws:s3:::example_bucket/*'] } }, 'AmazonS3 example-bucket-policies', { bucketName: 'example_bucket' }],
    ['bucket policy with 2008-10-17 and repeated Sid', 'resource', { Version: '2008-10-17', Statement: [{ Sid: 'A', ...S3, Principal: '*' }, { Sid: 'A', ...S3, Principal: '*' }] }, 'access-analyzer-reference-policy-checks (Unique Sids recommended)'],
    ['empty Sids may repeat', 'identity', { Version: V, Statement: [{ Sid: '', ...S3 }, { Sid: '', ...S3 }] }, '[MOTO]'],
    ['condition with number and boolean values', 'identity', { Version: V, Statement: { ...S3, Condition: { Bool: { 'aws:SecureTransport': false }, NumericLessThan: { 's3:max-keys': 10 } } } }, 'reference_policies_elements_condition_operators'],
    ['date condition, ISO 8601 and epoch', 'identity', { Version: V, Statement: { ...S3, Condition: { DateGreaterThan: { 'aws:CurrentTime': ['2017-07-01T00:00:00Z', '2020-01-01', '1700000000', '2020-01-01T10:00:00-05:00' ] } } } }, 'reference_policies_elements_condition_operators#Conditions_Date'],
    ['unknown operator with an empty block', 'identity', { Version: V, Statement: { ...S3, Condition: { a: {} } } }, '[MOTO]'],
    ['IAM resource with a user path', 'identity', { Version: V, Statement: { ...S3, Resource: 'arn:aws:iam::123456789012:user/division/alice' } }, 'reference_identifiers'],
    ['wildcard partition and Region', 'identity', { Version: V, Statement: { ...S3, Resource: ['arn:*:ec2:*:*:instance/*', 'arn:aws-cn:s3:::b'] } }, 'AWS managed policy AmazonMSKFullAccess'],
    ['S3 access point with a Region', 'identity', { Version: V, Statement: { ...S3, Resource: 'arn:aws:s3:us-east-1:123456789012:accesspoint/ap' } }, 'list_amazons3 (accesspoint resource type)'],
    ['the account root as an IAM resource', 'identity', { Version: V, Statement: { Effect: 'Deny', Action: 'iam:*', NotResource: 'arn:aws:iam::*:root' } }, 'AWS managed policy IAMAuditRootUserCredentials'],
    ['SCP', 'scp', { Version: V, Statement: { Effect: 'Deny', Action: 'ec2:*', Resource: '*' } }, 'orgs_manage_policies_scps_syntax'],
    ['AWS managed policy may be large', 'identity', { Version: V, Statement: { ...S3, Action: Array(700).fill('s3:GetObject') } }, 'reference_iam-quotas (AWS managed exempt)', { purpose: 'aws-managed' }],
  ] as const)('%s', (_name, kind, doc, _source, options?: ValidatePolicyOptions) => {
    expect(firstError(doc, kind, options)).toBeUndefined();
  });
});

describe('MalformedPolicyDocument messages', () => {
  // prettier-ignore
  it.each([
    ['not JSON', 'identity', 'This is not a json document', 'Syntax errors in policy.', '[MOTO]'],
    ['not JSON in a trust policy', 'trust', '{"Version": ', 'This policy contains invalid Json', 'iam-console.md §5.3'],
    ['managed policy without Version', 'identity', { Statement: S3 }, 'Policy document must be version 2012-10-17 or greater.', 'iam-console.md §5.3; [MOTO]'],
    ['managed policy with 2008-10-17', 'identity', { Version: '2008-10-17', Statement: S3 }, 'Policy document must be version 2012-10-17 or greater.', '[MOTO]'],
    ['boundary without Version', 'boundary', { Statement: S3 }, 'Policy document must be version 2012-10-17 or greater.', 'access_policies_boundaries (a boundary is a managed policy)'],
    ['unknown Version', 'identity', { Version: '2013-10-17', Statement: S3 }, 'Syntax errors in policy.', '[MOTO]'],
    ['no Statement', 'identity', { Version: V }, 'Syntax errors in policy.', '[MOTO]'],
    ['empty Statement array', 'identity', { Version: V, Statement: [] }, 'Syntax errors in policy.', '[MOTO]'],
    ['Statement as a number', 'identity', { Version: V, Statement: 42 }, 'Syntax errors in policy.', 'reference_policies_grammar'],
    ['statement that is a string', 'identity', { Version: V, Statement: ['afd'] }, 'Syntax errors in policy.', '[MOTO]'],
    ['unknown top-level element', 'identity', { Version: V, Statement: S3, 'Extra field': 'value' }, 'Syntax errors in policy.', '[MOTO]'],
    ['unknown statement element', 'identity', { Version: V, Statement: { ...S3, 'Extra field': 'value' } }, 'Syntax errors in policy.', '[MOTO]'],
    ['lower-case element name', 'identity', { Version: V, Statement: { effect: 'Allow', Action: 's3:ListBucket', Resource: '*' } }, 'Syntax errors in policy.', 'reference_policies_grammar'],
    ['Id as an array', 'identity', { Version: V, Id: ['x'], Statement: S3 }, 'Syntax errors in policy.', '[MOTO]'],
    ['Effect missing', 'identity', { Version: V, Statement: { Action: 's3:ListBucket', Resource: '*' } }, 'Syntax errors in policy.', '[MOTO]'],
    ['Effect invalid', 'identity', { Version: V, Statement: { ...S3, Effect: 'invalid' } }, 'Syntax errors in policy.', '[MOTO]'],
    ['Effect in the wrong case', 'identity', { Version: V, Statement: { ...S3, Effect: 'denY' } }, 'The policy failed legacy parsing', '[MOTO]'],
    ['Action as an object', 'identity', { Version: V, Statement: { ...S3, Action: {} } }, 'Syntax errors in policy.', '[MOTO]'],
    ['Action array holding an array', 'identity', { Version: V, Statement: { ...S3, Action: [[]] } }, 'Syntax errors in policy.', '[MOTO]'],
    ['Resource array holding an object', 'identity', { Version: V, Statement: { ...S3, Resource: ['adfdf', {}] } }, 'Syntax errors in policy.', '[MOTO]'],
    ['Action and NotAction together', 'identity', { Version: V, Statement: { ...S3, NotAction: 's3:GetObject' } }, 'Syntax errors in policy.', 'reference_policies_elements_notaction'],
    ['Resource and NotResource together', 'identity', { Version: V, Statement: { ...S3, NotResource: '*' } }, 'Syntax errors in policy.', '[MOTO]'],
    ['Condition as an array', 'identity', { Version: V, Statement: { ...S3, Condition: [] } }, 'Syntax errors in policy.', '[MOTO]'],
    ['Condition block as a string', 'identity', { Version: V, Statement: { ...S3, Condition: { DateGreaterThan: 'b' } } }, 'Syntax errors in policy.', '[MOTO]'],
    ['unknown condition operator', 'identity', { Version: V, Statement: { ...S3, Condition: { x: { a: '1' } } } }, 'Syntax errors in policy.', '[MOTO]'],
    ['doubled colon in set operator', 'identity', { Version: V, Statement: { ...S3, Condition: { 'ForAnyValue::StringEqualsIfExists': { a: 'asf' } } } }, 'Syntax errors in policy.', '[MOTO]'],
    ['condition value as an object', 'identity', { Version: V, Statement: { ...S3, Condition: { DateGreaterThan: { a: {} } } } }, 'Syntax errors in policy.', '[MOTO]'],
    ['invalid date value', 'identity', { Version: V, Statement: { ...S3, Condition: { DateGreaterThan: { a: 'sdfdsf' } } } }, 'The policy failed legacy parsing', '[MOTO]'],
    ['date with month 13', 'identity', { Version: V, Statement: { ...S3, Condition: { DateLessThanEquals: { a: '234-13' } } } }, 'The policy failed legacy parsing', '[MOTO]'],
    ['epoch past 2^63-1', 'identity', { Version: V, Statement: { ...S3, Condition: { DateLessThan: { a: '9223372036854775808' } } } }, 'The policy failed legacy parsing', '[MOTO]'],
    ['Sid as an object', 'identity', { Version: V, Statement: { ...S3, Sid: {} } }, 'Syntax errors in policy.', '[MOTO]'],
    ['duplicate Sids', 'identity', { Version: V, Statement: [{ Sid: 'sdf', ...S3 }, { Sid: 'sdf', ...S3 }] }, 'Statement IDs (SID) in a single policy must be unique.', 'iam-console.md §5.3; reference_policies_elements_sid'],
    ['no Action', 'identity', { Version: V, Statement: { Effect: 'Allow', Resource: '*' } }, 'Policy statement must contain actions.', 'iam-console.md §5.3'],
    ['empty Action array', 'identity', { Version: V, Statement: { ...S3, Action: [] } }, 'Policy statement must contain actions.', '[MOTO]'],
    ['no Resource', 'identity', { Version: V, Statement: { Effect: 'Allow', Action: 's3:ListBucket' } }, 'Policy statement must contain resources.', 'iam-console.md §5.3'],
    ['empty Resource array', 'identity', { Version: V, Statement: { ...S3, Resource: [] } }, 'Policy statement must contain resources.', '[MOTO]'],
    ['action without a vendor', 'identity', { Version: V, Statement: { ...S3, Action: 'invalid' } }, 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.', 'iam-console.md §5.3'],
    ['empty NotAction', 'identity', { Version: V, Statement: { ...S3, Action: undefined, NotAction: '' } }, 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.', '[MOTO]'],
    ['two colons in an action', 'identity', { Version: V, Statement: { ...S3, Action: 's3:List:Bucket' } }, 'Actions/Condition can contain only one colon.', '[MOTO]'],
    ['vendor with a space', 'identity', { Version: V, Statement: { ...S3, Action: 'a a:ListBucket' } }, 'Vendor a a is not valid', 'iam-console.md §5.3'],
    ['resource not an ARN', 'identity', { Version: V, Statement: { ...S3, Resource: 'invalid resource' } }, 'Resource invalid resource must be in ARN format or "*".', 'iam-console.md §5.3'],
    ['empty resource', 'identity', { Version: V, Statement: { ...S3, Resource: '' } }, 'Resource  must be in ARN format or "*".', '[MOTO]'],
    ['bad partition', 'identity', { Version: V, Statement: { ...S3, Resource: 'a:b:c:d:e:f:g:h' } }, 'Partition "b" is not valid for resource "arn:b:c:d:e:f:g:h".', '[MOTO]'],
    ['short bad partition', 'identity', { Version: V, Statement: { ...S3, Resource: 'a:bsdfdsafsad' } }, 'Partition "bsdfdsafsad" is not valid for resource "arn:bsdfdsafsad:*:*:*:*".', '[MOTO]'],
    ['ARN without "arn:"', 'identity', { Version: V, Statement: { ...S3, Resource: 'aws:s3:::example_bucket' } }, 'Partition "s3" is not valid for resource "arn:s3:::example_bucket:*".', '[MOTO]'],
    ['ARN with no vendor', 'identity', { Version: V, Statement: { ...S3, Resource: 'arn:aws' } }, 'Resource vendor must be fully qualified and cannot contain regexes.', '[MOTO]'],
    ['IAM ARN with a Region', 'identity', { Version: V, Statement: { ...S3, Resource: 'arn:aws:iam:us-east-1::example_bucket' } }, 'IAM resource arn:aws:iam:us-east-1::example_bucket cannot contain region information.', '[MOTO]'],
    ['S3 ARN with a Region', 'identity', { Version: V, Statement: { ...S3, Resource: 'arn:aws:s3:us-east-1::example_bucket' } }, 'Resource arn:aws:s3:us-east-1::example_bucket can not contain region information.', '[MOTO]'],
    ['IAM ARN with an unknown path', 'identity', { Version: V, Statement: { ...S3, Resource: 'arn:aws:iam:::example_bucket' } }, 'IAM resource path must either be "*" or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/.', '[MOTO]'],
    ['ARN with too few fields', 'identity', { Version: V, Statement: { ...S3, Resource: 'arn:aws:s3::example_bucket' } }, 'The policy failed legacy parsing', '[MOTO]'],
    ['Principal in an identity policy', 'identity', { Version: V, Statement: { ...S3, Principal: '*' } }, 'Policy document should not specify a principal.', 'iam-console.md §5.3'],
    ['NotPrincipal in a boundary', 'boundary', { Version: V, Statement: { ...S3, NotPrincipal: { AWS: '*' } } }, 'Policy document should not specify a principal.', 'reference_policies_elements_principal'],
    ['Principal in an SCP', 'scp', { Version: V, Statement: { ...S3, Principal: '*' } }, 'Policy document should not specify a principal.', 'orgs_manage_policies_scps_syntax'],
    ['Resource in a trust policy', 'trust', { Version: V, Statement: { ...TRUST, Resource: '*' } }, 'Has prohibited field Resource.', 'iam-console.md §5.3'],
    ['trust policy without Principal', 'trust', { Version: V, Statement: { Effect: 'Allow', Action: 'sts:AssumeRole' } }, 'Missing required field Principal', 'iam-console.md §5.3 (wording unverified)'],
    ['bucket policy without Principal', 'resource', { Version: V, Statement: S3 }, 'Missing required field Principal', 'reference_policies_elements_principal'],
    ['trust policy granting another STS action', 'trust', { Version: V, Statement: { ...TRUST, Action: ['sts:AssumeRole', 'sts:GetCallerIdentity'] } }, 'AssumeRole policy may only specify STS AssumeRole actions.', 'id_roles_terms-and-concepts (trust policy actions)'],
    ['trust policy granting a non-STS action', 'trust', { Version: V, Statement: { ...TRUST, Action: 's3:GetObject' } }, 'AssumeRole policy may only specify STS AssumeRole actions.', 'id_roles_terms-and-concepts (trust policy actions)'],
    ['bucket policy on another bucket', 'resource', { Version: V, Statement: { ...S3, Principal: '*', Resource: 'arn:aws:s3:::other-bucket/*' } }, 'Policy has invalid resource', 'AmazonS3 PutBucketPolicy (MalformedPolicy)', { bucketName: 'example_bucket' }],
    ['bucket policy granting an EC2 action', 'resource', { Version: V, Statement: { ...S3, Principal: '*', Action: 'ec2:StartInstances' } }, 'Policy has invalid action', 'AmazonS3 PutBucketPolicy (MalformedPolicy)', { bucketName: 'example_bucket' }],
    ['trust policy with Principal "*"', 'trust', { Version: V, Statement: { ...TRUST, Principal: '*' } }, 'AssumeRolepolicy contained an invalid principal: "STAR":"*".', 'aws-cdk issue #5732 (CloudFormation transcript)'],
    ['trust policy naming a group', 'trust', { Version: V, Statement: { ...TRUST, Principal: { AWS: 'arn:aws:iam::123456789012:group/Admins' } } }, 'Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:group/Admins"', 'aws-cdk issue #11505; reference_policies_elements_principal (groups are not principals)'],
    ['trust policy with a malformed service principal', 'trust', { Version: V, Statement: { ...TRUST, Principal: { Service: 'amazonaws.com' } } }, 'Invalid principal in policy: "SERVICE":"amazonaws.com"', 'aws-cdk-examples issue #801'],
    ['trust policy naming a role that does not exist', 'trust', { Version: V, Statement: { ...TRUST, Principal: { AWS: 'arn:aws:iam::123456789012:role/Gone' } } }, 'Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:role/Gone"', 'reference_policies_elements_principal (IAM resolves ARNs on save)', { principalExists: () => false }],
    ['bucket policy with an invalid principal', 'resource', { Version: V, Statement: { ...S3, Principal: { AWS: 'alice' } } }, 'Invalid principal in policy', 'AmazonS3 PutBucketPolicy (MalformedPolicy); s3-invalid-principal-in-policy-error'],
    ['principal key not known', 'trust', { Version: V, Statement: { ...TRUST, Principal: { User: 'x' } } }, 'Syntax errors in policy.', 'reference_policies_elements_principal'],
  ] as const)('%s', (_name, kind, doc, message, _source, options?: ValidatePolicyOptions) => {
    expect(firstError(doc, kind, options)).toBe(message);
  });
});

describe('the first error is the one IAM reports (check order)', () => {
  // prettier-ignore
  it.each([
    ['no Version beats duplicate Sids and a missing action', { Statement: [{ Sid: 'sdf', ...S3 }, { Sid: 'sdf', Effect: 'Allow' }] }, 'Policy document must be version 2012-10-17 or greater.'],
    ['no Version beats a bad date', { Statement: { ...S3, Condition: { DateGreaterThan: { a: 'sdfdsf' } } } }, 'Policy document must be version 2012-10-17 or greater.'],
    ['legacy Effect beats a missing action and an S3 Region', { Version: V, Statement: { Effect: 'allow', Resource: 'arn:aws:s3:us-east-1::example_bucket' } }, 'The policy failed legacy parsing'],
    ['legacy Effect beats duplicate Sids', { Version: V, Statement: [{ Sid: 'sdf', ...S3, Effect: 'aLLow' }, { Sid: 'sdf', Effect: 'Allow' }] }, 'The policy failed legacy parsing'],
    ['a bad date beats a bad partition', { Version: V, Statement: { ...S3, Resource: 'arn:error:s3:::example_bucket', Condition: { DateGreaterThan: { a: 'sdfdsf' } } } }, 'The policy failed legacy parsing'],
    ['a missing action in the first statement', { Version: V, Statement: [{ Effect: 'Deny' }, S3] }, 'Policy statement must contain actions.'],
    ['two colons in the second statement', { Version: V, Statement: [{ ...S3, Action: 's3s:ListBucket' }, { ...S3, Action: 's:3s:ListBucket' }] }, 'Actions/Condition can contain only one colon.'],
  ] as const)('%s [MOTO]', (_name, doc, message) => {
    expect(firstError(doc, 'identity')).toBe(message);
  });
});

describe('error locations', () => {
  it('points at the offending value with a JSON path and span', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:Get", "Resource": "bucket"}]\n}';
    const r = validatePolicyText(text, 'identity', catalog);
    const e = r.errors[0];
    expect(e?.path).toBe('Statement[0].Resource');
    expect(e?.span && text.slice(e.span.start.offset, e.span.end.offset)).toBe('"bucket"');
    expect(e?.span?.start.line).toBe(3);
  });

  it('reports a JSON syntax error where the parser stopped', () => {
    const r = validatePolicyText('{\n "Version": tru }', 'identity', catalog);
    expect(r.errors[0]?.span?.start).toMatchObject({ line: 2, column: 13 });
    expect(r.findings[0]).toMatchObject({
      issueCode: 'JSON_SYNTAX_ERROR',
      title: 'Json syntax error',
      message: 'Fix the JSON syntax error at index 14 line 2 column 13.',
    });
  });
});
