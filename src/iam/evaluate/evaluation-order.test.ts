// Evaluation order and the refusing policy type: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// SCPs: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
// Denial wording: https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
import { describe, expect, it } from 'vitest';
import type { AuthorizationRequest } from '../types';
import { denialMessage } from '../explain/denial-message';
import { evaluateRequest } from './evaluate-request';
import { SESSION, asUser, boundary, bucketPolicy, idAllow } from './gate-fixtures';
import { ACCOUNT, OTHER, allow, deny, doc, policy } from './test-fixtures';

describe('the account root user (reference_policies_evaluation-logic, id_root-user)', () => {
  const root = (extra: Partial<AuthorizationRequest>) =>
    asUser({ principal: { arn: `arn:aws:iam::${ACCOUNT}:root` }, ...extra });
  it.each([
    ['needs no identity policy', root({}), 'allowed', undefined],
    [
      'SCPs still apply (implicit)',
      root({ serviceControlPolicies: [[policy(doc(allow('ec2:*')))]] }),
      'implicitDeny',
      'scp',
    ],
    [
      'SCP explicit deny',
      root({ serviceControlPolicies: [[policy(doc(allow('*'), deny('s3:*')))]] }),
      'explicitDeny',
      'scp',
    ],
    [
      'resource policy explicit deny',
      root({ resourcePolicy: bucketPolicy(deny('s3:*', '*', { Principal: '*' })) }),
      'explicitDeny',
      'resource',
    ],
  ])('%s', (_n, request, expected, refusing) => {
    const e = evaluateRequest(request);
    expect(e.decision).toBe(expected);
    expect(e.denial?.policyType).toBe(refusing);
  });
});

describe('SCPs: every level must allow (access_policies_scps, orgs_manage_policies_scps_evaluation)', () => {
  const scp = (...s: object[]) =>
    policy(doc(...s), {
      type: 'scp',
      name: 'SCP',
      arn: 'arn:aws:organizations::999999999999:policy/o-x/service_control_policy/p-1',
    });
  it.each([
    ['all levels allow', [[scp(allow('*'))], [scp(allow('s3:*'))]], 'allowed', undefined],
    ['one level silent', [[scp(allow('*'))], [scp(allow('ec2:*'))]], 'implicitDeny', 'scp'],
    ['a level with no policies', [[scp(allow('*'))], []], 'implicitDeny', 'scp'],
    [
      'deny in any level',
      [[scp(allow('*'), deny('s3:GetObject'))], [scp(allow('*'))]],
      'explicitDeny',
      'scp',
    ],
  ])('%s', (_n, levels, expected, refusing) => {
    const e = evaluateRequest(
      asUser({ identityPolicies: idAllow(), serviceControlPolicies: levels }),
    );
    expect(e.decision).toBe(expected);
    expect(e.denial?.policyType).toBe(refusing);
    expect(e.gates[0]?.levels?.length).toBe(levels.length);
  });

  it('SCPs grant nothing by themselves', () => {
    const e = evaluateRequest(asUser({ serviceControlPolicies: [[scp(allow('*'))]] }));
    expect(e.denial).toMatchObject({ kind: 'implicit', policyType: 'identity' });
  });
});

describe('which policy type a denial names (troubleshoot_access-denied)', () => {
  const scp = (...s: object[]) =>
    policy(doc(...s), {
      type: 'scp',
      arn: 'arn:aws:organizations::999999999999:policy/o-x/service_control_policy/p-1',
    });
  it.each([
    [
      'explicit: SCP before identity',
      {
        serviceControlPolicies: [[scp(allow('*'), deny('s3:*'))]],
        identityPolicies: [policy(doc(deny('s3:*')))],
      },
      'explicit',
      'scp',
    ],
    [
      'explicit: resource before identity',
      {
        resourcePolicy: bucketPolicy(deny('s3:*', '*', { Principal: '*' })),
        identityPolicies: [policy(doc(deny('s3:*')))],
      },
      'explicit',
      'resource',
    ],
    [
      'explicit: identity before boundary',
      {
        identityPolicies: [policy(doc(deny('s3:*')))],
        permissionsBoundary: boundary(deny('s3:*')),
      },
      'explicit',
      'identity',
    ],
    [
      'explicit: boundary before session',
      {
        principal: { arn: SESSION },
        identityPolicies: idAllow(),
        permissionsBoundary: boundary(deny('s3:*')),
        sessionPolicies: [policy(doc(deny('s3:*')))],
      },
      'explicit',
      'boundary',
    ],
    [
      'implicit: SCP before identity',
      { serviceControlPolicies: [[scp(allow('ec2:*'))]] },
      'implicit',
      'scp',
    ],
    [
      'implicit: identity before boundary',
      { permissionsBoundary: boundary(allow('ec2:*')) },
      'implicit',
      'identity',
    ],
    [
      'implicit: boundary before session',
      {
        principal: { arn: SESSION },
        identityPolicies: idAllow(),
        permissionsBoundary: boundary(allow('ec2:*')),
        sessionPolicies: [policy(doc(allow('ec2:*')))],
      },
      'implicit',
      'boundary',
    ],
  ] as const)('%s', (_n, extra, kind, policyType) => {
    const e = evaluateRequest(asUser(extra as Partial<AuthorizationRequest>));
    expect(e.denial).toMatchObject({ kind, policyType });
  });

  it.each([
    [
      'scp',
      { serviceControlPolicies: [[scp(allow('*'), deny('s3:*'))]] },
      'with an explicit deny in a service control policy: arn:aws:organizations::999999999999:policy/o-x/service_control_policy/p-1',
    ],
    [
      'boundary',
      { identityPolicies: idAllow(), permissionsBoundary: boundary(deny('s3:*')) },
      `with an explicit deny in a permissions boundary: arn:aws:iam::${ACCOUNT}:policy/Boundary`,
    ],
    [
      'session',
      {
        principal: { arn: SESSION },
        identityPolicies: idAllow(),
        sessionPolicies: [policy(doc(deny('s3:*')))],
      },
      'with an explicit deny in a session policy',
    ],
    [
      'implicit scp',
      { serviceControlPolicies: [[scp(allow('ec2:*'))]] },
      'because no service control policy allows the s3:GetObject action',
    ],
    [
      'implicit boundary',
      { identityPolicies: idAllow(), permissionsBoundary: boundary(allow('ec2:*')) },
      'because no permissions boundary allows the s3:GetObject action',
    ],
    [
      'implicit session',
      {
        principal: { arn: SESSION },
        identityPolicies: idAllow(),
        sessionPolicies: [policy(doc(allow('ec2:*')))],
      },
      'because no session policy allows the s3:GetObject action',
    ],
    [
      'implicit resource (cross account)',
      { resourceAccount: OTHER, identityPolicies: idAllow() },
      'because no resource-based policy allows the s3:GetObject action',
    ],
    [
      'explicit resource',
      { resourcePolicy: bucketPolicy(deny('s3:*', '*', { Principal: '*' })) },
      'with an explicit deny in a resource-based policy',
    ],
  ] as const)('message ending: %s', (_n, extra, ending) => {
    const r = asUser(extra as Partial<AuthorizationRequest>);
    expect(denialMessage(evaluateRequest(r), r).endsWith(ending)).toBe(true);
  });

  it('cross-account explicit denies keep the older form (no policy ARN)', () => {
    const r = asUser({
      resourceAccount: OTHER,
      identityPolicies: [
        policy(doc(deny('s3:*')), {
          type: 'customer-managed',
          arn: `arn:aws:iam::${ACCOUNT}:policy/NoS3`,
        }),
      ],
    });
    expect(
      denialMessage(evaluateRequest(r), r).endsWith(
        'with an explicit deny in an identity-based policy',
      ),
    ).toBe(true);
  });
});

describe('per-gate outcomes (reference_policies_evaluation-logic)', () => {
  it('one outcome per policy type, in evaluation order; absent limits do not limit', () => {
    const e = evaluateRequest(asUser({ identityPolicies: idAllow() }));
    expect(e.gates.map((g) => [g.gate, g.present, g.result])).toEqual([
      ['scp', false, 'allow'],
      ['resource', false, 'implicitDeny'],
      ['identity', true, 'allow'],
      ['boundary', false, 'allow'],
      ['session', false, 'allow'],
    ]);
  });

  it('lists the matched statements of each gate and every explicit deny as decisive', () => {
    const e = evaluateRequest(
      asUser({
        identityPolicies: [policy(doc(allow('s3:*'), deny('s3:GetObject')), { name: 'Mixed' })],
        permissionsBoundary: boundary(allow('s3:*'), deny('s3:Get*')),
      }),
    );
    expect(e.decision).toBe('explicitDeny');
    expect(e.decisiveStatements.map((s) => [s.gate, s.statementIndex])).toEqual([
      ['identity', 1],
      ['boundary', 1],
    ]);
    expect(e.gates[2]?.matched.map((s) => s.effect)).toEqual(['Allow', 'Deny']);
    expect(e.gates[3]).toMatchObject({ present: true, result: 'explicitDeny' });
  });

  it('explains the rules that decided, in plain words', () => {
    const e = evaluateRequest(
      asUser({
        resourcePolicy: bucketPolicy(allow('s3:GetObject', '*', { Principal: { AWS: ACCOUNT } })),
      }),
    );
    expect(e.notes?.join(' ')).toContain('delegates');
  });
});
