// Access Analyzer findings on structure, actions and principals: category, issue code, message and
// place. Source of every row: access-analyzer-reference-policy-checks (check named in the row),
// and iam-console.md §8 for the console wording with placeholders filled in.
import { describe, expect, it } from 'vitest';
import type { Finding, PolicyKind } from '../types';
import { ACCESS_ANALYZER_CHECKS } from './checks';
import { createTestCatalog } from './test-catalog';
import { validatePolicyText } from './validate-policy';

const catalog = createTestCatalog();
const V = '2012-10-17';
const S3 = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

function findings(doc: unknown, kind: PolicyKind = 'identity'): Finding[] {
  return validatePolicyText(JSON.stringify(doc), kind, catalog).findings;
}

type Row = [string, PolicyKind, unknown, string, string, string | undefined];

describe('findings', () => {
  // prettier-ignore
  const rows: Row[] = [
    ['Missing version', 'identity', { Statement: S3 }, 'MISSING_VERSION', 'We recommend that you specify the Version element to help you with debugging permission issues.', ''],
    ['Invalid version', 'identity', { Version: '2013-10-17', Statement: S3 }, 'INVALID_VERSION', 'The version 2013-10-17 is not valid. Use one of the following versions: 2008-10-17, 2012-10-17', 'Version'],
    ['Missing statement', 'identity', { Version: V }, 'MISSING_STATEMENT', 'Add a statement to the policy', 'Statement'],
    ['Data type mismatch: Statement as a number', 'identity', { Version: V, Statement: 3 }, 'DATA_TYPE_MISMATCH', 'The text does not match the expected JSON data type Array.', 'Statement'],
    ['Data type mismatch: Action as an object', 'identity', { Version: V, Statement: { ...S3, Action: { a: 1 } } }, 'DATA_TYPE_MISMATCH', 'The text does not match the expected JSON data type Array.', 'Statement.Action'],
    ['Invalid policy element', 'identity', { Version: V, Statement: [{ ...S3, Condtion: {} }] }, 'INVALID_POLICY_ELEMENT', 'The policy element Condtion is not valid.', 'Statement[0].Condtion'],
    ['Missing effect', 'identity', { Version: V, Statement: [{ Action: 's3:GetObject', Resource: '*' }] }, 'MISSING_EFFECT', 'Add an Effect element to the policy statement with a value of Allow or Deny.', 'Statement[0]'],
    ['Invalid effect', 'identity', { Version: V, Statement: [{ ...S3, Effect: 'Permit' }] }, 'INVALID_EFFECT', 'The effect Permit is not valid. Use Allow or Deny.', 'Statement[0].Effect'],
    ['Missing action', 'identity', { Version: V, Statement: [{ Effect: 'Allow', Resource: '*' }] }, 'MISSING_ACTION', 'Add an Action or NotAction element to the policy statement.', 'Statement[0]'],
    ['Missing resource', 'identity', { Version: V, Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] }, 'MISSING_RESOURCE', 'Add a Resource or NotResource element to the policy statement.', 'Statement[0]'],
    ['Missing principal', 'resource', { Version: V, Statement: [S3] }, 'MISSING_PRINCIPAL', 'Add a Principal element to the policy statement.', 'Statement[0]'],
    ['Unsupported principal', 'identity', { Version: V, Statement: [{ ...S3, Principal: '*' }] }, 'UNSUPPORTED_PRINCIPAL', 'The policy type does not support the Principal element. Remove the Principal element.', 'Statement[0].Principal'],
    ['SCP syntax error principal', 'scp', { Version: V, Statement: [{ ...S3, Effect: 'Deny', NotPrincipal: { AWS: '*' } }] }, 'SCP_SYNTAX_ERROR_PRINCIPAL', 'SCPs do not support specifying principals. Remove the Principal or NotPrincipal element.', 'Statement[0].NotPrincipal'],
    ['Unsupported element combination', 'identity', { Version: V, Statement: [{ ...S3, NotAction: 's3:PutObject' }] }, 'UNSUPPORTED_ELEMENT_COMBINATION', 'The policy elements Action and NotAction can not be used in the same statement. Remove one of these elements.', 'Statement[0].NotAction'],
    ['Empty array action', 'identity', { Version: V, Statement: [{ ...S3, Action: [] }] }, 'EMPTY_ARRAY_ACTION', 'This statement includes no actions and does not affect the policy. Specify actions.', 'Statement[0].Action'],
    ['Empty array resource', 'identity', { Version: V, Statement: [{ ...S3, Resource: [] }] }, 'EMPTY_ARRAY_RESOURCE', 'This statement includes no resources and does not affect the policy. Specify resources.', 'Statement[0].Resource'],
    ['Empty Sid value', 'identity', { Version: V, Statement: [{ Sid: '', ...S3 }] }, 'EMPTY_SID_VALUE', 'Add a value to the empty string in the Sid element.', 'Statement[0].Sid'],
    ['Unsupported Sid', 'identity', { Version: V, Statement: [{ Sid: 'my sid', ...S3 }] }, 'UNSUPPORTED_SID', 'Update the characters in the Sid element to use one of the following character types: [a-z, A-Z, 0-9]', 'Statement[0].Sid'],
    ['Unique Sids required', 'identity', { Version: V, Statement: [{ Sid: 'A', ...S3 }, { Sid: 'A', ...S3, Action: 's3:PutObject' }] }, 'UNIQUE_SIDS_REQUIRED', 'Duplicate statement IDs are not supported for this policy type. Update the Sid value.', 'Statement[1].Sid'],
    ['Unique Sids recommended', 'resource', { Version: V, Statement: [{ Sid: 'A', ...S3, Principal: '*' }, { Sid: 'A', ...S3, Principal: '*', Action: 's3:PutObject' }] }, 'UNIQUE_SIDS_RECOMMENDED', 'We recommend that you use statement IDs that are unique to your policy. Update the Sid value.', 'Statement[1].Sid'],
    ['Redundant statement', 'identity', { Version: V, Statement: [{ Sid: 'A', ...S3 }, { Sid: 'B', ...S3 }] }, 'REDUNDANT_STATEMENT', 'The statements are redundant because they provide identical permissions. Update the policy to remove the redundant statement.', 'Statement[1]'],
    ['Invalid action with a suggestion', 'identity', { Version: V, Statement: { ...S3, Action: ['s3:PutObject', 's3:GetObjct'] } }, 'INVALID_ACTION', 'The action s3:GetObjct does not exist. Did you mean s3:GetObject?', 'Statement.Action[1]'],
    ['Invalid action, case-insensitive suggestion', 'identity', { Version: V, Statement: { ...S3, Action: 'ec2:stopinstance' } }, 'INVALID_ACTION', 'The action ec2:stopinstance does not exist. Did you mean ec2:StopInstances?', 'Statement.Action'],
    ['Invalid action: the name of another service', 'identity', { Version: V, Statement: { ...S3, Action: 's3:DescribeInstances' } }, 'INVALID_ACTION', 'The action s3:DescribeInstances does not exist. Did you mean ec2:DescribeInstances?', 'Statement.Action'],
    ['Invalid action without a suggestion', 'identity', { Version: V, Statement: { ...S3, Action: 's3:LaunchRockets' } }, 'INVALID_ACTION', 'The action s3:LaunchRockets does not exist.', 'Statement.Action'],
    ['Invalid action: a wildcard that matches nothing', 'identity', { Version: V, Statement: { ...S3, Action: 's3:Fly*' } }, 'INVALID_ACTION', 'The action s3:Fly* does not exist.', 'Statement.Action'],
    ['Invalid service', 'identity', { Version: V, Statement: { ...S3, Action: 'rocketship:Launch' } }, 'INVALID_SERVICE', 'The service rocketship does not exist. Use a valid service name.', 'Statement.Action'],
    ['Invalid service in action, with a suggestion', 'identity', { Version: V, Statement: { ...S3, NotAction: 'ec3:*', Action: undefined } }, 'INVALID_SERVICE_IN_ACTION', 'The service ec3 specified in the action does not exist. Did you mean ec2?', 'Statement.NotAction'],
    ['Wildcard in service name', 'identity', { Version: V, Statement: { ...S3, Action: 's*:GetObject' } }, 'WILDCARD_IN_SERVICE_NAME', 'Avoid using wildcards (*, ?) in the service name because it might grant unintended access to other AWS services with similar names.', 'Statement.Action'],
    ['Redundant action', 'identity', { Version: V, Statement: { ...S3, Action: ['iam:Get*', 'iam:List*', 'iam:GetCredentialReport'] } }, 'REDUNDANT_ACTION', 'The 1 action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: iam:GetCredentialReport.', 'Statement.Action[2]'],
    ['Redundant action: the later of two equal entries', 'identity', { Version: V, Statement: { ...S3, Action: ['s3:GetObject', 'S3:getobject'] } }, 'REDUNDANT_ACTION', 'The 1 action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: S3:getobject.', 'Statement.Action[1]'],
    ['Pass role with star in resource', 'identity', { Version: V, Statement: { Effect: 'Allow', Action: ['ec2:RunInstances', 'iam:PassRole'], Resource: '*' } }, 'PASS_ROLE_WITH_STAR_IN_RESOURCE', 'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.', 'Statement.Action[1]'],
    ['Pass role with star in action and resource', 'identity', { Version: V, Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }, 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', 'Using wildcards (*) in the action and the resource can be overly permissive because it allows iam:PassRole permissions on all resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.', 'Statement.Action'],
    ['Pass role with NotResource', 'identity', { Version: V, Statement: { Effect: 'Allow', Action: 'iam:PassRole', NotResource: 'arn:aws:iam::123456789012:role/Admin' } }, 'PASS_ROLE_WITH_NOT_RESOURCE', 'Using the iam:PassRole action with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs instead.', 'Statement.Action'],
    ['Pass role with star in resource and NotAction', 'identity', { Version: V, Statement: { Effect: 'Allow', NotAction: 's3:*', Resource: '*' } }, 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION', 'Using a resource with wildcards (*) and NotAction can be overly permissive because it allows iam:PassRole permissions on all resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.', 'Statement.NotAction'],
    ['Create SLR with star in action and resource', 'identity', { Version: V, Statement: { Effect: 'Allow', Action: 'iam:*', Resource: '*' } }, 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE', 'Using wildcards (*) in the action and the resource can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on all resources. We recommend that you specify resource ARNs instead.', 'Statement.Action'],
    ['Allow with unsupported tag condition key for service', 'identity', { Version: V, Statement: { Effect: 'Allow', Action: ['ec2:StartInstances', 's3:GetObject'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'blue' } } } }, 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', 'Using the effect Allow with the tag condition key and actions for services with the following prefixes does not affect the policy: s3. Actions for the listed service are not allowed by this statement. We recommend that you move these actions to a different statement without this condition key.', 'Statement.Action'],
    ['Deny with unsupported tag condition key for service', 'identity', { Version: V, Statement: { Effect: 'Deny', Action: ['ec2:StopInstances', 'iam:DeleteUser'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'blue' } } } }, 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', 'Using the effect Deny with the tag condition key and actions for services with the following prefixes can be overly permissive: iam. Actions for the listed services are not denied by this statement. We recommend that you move these actions to a different statement without this condition key.', 'Statement.Action'],
    ['Allow with NotPrincipal', 'resource', { Version: V, Statement: { ...S3, NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' } } }, 'ALLOW_WITH_NOT_PRINCIPAL', 'Using Allow with NotPrincipal can be overly permissive. We recommend that you use Principal instead.', 'Statement.NotPrincipal'],
    ['Invalid principal key', 'resource', { Version: V, Statement: { ...S3, Principal: { User: 'alice' } } }, 'INVALID_PRINCIPAL_KEY', 'The principal key User is not valid.', 'Statement.Principal.User'],
    ['Invalid principal format', 'trust', { Version: V, Statement: { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: 'ec2.amazonaws.com' } }, 'INVALID_PRINCIPAL_FORMAT', 'The Principal element contents are not valid. Specify a key-value pair in the Principal element.', 'Statement.Principal'],
    ['Empty object principal', 'resource', { Version: V, Statement: { ...S3, Principal: {} } }, 'EMPTY_OBJECT_PRINCIPAL', 'This statement includes no principals and does not affect the policy. Specify principals.', 'Statement.Principal'],
    ['Empty array principal', 'resource', { Version: V, Statement: { ...S3, Principal: { AWS: [] } } }, 'EMPTY_ARRAY_PRINCIPAL', 'This statement includes no principals and does not affect the policy. Specify principals.', 'Statement.Principal.AWS'],
    ['Unsupported wildcard in principal', 'resource', { Version: V, Statement: { ...S3, Principal: { AWS: 'arn:aws:iam::123456789012:user/*' } } }, 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Wildcards (*, ?) are not supported with the principal key. Replace the wildcard with a valid principal value.', 'Statement.Principal.AWS'],
    ['Invalid role reference', 'trust', { Version: V, Statement: { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: ['AROA1234567890EXAMPLE'] } } }, 'INVALID_ROLE_REFERENCE', 'The Principal element includes the IAM role ID. We recommend that you use a role ARN instead.', 'Statement.Principal.AWS[0]'],
  ];
  it.each(rows)('%s', (_name, kind, doc, code, message, path) => {
    const found = findings(doc, kind).find((f) => f.issueCode === code);
    expect(found, `no ${code} finding`).toBeDefined();
    expect(found?.message).toBe(message);
    expect(found?.path).toBe(path);
    expect(found?.findingType).toBe(ACCESS_ANALYZER_CHECKS.get(code)?.type);
    expect(found?.title).toBe(ACCESS_ANALYZER_CHECKS.get(code)?.title);
  });
});

describe('policies that raise no findings', () => {
  // prettier-ignore
  it.each([
    ['a plain identity policy', 'identity', { Version: V, Statement: [{ Sid: 'Read', ...S3 }] }],
    ['wildcard actions that exist', 'identity', { Version: V, Statement: { ...S3, Action: ['s3:Get*', 'ec2:Describe*'] } }],
    ['ABAC on actions that support aws:ResourceTag', 'identity', { Version: V, Statement: { Effect: 'Allow', Action: ['ec2:StartInstances', 'ec2:StopInstances'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } } } }],
    ['PassRole narrowed by iam:PassedToService', 'identity', { Version: V, Statement: { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } } }],
    ['a trust policy for GitHub Actions (OIDC keys)', 'trust', { Version: V, Statement: { Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' }, Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/repo:*' } } } }],
    ['a trust policy for SAML', 'trust', { Version: V, Statement: { Effect: 'Allow', Action: 'sts:AssumeRoleWithSAML', Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/Okta' }, Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } } }],
    ['a trust policy for a service', 'trust', { Version: V, Statement: { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } } }],
    ['a bucket policy for an account', 'resource', { Version: V, Statement: { ...S3, Principal: { AWS: ['123456789012', 'arn:aws:iam::123456789012:root'] } } }],
  ] as const)('%s', (_name, kind, doc) => {
    expect(findings(doc, kind)).toEqual([]);
  });
});

describe('locations', () => {
  it('gives line and column spans that select the offending text', () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [{',
      '    "Effect": "Allow",',
      '    "Action": ["s3:PutObject", "s3:GetObjct"],',
      '    "Resource": "*"',
      '  }]',
      '}',
    ].join('\n');
    const f = validatePolicyText(text, 'identity', catalog).findings[0];
    expect(f).toMatchObject({ issueCode: 'INVALID_ACTION', path: 'Statement[0].Action[1]' });
    expect(f?.span?.start).toMatchObject({ line: 5, column: 32 });
    expect(f?.span?.end).toMatchObject({ line: 5, column: 45 });
  });

  it('points a whole-document finding at the opening brace', () => {
    const text =
      '\n  {"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}';
    const f = validatePolicyText(text, 'identity', catalog, { purpose: 'inline-user' }).findings[0];
    expect(f?.issueCode).toBe('MISSING_VERSION');
    expect(f?.span && text.slice(f.span.start.offset, f.span.end.offset)).toBe('{');
    expect(f?.span?.start).toMatchObject({ line: 2, column: 3 });
  });

  it('orders findings by their place in the document', () => {
    const fs = findings({
      Statement: [
        { ...S3, Action: 's3:Nope' },
        { ...S3, Action: 'ec2:Nope' },
      ],
    });
    expect(fs.map((f) => f.issueCode)).toEqual([
      'MISSING_VERSION',
      'INVALID_ACTION',
      'INVALID_ACTION',
    ]);
  });
});

describe('SCP syntax checks (legacy SCP grammar, access-analyzer-reference-policy-checks "SCP syntax error")', () => {
  const scp = (statement: Record<string, unknown>, legacyScpSyntax: boolean) =>
    validatePolicyText(JSON.stringify({ Version: V, Statement: [statement] }), 'scp', catalog, {
      legacyScpSyntax,
    }).findings.map((f) => f.issueCode);
  // prettier-ignore
  it.each([
    ['Allow with Condition', { Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } }, 'SCP_SYNTAX_ERROR_ALLOW_CONDITION'],
    ['Allow with NotAction', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, 'SCP_SYNTAX_ERROR_ALLOW_NOT_ACTION'],
    ['Allow on a specific resource', { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b' }, 'SCP_SYNTAX_ERROR_ALLOW_RESOURCE'],
    ['NotResource', { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::b' }, 'SCP_SYNTAX_ERROR_NOT_RESOURCE'],
    ['a wildcard inside an action', { Effect: 'Deny', Action: 'iam:*Role', Resource: '*' }, 'SCP_SYNTAX_ERROR_ACTION_WILDCARD'],
  ])('%s', (_name, statement, code) => {
    expect(scp(statement, true)).toContain(code);
    // Since 2025 SCPs accept the full IAM policy language: no SCP syntax finding by default.
    expect(scp(statement, false).filter((c) => c.startsWith('SCP_'))).toEqual([]);
  });
});
