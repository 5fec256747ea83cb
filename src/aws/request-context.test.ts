import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '@/storage/test-support';
import { rootCaller, userCaller, userCallerWithMfa } from './caller';
import * as iam from './iam';
import * as lab from './lab';
import {
  applyRequestContext,
  DEFAULT_REQUEST_CONTEXT,
  getRequestContext,
  isIpAddress,
  listRecentCallContexts,
  saveRequestContext,
} from './request-context';
import { errorOf } from './test-support';

const root = rootCaller();
const user1 = userCaller('user-1');

// user-1 may list users only with MFA (a BoolIfExists deny, as AWS's own example).
const MFA_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ListUsers', Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' },
    {
      Sid: 'DenyWithoutMfa',
      Effect: 'Deny',
      Action: 'iam:ListUsers',
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ],
});

beforeEach(async () => {
  await useFreshIndexedDb();
  await lab.loadScenario('iam-users-and-groups');
});

describe('isIpAddress', () => {
  it.each([
    ['203.0.113.10', true],
    ['2001:db8::1', true],
    ['::ffff:10.0.0.1', true],
    ['10.0.0.256', false],
    ['10.0.0.0/24', false],
    ['2001:db8:::1', false],
    ['localhost', false],
    ['', false],
  ])('%s → %s', (text, valid) => {
    expect(isIpAddress(text)).toBe(valid);
  });
});

describe('applyRequestContext', () => {
  const base = {
    'aws:CurrentTime': '2026-06-01T10:00:00.000Z',
    'aws:EpochTime': 1780308000,
    'aws:SecureTransport': true,
    'aws:MultiFactorAuthPresent': true,
    'aws:MultiFactorAuthAge': 30,
  };

  it('keeps the sign-in MFA keys and the real time by default', () => {
    expect(applyRequestContext(base, DEFAULT_REQUEST_CONTEXT)).toEqual(base);
  });

  it.each([
    ['absent', {}, {}],
    ['false', {}, { 'aws:MultiFactorAuthPresent': false }],
    [
      'present',
      { mfaAgeSeconds: 7200 },
      { 'aws:MultiFactorAuthPresent': true, 'aws:MultiFactorAuthAge': 7200 },
    ],
  ] as const)('MFA %s', (mfa, extra, keys) => {
    const out = applyRequestContext(base, { ...DEFAULT_REQUEST_CONTEXT, mfa, ...extra });
    expect(out['aws:MultiFactorAuthPresent']).toBe(
      (keys as Record<string, unknown>)['aws:MultiFactorAuthPresent'],
    );
    expect(out['aws:MultiFactorAuthAge']).toBe(
      (keys as Record<string, unknown>)['aws:MultiFactorAuthAge'],
    );
  });

  it('sets the source IP, HTTP and a fixed clock (both time keys)', () => {
    const out = applyRequestContext(base, {
      mfa: 'sign-in',
      sourceIp: '198.51.100.7',
      secureTransport: false,
      fixedTime: '2030-01-01T00:00:00Z',
    });
    expect(out).toMatchObject({
      'aws:SourceIp': '198.51.100.7',
      'aws:SecureTransport': false,
      'aws:CurrentTime': '2030-01-01T00:00:00.000Z',
      'aws:EpochTime': 1893456000,
    });
  });
});

describe('saved settings', () => {
  it('start at the defaults and survive a save', async () => {
    expect(await getRequestContext()).toEqual(DEFAULT_REQUEST_CONTEXT);
    await saveRequestContext({ mfa: 'present', mfaAgeSeconds: 60, secureTransport: false });
    expect(await getRequestContext()).toEqual({
      mfa: 'present',
      mfaAgeSeconds: 60,
      secureTransport: false,
    });
  });

  it.each([
    [{ sourceIp: '300.1.1.1' }, 'The source IP 300.1.1.1 is not a valid IPv4 or IPv6 address.'],
    [
      { mfa: 'present' as const, mfaAgeSeconds: -1 },
      'The MFA age must be a whole number of seconds, 0 or more.',
    ],
    [{ fixedTime: 'tomorrow' }, 'The time tomorrow is not a valid date and time.'],
  ])('refuse %o', async (change, message) => {
    const error = await errorOf(saveRequestContext({ ...DEFAULT_REQUEST_CONTEXT, ...change }));
    expect([error.code, error.message]).toEqual(['ValidationError', message]);
  });

  it('are forgotten by a lab reset', async () => {
    await saveRequestContext({ ...DEFAULT_REQUEST_CONTEXT, sourceIp: '203.0.113.10' });
    await lab.resetLab();
    expect(await getRequestContext()).toEqual(DEFAULT_REQUEST_CONTEXT);
  });
});

describe('calls send the panel values', () => {
  beforeEach(() => iam.putUserPolicy(root, 'user-1', 'MfaOnly', MFA_POLICY));

  it('an MFA condition flips when the context changes', async () => {
    const signedInWithMfa = userCallerWithMfa('user-1', Date.now() - 5_000);
    expect((await iam.listUsers(signedInWithMfa)).length).toBeGreaterThan(0);
    await saveRequestContext({ ...DEFAULT_REQUEST_CONTEXT, mfa: 'false' });
    const error = await errorOf(iam.listUsers(signedInWithMfa));
    expect(error.evaluation?.decision).toBe('explicitDeny');
    expect(error.evaluation?.decisiveStatements[0]?.sid).toBe('DenyWithoutMfa');
    await saveRequestContext({ ...DEFAULT_REQUEST_CONTEXT, mfa: 'present', mfaAgeSeconds: 10 });
    expect((await iam.listUsers(user1)).length).toBeGreaterThan(0);
  });

  it('each call records the keys it sent', async () => {
    await saveRequestContext({ ...DEFAULT_REQUEST_CONTEXT, sourceIp: '2001:db8::7' });
    await iam.listUsers(root);
    const [latest] = await listRecentCallContexts(1);
    expect(latest?.eventName).toBe('ListUsers');
    expect(latest?.context['aws:SourceIp']).toBe('2001:db8::7');
    expect(latest?.context['aws:SecureTransport']).toBe(true);
  });
});
