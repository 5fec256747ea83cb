// S3's meaning of "public" for bucket policies (Blocking public access, "The meaning of 'public'").
import { describe, expect, it } from 'vitest';
import { isPublicBucketPolicy } from './public-policy';

const RES = 'arn:aws:s3:::lab-bucket/*';
const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: RES, ...statement }],
  });

describe('isPublicBucketPolicy', () => {
  it.each([
    ['Principal "*"', { Principal: '*' }, true],
    ['{"AWS": "*"}', { Principal: { AWS: '*' } }, true],
    ['a wildcard in an AWS principal', { Principal: { AWS: 'arn:aws:iam::*:root' } }, true],
    ['an account principal', { Principal: { AWS: '111122223333' } }, false],
    ['a user ARN', { Principal: { AWS: 'arn:aws:iam::123456789012:user/user-1' } }, false],
    ['a service principal', { Principal: { Service: 'cloudtrail.amazonaws.com' } }, false],
    ['Allow with NotPrincipal', { NotPrincipal: { AWS: '111122223333' } }, true],
    [
      '"*" narrowed to a /24 by aws:SourceIp',
      { Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } },
      false,
    ],
    [
      '"*" with aws:SourceIp 0.0.0.0/0',
      { Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } },
      true,
    ],
    [
      '"*" with NotIpAddress (a negation restricts nothing)',
      { Principal: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } },
      true,
    ],
    [
      '"*" narrowed to a VPC endpoint',
      { Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } },
      false,
    ],
    [
      '"*" with a wildcard organization ID',
      { Principal: '*', Condition: { StringLike: { 'aws:PrincipalOrgID': 'o-*' } } },
      true,
    ],
    [
      '"*" with a condition on a key that restricts nothing',
      { Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
      true,
    ],
  ] as const)('%s', (_name, statement, expected) => {
    expect(isPublicBucketPolicy(policy(statement))).toBe(expected);
  });

  it('ignores Deny statements and invalid JSON', () => {
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: RES },
    });
    expect(isPublicBucketPolicy(deny)).toBe(false);
    expect(isPublicBucketPolicy('{')).toBe(false);
  });
});
