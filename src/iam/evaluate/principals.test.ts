// Principal in resource-based policies, in all its forms:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
// and NotPrincipal: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
import { describe, expect, it } from 'vitest';
import type { RequestPrincipal } from '../types';
import { evaluateRequest } from './evaluate-request';
import { ACCOUNT, OTHER, allow, doc, policy, roleArn, userArn } from './test-fixtures';

const OBJ = 'arn:aws:s3:::b/k';
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Dev/alice`;
const user: RequestPrincipal = { arn: userArn('alice'), id: 'AIDAALICE' };
const session: RequestPrincipal = { arn: SESSION, id: 'AROADEV:alice', roleArn: roleArn('Dev') };
const sessionNoPath: RequestPrincipal = { arn: SESSION };
const roleByArn: RequestPrincipal = { arn: roleArn('Dev'), id: 'AROADEV:alice' };
const service: RequestPrincipal = { service: 'cloudtrail.amazonaws.com' };
const anonymous: RequestPrincipal = {};

/** Same-account decision for a bucket policy granting s3:GetObject to this Principal; no identity policy. */
function decide(principalElement: unknown, who: RequestPrincipal) {
  return evaluateRequest({
    principal: who,
    action: 's3:GetObject',
    resource: OBJ,
    identityPolicies: [],
    resourcePolicy: policy(doc(allow('s3:GetObject', OBJ, { Principal: principalElement })), {
      type: 'resource',
    }),
  }).decision;
}

describe('Principal forms (reference_policies_elements_principal)', () => {
  it.each<[string, unknown, RequestPrincipal, string]>([
    ['"*" covers a user', '*', user, 'allowed'],
    ['"*" covers anonymous callers', '*', anonymous, 'allowed'],
    ['"*" covers a service', '*', service, 'allowed'],
    ['{"AWS": "*"} covers a user', { AWS: '*' }, user, 'allowed'],
    ['{"AWS": "*"} covers a session', { AWS: '*' }, session, 'allowed'],
    ['{"AWS": "*"} does not cover a service principal', { AWS: '*' }, service, 'implicitDeny'],
    ['the user ARN', { AWS: userArn('alice') }, user, 'allowed'],
    ['another user ARN', { AWS: userArn('bob') }, user, 'implicitDeny'],
    ['an array with the user ARN', { AWS: [userArn('bob'), userArn('alice')] }, user, 'allowed'],
    ['account ID: delegation, grants nothing alone', { AWS: ACCOUNT }, user, 'implicitDeny'],
    ['account root ARN: delegation', { AWS: `arn:aws:iam::${ACCOUNT}:root` }, user, 'implicitDeny'],
    ['the session ARN', { AWS: SESSION }, session, 'allowed'],
    ['the role ARN covers its sessions', { AWS: roleArn('Dev') }, session, 'allowed'],
    [
      'the role ARN without path for a session whose path is unknown',
      { AWS: roleArn('Dev') },
      sessionNoPath,
      'allowed',
    ],
    [
      'the role ARN with a path must match the given role ARN',
      { AWS: roleArn('team/Dev') },
      session,
      'implicitDeny',
    ],
    ['a role given by its ARN is a session of it', { AWS: roleArn('Dev') }, roleByArn, 'allowed'],
    ['the session ARN of a role given by its ARN', { AWS: SESSION }, roleByArn, 'allowed'],
    ['a role ARN does not cover a user', { AWS: roleArn('Dev') }, user, 'implicitDeny'],
    ['Service principal', { Service: 'cloudtrail.amazonaws.com' }, service, 'allowed'],
    ['another Service principal', { Service: 'ec2.amazonaws.com' }, service, 'implicitDeny'],
    ['Service does not cover users', { Service: 'cloudtrail.amazonaws.com' }, user, 'implicitDeny'],
    [
      'anonymous is not covered by a user ARN',
      { AWS: userArn('alice') },
      anonymous,
      'implicitDeny',
    ],
    [
      'Federated principals are not modelled',
      { Federated: 'cognito-identity.amazonaws.com' },
      user,
      'implicitDeny',
    ],
    ['malformed Principal matches nothing', 42, user, 'implicitDeny'],
  ])('%s', (_n, element, who, expected) => {
    expect(decide(element, who)).toBe(expected);
  });

  it('cross-account: naming the account of the caller grants (with an identity allow)', () => {
    const e = evaluateRequest({
      principal: { arn: userArn('carol', OTHER) },
      action: 's3:GetObject',
      resource: OBJ,
      resourceAccount: ACCOUNT,
      identityPolicies: [policy(doc(allow('s3:GetObject')))],
      resourcePolicy: policy(doc(allow('s3:GetObject', OBJ, { Principal: { AWS: OTHER } })), {
        type: 'resource',
      }),
    });
    expect(e.decision).toBe('allowed');
    expect(e.decisiveStatements.map((s) => s.gate)).toEqual(['identity', 'resource']);
  });

  it('identity policies do not apply to service principals or anonymous callers', () => {
    const e = evaluateRequest({
      principal: service,
      action: 's3:GetObject',
      resource: OBJ,
      identityPolicies: [policy(doc(allow('*')))],
    });
    expect(e.decision).toBe('implicitDeny');
    expect(e.denial?.policyType).toBe('resource');
  });

  it('the trace records whether Principal covered the caller', () => {
    const e = evaluateRequest({
      principal: user,
      action: 's3:GetObject',
      resource: OBJ,
      identityPolicies: [],
      resourcePolicy: policy(
        doc(
          allow('s3:GetObject', OBJ, { Principal: { AWS: userArn('bob') } }),
          allow('s3:GetObject', OBJ, { Principal: '*' }),
        ),
        { type: 'resource' },
      ),
    });
    expect(e.trace.map((t) => [t.principalMatched, t.matched])).toEqual([
      [false, false],
      [true, true],
    ]);
  });
});

describe('service principals assuming a role (id_roles_create_for-service)', () => {
  const trust = (principal: unknown) =>
    policy(doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: principal }), {
      type: 'trust',
    });
  it.each<[string, unknown, string, string | undefined]>([
    ['the trust policy names the service', { Service: 'ec2.amazonaws.com' }, 'allowed', undefined],
    [
      'the trust policy names another service',
      { Service: 'lambda.amazonaws.com' },
      'implicitDeny',
      'trust',
    ],
  ])('%s', (_n, element, expected, refusing) => {
    const e = evaluateRequest({
      principal: { service: 'ec2.amazonaws.com' },
      action: 'sts:AssumeRole',
      resource: roleArn('Web'),
      identityPolicies: [],
      resourcePolicy: trust(element),
    });
    expect(e.decision).toBe(expected);
    expect(e.denial?.policyType).toBe(refusing);
  });
});
