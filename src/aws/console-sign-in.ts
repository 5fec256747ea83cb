// The "IAM user sign in" page: account ID or alias, user name, password and, for users with an
// MFA device, an MFA code. Sign-in is not an IAM API call, so nothing is authorized here; it checks
// the stored PBKDF2 hash and TOTP seed, and records the sign-in as the user's "password last used".

import { verifyPassword } from '@/lib/pbkdf2';
import { totpStep } from '@/lib/totp';
import { readAccountRecord } from '@/storage/account';
import { readTx, writeTx } from '@/storage/db';
import { writeCalls } from '@/storage/logs';
import { readLoginProfile } from '@/storage/login-profiles';
import { readMfaDevicesOf } from '@/storage/mfa-devices';
import { readUser, writeUser } from '@/storage/users';
import { userCaller, userCallerWithMfa, type UserCaller } from './caller';
import { nowMs } from './clock';
import { passwordExpired } from './password-policy';
import { HIDDEN_USER, signInRecord } from './sign-in-events';

export interface SignInInput {
  /** "Account ID or alias". */
  account: string;
  userName: string;
  password: string;
  /** Asked for on a second screen when the user has an MFA device. */
  mfaCode?: string;
}

export type SignInResult =
  | { status: 'signed-in'; caller: UserCaller }
  /** The password was right; the user has an MFA device, so the page asks for its code. */
  | { status: 'mfa-required' }
  /** Signed in, but the console lets the user do nothing before a new password is set. */
  | { status: 'password-change-required'; caller: UserCaller; reason: 'reset' | 'expired' }
  | { status: 'failed'; message: string };

/** The sign-in page's answer to a wrong account, user, password or MFA code (it never says which). */
export const SIGN_IN_FAILED = 'Your authentication information is incorrect. Please try again.';
export const PASSWORD_EXPIRED_HARD =
  'Your password has expired. Contact your administrator to reset it.';

/**
 * What the sign-in service makes of "Account ID or alias": the lab account's ID for its ID (with or
 * without dashes) or its alias, another 12-digit ID as is, and nothing for an unknown alias.
 */
export async function resolveAccountId(accountOrAlias: string): Promise<string | undefined> {
  const account = await readTx((tx) => readAccountRecord(tx));
  const wanted = accountOrAlias.trim();
  const digits = wanted.replace(/-/g, '');
  if (/^\d{12}$/.test(digits)) return digits;
  return account.accountAlias !== undefined && wanted === account.accountAlias
    ? account.accountId
    : undefined;
}

export async function signIn(input: SignInInput): Promise<SignInResult> {
  const ms = nowMs();
  let signInUser: { userName: string; userId: string } | undefined;
  let accountMatched = false;
  const found = await readTx(async (tx) => {
    const account = await readAccountRecord(tx);
    const wanted = input.account.trim().replace(/-/g, '');
    const accountMatches =
      wanted === account.accountId ||
      (account.accountAlias !== undefined && input.account.trim() === account.accountAlias);
    if (!accountMatches) return undefined;
    accountMatched = true;
    const user = await readUser(tx, input.userName.trim());
    // Sign-in names are case-sensitive, unlike IAM's uniqueness check.
    if (user && user.userName === input.userName.trim()) signInUser = user;
    const profile = user && (await readLoginProfile(tx, user.userName));
    if (!user || !profile) return undefined;
    if (user.userName !== input.userName.trim()) return undefined;
    const devices = await readMfaDevicesOf(tx, user.userName);
    return { user, profile, devices, policy: account.passwordPolicy };
  });
  // CloudTrail records a failed sign-in too (in the account it was meant for).
  const failed = async (mfaUsed: boolean): Promise<SignInResult> => {
    if (accountMatched) {
      const record = await signInRecord({
        userName: signInUser?.userName ?? HIDDEN_USER,
        ...(signInUser && { userId: signInUser.userId }),
        ms,
        success: false,
        mfaUsed,
      });
      await writeTx((tx) => writeCalls(tx, [record]));
    }
    return { status: 'failed', message: SIGN_IN_FAILED };
  };
  if (!found || !(await verifyPassword(input.password, found.profile.password))) {
    return failed(false);
  }
  const { user, profile, devices, policy } = found;
  if (devices.length > 0) {
    if (input.mfaCode === undefined) return { status: 'mfa-required' };
    const code = input.mfaCode.trim();
    if (!devices.some((d) => totpStep(d.base32StringSeed, code, ms, 1) !== null)) {
      return failed(true);
    }
  }
  const changedMs = Date.parse(profile.passwordLastChanged ?? profile.createDate);
  const expired = passwordExpired(policy, changedMs, ms);
  if (expired && policy?.HardExpiry) return { status: 'failed', message: PASSWORD_EXPIRED_HARD };
  const time = new Date(ms).toISOString();
  const login = await signInRecord({
    userName: user.userName,
    userId: user.userId,
    ms,
    success: true,
    mfaUsed: devices.length > 0,
  });
  await writeTx(async (tx) => {
    await writeUser(
      tx,
      { ...user, passwordLastUsed: time },
      { principalArn: user.arn, operation: 'ConsoleLogin', time },
    );
    await writeCalls(tx, [login]);
  });
  const caller =
    devices.length > 0 ? userCallerWithMfa(user.userName, ms) : userCaller(user.userName);
  if (profile.passwordResetRequired || expired) {
    return {
      status: 'password-change-required',
      caller,
      reason: profile.passwordResetRequired ? 'reset' : 'expired',
    };
  }
  return { status: 'signed-in', caller };
}
