import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { totpCode } from '@/lib/totp';
import { userCaller, type UserCaller } from './caller';
import { setLabClock } from './clock';
import { PASSWORD_EXPIRED_HARD, signIn, SIGN_IN_FAILED } from './console-sign-in';
import { CREDENTIAL_REPORT_HEADER } from './credential-report';
import {
  assignMfa,
  freshLabAtNow,
  NOW,
  PASSWORD,
  root,
  userWithPassword,
} from './credentials-test-support';
import * as iam from './iam';
import { CUSTOM_POLICY_START } from './password-policy';
import { errorOf } from './test-support';

beforeEach(freshLabAtNow);
afterEach(() => setLabClock(undefined));

describe('console sign-in', () => {
  it.each([
    ['a wrong password', { account: '123456789012', userName: 'alice', password: 'wrong' }],
    ['a wrong account', { account: '999999999999', userName: 'alice', password: PASSWORD }],
    [
      'a user name in the wrong case',
      { account: '123456789012', userName: 'Alice', password: PASSWORD },
    ],
    ['a user without a password', { account: '123456789012', userName: 'bob', password: PASSWORD }],
  ])('fails with %s, in the sign-in page words', async (_name, input) => {
    await userWithPassword('alice');
    await iam.createUser(root, { userName: 'bob' });
    expect(await signIn(input)).toEqual({ status: 'failed', message: SIGN_IN_FAILED });
  });

  it('accepts the alias, records the sign-in and asks for a new password when required', async () => {
    await userWithPassword('alice', true);
    await iam.createAccountAlias(root, 'my-lab');
    const result = await signIn({ account: 'my-lab', userName: 'alice', password: PASSWORD });
    expect(result).toMatchObject({ status: 'password-change-required', reason: 'reset' });
    expect((await iam.getUser(root, 'alice')).passwordLastUsed).toBe(new Date(NOW).toISOString());
  });

  it('forces a change of an expired password, or refuses it with administrator reset', async () => {
    await userWithPassword('alice');
    await iam.updateAccountPasswordPolicy(root, { ...CUSTOM_POLICY_START, MaxPasswordAge: 1 });
    setLabClock(NOW + 86_400_000);
    const input = { account: '123456789012', userName: 'alice', password: PASSWORD };
    expect(await signIn(input)).toMatchObject({
      status: 'password-change-required',
      reason: 'expired',
    });
    await iam.updateAccountPasswordPolicy(root, {
      ...CUSTOM_POLICY_START,
      MaxPasswordAge: 1,
      HardExpiry: true,
    });
    expect(await signIn(input)).toEqual({ status: 'failed', message: PASSWORD_EXPIRED_HARD });
  });

  it('asks for the MFA code, and the session then carries the MFA keys', async () => {
    await userWithPassword('alice');
    const seed = await assignMfa('alice');
    const input = { account: '1234-5678-9012', userName: 'alice', password: PASSWORD };
    expect(await signIn(input)).toEqual({ status: 'mfa-required' });
    expect(await signIn({ ...input, mfaCode: '000000' })).toMatchObject({ status: 'failed' });
    const result = await signIn({ ...input, mfaCode: totpCode(seed, NOW) });
    expect(result.status).toBe('signed-in');
    const caller = (result as { caller: UserCaller }).caller;
    expect(caller.mfa).toEqual({ authenticatedAt: NOW });

    // A policy that allows only with MFA, no older than 10 minutes.
    await iam.putUserPolicy(
      root,
      'alice',
      'mfa-only',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'iam:ListUsers',
            Resource: '*',
            Condition: {
              Bool: { 'aws:MultiFactorAuthPresent': 'true' },
              NumericLessThan: { 'aws:MultiFactorAuthAge': '600' },
            },
          },
        ],
      }),
    );
    expect((await iam.listUsers(caller)).map((u) => u.userName)).toEqual(['alice']);
    expect((await errorOf(iam.listUsers(userCaller('alice')))).code).toBe('AccessDenied');
    setLabClock(NOW + 601_000);
    expect((await errorOf(iam.listUsers(caller))).code).toBe('AccessDenied');
  });
});

describe('credential report', () => {
  it('has AWS header, the root row first, and each user', async () => {
    expect((await errorOf(iam.getCredentialReport(root))).code).toBe('ReportNotPresent');
    await userWithPassword('alice');
    await assignMfa('alice');
    await iam.createUser(root, { userName: 'bob' });
    await iam.createAccessKey(root, 'bob');
    expect((await iam.generateCredentialReport(root)).State).toBe('STARTED');
    const lines = (await iam.getCredentialReport(root)).content.trimEnd().split('\n');
    expect(lines[0]).toBe(CREDENTIAL_REPORT_HEADER.join(','));
    expect(lines[0]?.split(',')).toHaveLength(22);
    expect(lines[1]).toMatch(
      /^<root_account>,arn:aws:iam::123456789012:root,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00,not_supported,no_information,not_supported,not_supported,false,false,N\/A,N\/A,N\/A,N\/A,false,N\/A,N\/A,N\/A,N\/A,false,N\/A,false,N\/A$/,
    );
    const t = '2026-12-01T10:00:00+00:00';
    expect(lines[2]).toBe(
      `alice,arn:aws:iam::123456789012:user/alice,${t},true,no_information,${t},N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
    );
    expect(lines[3]).toBe(
      `bob,arn:aws:iam::123456789012:user/bob,${t},false,N/A,N/A,N/A,false,true,${t},N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
    );
    // Within 4 hours the same report comes back.
    await iam.createUser(root, { userName: 'carol' });
    expect((await iam.generateCredentialReport(root)).State).toBe('COMPLETE');
    expect((await iam.getCredentialReport(root)).content).not.toContain('carol');
  });
});

describe('security recommendations', () => {
  it('lists console users without MFA and credentials unused for 90 days', async () => {
    const { getSecurityRecommendations } = await import('./security-recommendations');
    await userWithPassword('alice');
    await userWithPassword('bob');
    await assignMfa('bob');
    await iam.createUser(root, { userName: 'carol' });
    await iam.createAccessKey(root, 'carol');
    expect(await getSecurityRecommendations(root)).toEqual({
      rootMfa: false,
      rootAccessKeys: 0,
      usersWithoutMfa: ['alice'],
      usersWithUnusedCredentials: [],
      usersWithDirectPolicies: [],
    });
    setLabClock(NOW + 90 * 86_400_000);
    expect((await getSecurityRecommendations(root)).usersWithUnusedCredentials).toEqual([
      'alice',
      'bob',
      'carol',
    ]);
  });
});
