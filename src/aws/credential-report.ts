// The credential report: GenerateCredentialReport and GetCredentialReport, and the CSV in AWS's
// exact columns, with the <root_account> row first.

import { readAllAccessKeys } from '@/storage/access-keys';
import { readAccountRecord, writeAccountRecord } from '@/storage/account';
import { readTx, writeTx } from '@/storage/db';
import { ROOT_ARN } from '@/storage/lab-constants';
import { readAllLoginProfiles } from '@/storage/login-profiles';
import { readAllMfaDevices } from '@/storage/mfa-devices';
import type { LabReadTx } from '@/storage/schema';
import type {
  AccessKeyRecord,
  AccountRecord,
  LoginProfileRecord,
  UserRecord,
} from '@/storage/types';
import { readAllUsers } from '@/storage/users';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall } from './call';
import { ROOT_MFA_KEY } from './iam-root-mfa';
import { passwordNextRotation, type PasswordPolicy } from './password-policy';

/** The header AWS returns, 22 columns (reference §6.2). */
export const CREDENTIAL_REPORT_HEADER = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;

/** AWS regenerates a report only when the last one is older than 4 hours. */
export const REPORT_MAX_AGE_MS = 4 * 3600 * 1000;

/** 2026-01-01T00:00:00.123Z → 2026-01-01T00:00:00+00:00, the report's time format. */
export function reportTime(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

export interface ReportUser {
  user: UserRecord;
  profile?: LoginProfileRecord;
  mfaActive: boolean;
  /** Oldest first. */
  accessKeys: AccessKeyRecord[];
}

export interface ReportInput {
  account: Pick<AccountRecord, 'createDate'>;
  rootMfaActive: boolean;
  passwordPolicy?: PasswordPolicy;
  users: ReportUser[];
}

function keyColumns(key: AccessKeyRecord | undefined): string[] {
  if (!key) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const used = key.lastUsed;
  return [
    String(key.status === 'Active'),
    reportTime(key.createDate),
    used ? reportTime(used.date) : 'N/A',
    // Global services (IAM, S3 in the report) have no region.
    used ? used.region || 'N/A' : 'N/A',
    used ? used.serviceName : 'N/A',
  ];
}

function userRow({ user, profile, mfaActive, accessKeys }: ReportUser, policy?: PasswordPolicy) {
  const changed = profile ? (profile.passwordLastChanged ?? profile.createDate) : undefined;
  const next = changed ? passwordNextRotation(policy, changed) : undefined;
  return [
    user.userName,
    user.arn,
    reportTime(user.createDate),
    String(profile !== undefined),
    !profile ? 'N/A' : user.passwordLastUsed ? reportTime(user.passwordLastUsed) : 'no_information',
    changed ? reportTime(changed) : 'N/A',
    next ? reportTime(next) : 'N/A',
    String(mfaActive),
    ...keyColumns(accessKeys[0]),
    ...keyColumns(accessKeys[1]),
    'false',
    'N/A',
    'false',
    'N/A',
  ];
}

/** The report's CSV: header, the root row, then one row per user in name order. */
export function credentialReportCsv(input: ReportInput): string {
  const root = [
    '<root_account>',
    ROOT_ARN,
    reportTime(input.account.createDate),
    'not_supported',
    'no_information',
    'not_supported',
    'not_supported',
    String(input.rootMfaActive),
    ...keyColumns(undefined),
    ...keyColumns(undefined),
    'false',
    'N/A',
    'false',
    'N/A',
  ];
  const users = [...input.users].sort((a, b) => a.user.userName.localeCompare(b.user.userName));
  const rows = [
    [...CREDENTIAL_REPORT_HEADER],
    root,
    ...users.map((u) => userRow(u, input.passwordPolicy)),
  ];
  // No field can hold a comma or quote: IAM names, ARNs and the fixed words exclude both.
  return rows.map((row) => row.join(',')).join('\n') + '\n';
}

async function readReportInput(tx: LabReadTx): Promise<ReportInput> {
  const account = await readAccountRecord(tx);
  const profiles = new Map((await readAllLoginProfiles(tx)).map((p) => [p.key, p]));
  const devices = await readAllMfaDevices(tx);
  const keys = await readAllAccessKeys(tx);
  const users = (await readAllUsers(tx)).map((user) => ({
    user,
    ...(profiles.get(user.key) && { profile: profiles.get(user.key) }),
    mfaActive: devices.some((d) => d.userKey === user.key),
    accessKeys: keys
      .filter((k) => k.userKey === user.key)
      .sort((a, b) => a.createDate.localeCompare(b.createDate)),
  }));
  return {
    account,
    rootMfaActive: devices.some((d) => d.userKey === ROOT_MFA_KEY),
    ...(account.passwordPolicy && { passwordPolicy: account.passwordPolicy }),
    users,
  };
}

export interface GenerateReportResult {
  State: 'STARTED' | 'COMPLETE';
  Description: string;
}

export function generateCredentialReport(caller: Caller): Promise<GenerateReportResult> {
  const spec = { action: 'iam:GenerateCredentialReport', resource: '*' };
  return runCall(
    caller,
    { service: 'iam', operation: 'GenerateCredentialReport', ...spec },
    async (call) => {
      await call.authorize(spec);
      const current = (await readTx(readAccountRecord)).credentialReport;
      if (current && call.nowMs - Date.parse(current.generatedTime) < REPORT_MAX_AGE_MS) {
        return { State: 'COMPLETE', Description: 'Report is available.' };
      }
      await writeTx(async (tx) => {
        const csv = credentialReportCsv(await readReportInput(tx));
        const account = await readAccountRecord(tx);
        const credentialReport = { generatedTime: call.time, csv };
        await writeAccountRecord(tx, { ...account, credentialReport }, call.change);
      });
      return {
        State: 'STARTED',
        Description: 'No report exists. Starting a new report generation task',
      };
    },
  );
}

export interface CredentialReport {
  content: string;
  generatedTime: string;
  reportFormat: 'text/csv';
}

export function getCredentialReport(caller: Caller): Promise<CredentialReport> {
  const spec = { action: 'iam:GetCredentialReport', resource: '*' };
  return runCall(
    caller,
    { service: 'iam', operation: 'GetCredentialReport', ...spec },
    async (call) => {
      await call.authorize(spec);
      const report = (await readTx(readAccountRecord)).credentialReport;
      if (!report) throw new AwsError('ReportNotPresent', 'Credential report not present');
      return { content: report.csv, generatedTime: report.generatedTime, reportFormat: 'text/csv' };
    },
  );
}
