import { describe, expect, it } from 'vitest';
import {
  initialCreateRoleForm,
  needsInstanceProfile,
  roleNameError,
  trustedEntityError,
  trustPolicyOf,
  type CreateRoleForm,
} from './create-role-form';

const form = (patch: Partial<CreateRoleForm>): CreateRoleForm => ({
  ...initialCreateRoleForm,
  ...patch,
});

describe('the trust policy of each trusted entity type', () => {
  it('AWS service: the use case principal, with Action first as the console writes it', () => {
    const doc = JSON.parse(trustPolicyOf(form({ service: 'EC2', useCase: 'ec2' }), '123456789012'));
    expect(doc).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['sts:AssumeRole'],
          Principal: { Service: ['ec2.amazonaws.com'] },
        },
      ],
    });
    const spot = trustPolicyOf(form({ service: 'EC2', useCase: 'ec2-spot-fleet' }), '1');
    expect(spot).toContain('spotfleet.amazonaws.com');
  });

  it.each([
    [
      'this account',
      { accountChoice: 'this' as const },
      'arn:aws:iam::123456789012:root',
      undefined,
    ],
    [
      'another account with an external ID and MFA',
      {
        accountChoice: 'other' as const,
        otherAccountId: '111122223333',
        requireExternalId: true,
        externalId: 'partner-42',
        requireMfa: true,
      },
      'arn:aws:iam::111122223333:root',
      {
        StringEquals: { 'sts:ExternalId': 'partner-42' },
        Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      },
    ],
  ])('AWS account: %s', (_case, patch, principal, condition) => {
    const doc = JSON.parse(
      trustPolicyOf(form({ entityType: 'account', ...patch }), '123456789012'),
    ) as { Statement: Array<{ Principal: unknown; Condition?: unknown }> };
    expect(doc.Statement[0]?.Principal).toEqual({ AWS: principal });
    expect(doc.Statement[0]?.Condition).toEqual(condition);
  });

  it('custom: the text as written', () => {
    expect(trustPolicyOf(form({ entityType: 'custom', customPolicy: '{ "x": 1 }' }), '1')).toBe(
      '{ "x": 1 }',
    );
  });
});

describe('step 1 and the name', () => {
  it.each([
    ['no service', form({}), 'Choose a service or use case.'],
    [
      'a short account ID',
      form({ entityType: 'account', accountChoice: 'other', otherAccountId: '123' }),
      'Enter a 12-digit account ID.',
    ],
    [
      'a one-character external ID',
      form({ entityType: 'account', requireExternalId: true, externalId: 'x' }),
      "The external ID must be 2 to 1,224 characters: alphanumeric and '+=,.@:/-'.",
    ],
    ['a complete EC2 choice', form({ service: 'EC2', useCase: 'ec2' }), undefined],
  ])('%s', (_case, value, error) => {
    expect(trustedEntityError(value)).toBe(error);
  });

  it('gives only EC2 instance roles an instance profile', () => {
    expect(needsInstanceProfile(form({ service: 'EC2', useCase: 'ec2' }))).toBe(true);
    expect(needsInstanceProfile(form({ service: 'EC2', useCase: 'ec2-spot-fleet' }))).toBe(false);
    expect(needsInstanceProfile(form({ service: 'Lambda', useCase: 'lambda' }))).toBe(false);
    expect(needsInstanceProfile(form({ entityType: 'custom' }))).toBe(false);
  });

  it.each([
    ['', 'Enter a role name.'],
    ['r'.repeat(65), "Maximum 64 characters. Use alphanumeric and '+=,.@-_' characters."],
    ['my role', "Maximum 64 characters. Use alphanumeric and '+=,.@-_' characters."],
    ['a+b=c,d.e@f_g-h', undefined],
  ])('role name %j', (name, error) => {
    expect(roleNameError(name)).toBe(error);
  });
});
