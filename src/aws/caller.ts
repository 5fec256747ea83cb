// Who is calling: the account's root user or an IAM user. Plain data, so the UI can keep it in
// sessionStorage across reloads.

import { LAB_ACCOUNT_ID, ROOT_ARN } from '@/storage/lab-constants';

export interface RootCaller {
  kind: 'root';
  arn: string;
  accountId: string;
}

export interface UserCaller {
  kind: 'user';
  arn: string;
  accountId: string;
  userName: string;
  /** Set when the session signed in with an MFA code (epoch ms of the sign-in, lab clock). */
  mfa?: { authenticatedAt: number };
}

/** TODO(#4): switch role. The session ARN is arn:aws:sts::<acct>:assumed-role/<role>/<session>. */
export interface RoleSessionCaller {
  kind: 'role-session';
  arn: string;
  accountId: string;
  roleName: string;
  roleArn: string;
  sessionName: string;
}

export type Caller = RootCaller | UserCaller | RoleSessionCaller;

export function rootCaller(): RootCaller {
  return { kind: 'root', arn: ROOT_ARN, accountId: LAB_ACCOUNT_ID };
}

/** An IAM user of the lab account (users are created with path "/"). */
export function userCaller(userName: string): UserCaller {
  return {
    kind: 'user',
    arn: `arn:aws:iam::${LAB_ACCOUNT_ID}:user/${userName}`,
    accountId: LAB_ACCOUNT_ID,
    userName,
  };
}

/** The same user's session, signed in with MFA at `authenticatedAt` (epoch ms). */
export function userCallerWithMfa(userName: string, authenticatedAt: number): UserCaller {
  return { ...userCaller(userName), mfa: { authenticatedAt } };
}

/** Reads an `mfa` field stored with an identity; anything malformed means no MFA. */
export function parseMfa(value: unknown): { authenticatedAt: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const at = (value as Record<string, unknown>)['authenticatedAt'];
  return typeof at === 'number' && Number.isFinite(at) ? { authenticatedAt: at } : undefined;
}

/** What the console shows for the caller: "root", "user-2", "MyRole/user-2". */
export function callerDisplayName(caller: Caller): string {
  switch (caller.kind) {
    case 'root':
      return 'root';
    case 'user':
      return caller.userName;
    case 'role-session':
      return `${caller.roleName}/${caller.sessionName}`;
  }
}

/** Checks a caller read back from sessionStorage or elsewhere; anything unknown is rejected. */
export function parseCaller(value: unknown): Caller | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record['kind'] === 'root') return rootCaller();
  if (record['kind'] === 'user' && typeof record['userName'] === 'string') {
    const mfa = parseMfa(record['mfa']);
    return mfa
      ? userCallerWithMfa(record['userName'], mfa.authenticatedAt)
      : userCaller(record['userName']);
  }
  return undefined;
}
