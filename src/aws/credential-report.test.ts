import { describe, expect, it } from 'vitest';
import { CREDENTIAL_REPORT_HEADER, credentialReportCsv, reportTime } from './credential-report';
import { CUSTOM_POLICY_START } from './password-policy';

const created = '2026-01-01T08:30:00.000Z';
const user = (userName: string) => ({
  key: userName.toLowerCase(),
  userName,
  userId: 'AIDAEXAMPLE',
  arn: `arn:aws:iam::123456789012:user/${userName}`,
  path: '/',
  createDate: created,
  tags: [],
});
const profile = (userName: string) => ({
  key: userName.toLowerCase(),
  userName,
  createDate: '2026-02-01T00:00:00.000Z',
  passwordResetRequired: false,
  password: { algorithm: 'PBKDF2-SHA-256' as const, iterations: 1, salt: '', hash: '' },
});

describe('credentialReportCsv', () => {
  it('writes times as AWS does, without milliseconds and with +00:00', () => {
    expect(reportTime('2026-01-01T08:30:00.123Z')).toBe('2026-01-01T08:30:00+00:00');
  });

  it('fills password rotation from the policy, key columns in order, and N/A for the rest', () => {
    const csv = credentialReportCsv({
      account: { createDate: created },
      rootMfaActive: false,
      passwordPolicy: { ...CUSTOM_POLICY_START, MaxPasswordAge: 30 },
      users: [
        {
          user: { ...user('zed'), passwordLastUsed: '2026-02-02T10:00:00.000Z' },
          profile: profile('zed'),
          mfaActive: true,
          accessKeys: [
            {
              accessKeyId: 'AKIAOLD',
              userKey: 'zed',
              userName: 'zed',
              status: 'Inactive',
              createDate: '2026-01-05T00:00:00.000Z',
            },
            {
              accessKeyId: 'AKIANEW',
              userKey: 'zed',
              userName: 'zed',
              status: 'Active',
              createDate: '2026-01-06T00:00:00.000Z',
              lastUsed: { date: '2026-01-07T00:00:00.000Z', serviceName: 's3', region: '' },
            },
          ],
        },
        { user: user('amy'), mfaActive: false, accessKeys: [] },
      ],
    });
    const rows = csv
      .trimEnd()
      .split('\n')
      .map((line) => line.split(','));
    expect(rows[0]).toEqual([...CREDENTIAL_REPORT_HEADER]);
    expect(rows.map((r) => r[0])).toEqual(['user', '<root_account>', 'amy', 'zed']);
    const zed = Object.fromEntries(CREDENTIAL_REPORT_HEADER.map((h, i) => [h, rows[3]?.[i]]));
    expect(zed).toMatchObject({
      password_enabled: 'true',
      password_last_used: '2026-02-02T10:00:00+00:00',
      password_last_changed: '2026-02-01T00:00:00+00:00',
      password_next_rotation: '2026-03-03T00:00:00+00:00',
      mfa_active: 'true',
      access_key_1_active: 'false',
      access_key_1_last_rotated: '2026-01-05T00:00:00+00:00',
      access_key_1_last_used_date: 'N/A',
      access_key_2_active: 'true',
      access_key_2_last_used_date: '2026-01-07T00:00:00+00:00',
      access_key_2_last_used_region: 'N/A',
      access_key_2_last_used_service: 's3',
      cert_1_active: 'false',
      cert_2_last_rotated: 'N/A',
    });
    const amy = Object.fromEntries(CREDENTIAL_REPORT_HEADER.map((h, i) => [h, rows[2]?.[i]]));
    expect(amy).toMatchObject({
      password_enabled: 'false',
      password_last_used: 'N/A',
      password_last_changed: 'N/A',
      password_next_rotation: 'N/A',
      access_key_1_active: 'false',
      access_key_1_last_rotated: 'N/A',
    });
    expect(rows.every((r) => r.length === 22)).toBe(true);
  });
});
