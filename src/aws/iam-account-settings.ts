// Account settings: the password policy (Get/Update/DeleteAccountPasswordPolicy) and the account
// alias (Create/Delete/ListAccountAliases), with the sign-in URL built from it.

import { readAccountRecord, writeAccountRecord } from '@/storage/account';
import { readTx, writeTx } from '@/storage/db';
import type { LabReadTx } from '@/storage/schema';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall } from './call';
import { noSuchPasswordPolicy } from './iam-errors';
import { PASSWORD_POLICY_RANGES, type PasswordPolicy } from './password-policy';

function validation(value: string | number, member: string, constraint: string): AwsError {
  return new AwsError(
    'ValidationError',
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

function checkRange(value: number | undefined, member: string, min: number, max: number): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min) {
    throw validation(value, member, `Member must have value greater than or equal to ${min}`);
  }
  if (value > max)
    throw validation(value, member, `Member must have value less than or equal to ${max}`);
}

/** The account's own policy, if it set one (undefined: the IAM default applies). */
export async function readPasswordPolicy(tx: LabReadTx): Promise<PasswordPolicy | undefined> {
  return (await readAccountRecord(tx)).passwordPolicy;
}

/**
 * GetAccountPasswordPolicy. "Allow users to change their own password" also lets every IAM user
 * read the policy, as AWS's account-level grant does.
 */
export function getAccountPasswordPolicy(caller: Caller): Promise<PasswordPolicy> {
  const spec = { action: 'iam:GetAccountPasswordPolicy', resource: '*' };
  return runCall(
    caller,
    { service: 'iam', operation: 'GetAccountPasswordPolicy', ...spec },
    async (call) => {
      const policy = await readTx(readPasswordPolicy);
      const granted = caller.kind === 'user' && policy?.AllowUsersToChangePassword === true;
      if (!granted || (await call.isAllowed(spec))) await call.authorize(spec);
      if (!policy) throw noSuchPasswordPolicy(caller.accountId);
      return policy;
    },
  );
}

export function updateAccountPasswordPolicy(caller: Caller, policy: PasswordPolicy): Promise<void> {
  const spec = { action: 'iam:UpdateAccountPasswordPolicy', resource: '*' };
  return runCall(
    caller,
    { service: 'iam', operation: 'UpdateAccountPasswordPolicy', ...spec },
    async (call) => {
      const { minimumLength, maxPasswordAge, reusePrevention } = PASSWORD_POLICY_RANGES;
      checkRange(
        policy.MinimumPasswordLength,
        'minimumPasswordLength',
        minimumLength.min,
        minimumLength.max,
      );
      checkRange(policy.MaxPasswordAge, 'maxPasswordAge', maxPasswordAge.min, maxPasswordAge.max);
      checkRange(
        policy.PasswordReusePrevention,
        'passwordReusePrevention',
        reusePrevention.min,
        reusePrevention.max,
      );
      await call.authorize(spec);
      // Only the fields AWS knows are kept; absent optional fields mean "off".
      const stored: PasswordPolicy = {
        MinimumPasswordLength: policy.MinimumPasswordLength,
        RequireSymbols: policy.RequireSymbols,
        RequireNumbers: policy.RequireNumbers,
        RequireUppercaseCharacters: policy.RequireUppercaseCharacters,
        RequireLowercaseCharacters: policy.RequireLowercaseCharacters,
        AllowUsersToChangePassword: policy.AllowUsersToChangePassword,
        HardExpiry: policy.MaxPasswordAge !== undefined && policy.HardExpiry,
        ...(policy.MaxPasswordAge !== undefined && { MaxPasswordAge: policy.MaxPasswordAge }),
        ...(policy.PasswordReusePrevention !== undefined && {
          PasswordReusePrevention: policy.PasswordReusePrevention,
        }),
      };
      await writeTx(async (tx) => {
        const account = await readAccountRecord(tx);
        await writeAccountRecord(tx, { ...account, passwordPolicy: stored }, call.change);
      });
    },
  );
}

export function deleteAccountPasswordPolicy(caller: Caller): Promise<void> {
  const spec = { action: 'iam:DeleteAccountPasswordPolicy', resource: '*' };
  return runCall(
    caller,
    { service: 'iam', operation: 'DeleteAccountPasswordPolicy', ...spec },
    async (call) => {
      await call.authorize(spec);
      await writeTx(async (tx) => {
        const { passwordPolicy, ...account } = await readAccountRecord(tx);
        if (!passwordPolicy) throw noSuchPasswordPolicy(caller.accountId);
        await writeAccountRecord(tx, account, call.change);
      });
    },
  );
}

/** AWS's alias rule: 3-63 lower-case letters, digits and single hyphens, not only digits. */
export const ACCOUNT_ALIAS_PATTERN = /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/;

export function checkAccountAlias(alias: string): void {
  if (alias.length < 3)
    throw validation(alias, 'accountAlias', 'Member must have length greater than or equal to 3');
  if (alias.length > 63)
    throw validation(alias, 'accountAlias', 'Member must have length less than or equal to 63');
  if (!ACCOUNT_ALIAS_PATTERN.test(alias)) {
    throw validation(
      alias,
      'accountAlias',
      'Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$',
    );
  }
  // An all-digit alias would read as an account ID in the sign-in URL.
  if (/^\d{12}$/.test(alias)) {
    throw new AwsError('ValidationError', 'The account alias cannot be a 12-digit number.');
  }
}

export function listAccountAliases(caller: Caller): Promise<string[]> {
  const spec = { action: 'iam:ListAccountAliases', resource: '*' };
  return runCall(
    caller,
    { service: 'iam', operation: 'ListAccountAliases', ...spec },
    async (call) => {
      await call.authorize(spec);
      const { accountAlias } = await readTx(readAccountRecord);
      return accountAlias ? [accountAlias] : [];
    },
  );
}

/** An account has at most one alias: a new one replaces the old. */
export function createAccountAlias(caller: Caller, alias: string): Promise<void> {
  const spec = { action: 'iam:CreateAccountAlias', resource: '*' };
  return runCall(
    caller,
    { service: 'iam', operation: 'CreateAccountAlias', ...spec },
    async (call) => {
      checkAccountAlias(alias);
      await call.authorize(spec);
      await writeTx(async (tx) => {
        const account = await readAccountRecord(tx);
        await writeAccountRecord(tx, { ...account, accountAlias: alias }, call.change);
      });
    },
  );
}

export function deleteAccountAlias(caller: Caller, alias: string): Promise<void> {
  const spec = { action: 'iam:DeleteAccountAlias', resource: '*' };
  return runCall(
    caller,
    { service: 'iam', operation: 'DeleteAccountAlias', ...spec },
    async (call) => {
      await call.authorize(spec);
      await writeTx(async (tx) => {
        const { accountAlias, ...account } = await readAccountRecord(tx);
        if (accountAlias !== alias) {
          throw new AwsError('NoSuchEntity', `The account alias ${alias} cannot be found.`);
        }
        await writeAccountRecord(tx, account, call.change);
      });
    },
  );
}

/** "Sign-in URL for IAM users in this account": the alias when there is one, else the account ID. */
export function signInUrl(accountId: string, alias?: string): string {
  return `https://${alias ?? accountId}.signin.aws.amazon.com/console`;
}
