// The documented exceptions of https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// (and _cross-account-resource-access, access_policies_boundaries, id_roles_use, reference_policies_elements_notprincipal).
import { describe, expect, it } from 'vitest';
import type { AuthorizationRequest } from '../types';
import { denialMessage } from '../explain/denial-message';
import { evaluateRequest } from './evaluate-request';
import {
  ALICE,
  DEV,
  SESSION,
  asSession,
  asUser,
  boundary,
  bucketPolicy,
  grant,
  idAllow,
} from './gate-fixtures';
import { ACCOUNT, OTHER, allow, deny, doc, policy, roleArn, userArn } from './test-fixtures';

describe('same account: resource-based and identity-based policies form a union (reference_policies_evaluation-logic)', () => {
  it.each([
    ['identity policy alone', asUser({ identityPolicies: idAllow() }), 'allowed'],
    [
      'bucket policy naming the user alone',
      asUser({ resourcePolicy: bucketPolicy(grant({ AWS: ALICE })) }),
      'allowed',
    ],
    [
      'neither',
      asUser({ resourcePolicy: bucketPolicy(grant({ AWS: userArn('bob') })) }),
      'implicitDeny',
    ],
  ])('%s', (_n, request, expected) => {
    expect(evaluateRequest(request).decision).toBe(expected);
  });
});

describe('cross account: both sides must allow (reference_policies_evaluation-logic-cross-account)', () => {
  const cross = (extra: Partial<AuthorizationRequest>) =>
    asUser({ resourceAccount: OTHER, ...extra });
  it.each([
    ['identity only', cross({ identityPolicies: idAllow() }), 'implicitDeny', 'resource'],
    [
      'resource only',
      cross({ resourcePolicy: bucketPolicy(grant({ AWS: ALICE })) }),
      'implicitDeny',
      'identity',
    ],
    [
      'both',
      cross({ identityPolicies: idAllow(), resourcePolicy: bucketPolicy(grant({ AWS: ACCOUNT })) }),
      'allowed',
      undefined,
    ],
  ])('%s', (_n, request, expected, refusing) => {
    const e = evaluateRequest(request);
    expect(e.decision).toBe(expected);
    expect(e.denial?.policyType).toBe(refusing);
  });
});

describe('a Principal naming an account delegates to it (reference_policies_elements_principal#principal-accounts)', () => {
  it.each([
    ['account ID, no identity allow', grant({ AWS: ACCOUNT }), [], 'implicitDeny'],
    [
      'root ARN, no identity allow',
      grant({ AWS: `arn:aws:iam::${ACCOUNT}:root` }),
      [],
      'implicitDeny',
    ],
    ['account ID and an identity allow', grant({ AWS: ACCOUNT }), idAllow(), 'allowed'],
  ])('%s', (_n, statement, identityPolicies, expected) => {
    const e = evaluateRequest(
      asUser({ resourcePolicy: bucketPolicy(statement), identityPolicies }),
    );
    expect(e.decision).toBe(expected);
  });

  it.each([
    ['a user', asUser],
    ['a role session', asSession],
  ])('a Deny naming the account covers %s', (_n, make) => {
    const r = make({
      identityPolicies: idAllow(),
      resourcePolicy: bucketPolicy(deny('s3:*', '*', { Principal: { AWS: ACCOUNT } })),
    });
    const e = evaluateRequest(r);
    expect(e.decision).toBe('explicitDeny');
    expect(denialMessage(e, r)).toContain('with an explicit deny in a resource-based policy');
  });
});

describe('role trust policies must allow explicitly (id_roles_use, reference_policies_evaluation-logic)', () => {
  const assume = (
    trust: object[],
    extra: Partial<AuthorizationRequest> = {},
  ): AuthorizationRequest => ({
    principal: { arn: ALICE, id: 'AIDAALICE' },
    action: 'sts:AssumeRole',
    resource: roleArn('Target'),
    identityPolicies: [],
    resourcePolicy: policy(doc(...trust), { type: 'trust', name: 'Target trust policy' }),
    ...extra,
  });
  const trustBy = (principal: unknown) => ({
    Effect: 'Allow',
    Action: 'sts:AssumeRole',
    Principal: principal,
  });
  const idAssume = () => [policy(doc(allow('sts:AssumeRole', roleArn('Target'))))];
  it.each([
    [
      'trust names the user: no identity policy needed',
      assume([trustBy({ AWS: ALICE })]),
      'allowed',
      undefined,
    ],
    [
      'trust names the account: identity policy needed',
      assume([trustBy({ AWS: ACCOUNT })]),
      'implicitDeny',
      'identity',
    ],
    [
      'trust names the account, identity allows',
      assume([trustBy({ AWS: ACCOUNT })], { identityPolicies: idAssume() }),
      'allowed',
      undefined,
    ],
    [
      'trust names someone else',
      assume([trustBy({ AWS: userArn('bob') })], { identityPolicies: idAssume() }),
      'implicitDeny',
      'trust',
    ],
    [
      'boundary must allow, user named',
      assume([trustBy({ AWS: ALICE })], { permissionsBoundary: boundary(allow('s3:*')) }),
      'implicitDeny',
      'boundary',
    ],
    [
      'boundary must allow, account named',
      assume([trustBy({ AWS: ACCOUNT })], {
        identityPolicies: idAssume(),
        permissionsBoundary: boundary(allow('s3:*')),
      }),
      'implicitDeny',
      'boundary',
    ],
    [
      'boundary allows',
      assume([trustBy({ AWS: ALICE })], { permissionsBoundary: boundary(allow('sts:AssumeRole')) }),
      'allowed',
      undefined,
    ],
    [
      'cross account: identity policy needed even if the user is named',
      assume([trustBy({ AWS: userArn('alice', OTHER) })], {
        principal: { arn: userArn('alice', OTHER) },
      }),
      'implicitDeny',
      'identity',
    ],
  ])('%s', (_n, request, expected, refusing) => {
    const e = evaluateRequest(request);
    expect(e.decision).toBe(expected);
    expect(e.denial?.policyType).toBe(refusing);
  });

  it('words trust-policy denials as AWS does', () => {
    const silent = assume([trustBy({ AWS: userArn('bob') })]);
    expect(denialMessage(evaluateRequest(silent), silent)).toBe(
      `User: ${ALICE} is not authorized to perform: sts:AssumeRole on resource: ${roleArn('Target')} because no role trust policy allows the sts:AssumeRole action`,
    );
    const denied = assume([
      trustBy({ AWS: ALICE }),
      { Effect: 'Deny', Action: 'sts:AssumeRole', Principal: { AWS: ALICE } },
    ]);
    expect(denialMessage(evaluateRequest(denied), denied)).toBe(
      `User: ${ALICE} is not authorized to perform: sts:AssumeRole on resource: ${roleArn('Target')} with an explicit deny in the role trust policy`,
    );
  });
});

describe('boundaries and session policies only limit (access_policies_boundaries, access_policies#policies_session)', () => {
  it.each([
    [
      'identity allows, boundary silent',
      asUser({ identityPolicies: idAllow(), permissionsBoundary: boundary(allow('ec2:*')) }),
      'implicitDeny',
      'boundary',
    ],
    [
      'boundary alone grants nothing',
      asUser({ permissionsBoundary: boundary(allow('s3:*')) }),
      'implicitDeny',
      'identity',
    ],
    [
      'identity and boundary allow',
      asUser({ identityPolicies: idAllow(), permissionsBoundary: boundary(allow('s3:*')) }),
      'allowed',
      undefined,
    ],
    [
      'bucket policy names the user: boundary does not limit',
      asUser({
        resourcePolicy: bucketPolicy(grant({ AWS: ALICE })),
        permissionsBoundary: boundary(allow('ec2:*')),
      }),
      'allowed',
      undefined,
    ],
    [
      'session policy silent',
      asSession({ identityPolicies: idAllow(), sessionPolicies: [policy(doc(allow('ec2:*')))] }),
      'implicitDeny',
      'session',
    ],
    [
      'bucket policy names the session: session policy does not limit',
      asSession({
        resourcePolicy: bucketPolicy(grant({ AWS: SESSION })),
        sessionPolicies: [policy(doc(allow('ec2:*')))],
      }),
      'allowed',
      undefined,
    ],
    [
      'bucket policy names the role: session policy limits',
      asSession({
        resourcePolicy: bucketPolicy(grant({ AWS: DEV })),
        sessionPolicies: [policy(doc(allow('ec2:*')))],
      }),
      'implicitDeny',
      'session',
    ],
    [
      'bucket policy names the role: boundary limits',
      asSession({
        resourcePolicy: bucketPolicy(grant({ AWS: DEV })),
        permissionsBoundary: boundary(allow('ec2:*')),
      }),
      'implicitDeny',
      'boundary',
    ],
    [
      'bucket policy names the role: no identity policy needed',
      asSession({ resourcePolicy: bucketPolicy(grant({ AWS: DEV })) }),
      'allowed',
      undefined,
    ],
  ])('%s', (_n, request, expected, refusing) => {
    const e = evaluateRequest(request);
    expect(e.decision).toBe(expected);
    expect(e.denial?.policyType).toBe(refusing);
  });

  it('an explicit deny in a boundary still wins over a bucket policy grant', () => {
    const e = evaluateRequest(
      asUser({
        resourcePolicy: bucketPolicy(grant({ AWS: ALICE })),
        permissionsBoundary: boundary(deny('s3:*')),
      }),
    );
    expect(e.decision).toBe('explicitDeny');
    expect(e.denial?.policyType).toBe('boundary');
  });
});

describe('a Deny with NotPrincipal always denies a principal that has a boundary (reference_policies_elements_notprincipal)', () => {
  const notMe = bucketPolicy(grant({ AWS: ALICE }), {
    Effect: 'Deny',
    Action: 's3:*',
    Resource: '*',
    NotPrincipal: { AWS: [ALICE, ACCOUNT] },
  });
  it.each([
    ['no boundary: NotPrincipal leaves alice out', asUser({ resourcePolicy: notMe }), 'allowed'],
    [
      'with a boundary: the Deny applies',
      asUser({ resourcePolicy: notMe, permissionsBoundary: boundary(allow('s3:*')) }),
      'explicitDeny',
    ],
    [
      'listing only the user ARN does not leave it out (the account is checked too)',
      asUser({
        resourcePolicy: bucketPolicy(grant({ AWS: ALICE }), {
          Effect: 'Deny',
          Action: 's3:*',
          Resource: '*',
          NotPrincipal: { AWS: ALICE },
        }),
      }),
      'explicitDeny',
    ],
    [
      'someone else is denied',
      asUser({
        principal: { arn: userArn('bob') },
        resourcePolicy: notMe,
        identityPolicies: idAllow(),
      }),
      'explicitDeny',
    ],
  ])('%s', (_n, request, expected) => {
    expect(evaluateRequest(request).decision).toBe(expected);
  });
});
