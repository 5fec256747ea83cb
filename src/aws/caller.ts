// Who is calling: the account's root user, an IAM user, or a session of a role an IAM user switched
// to. Plain data, so the UI can keep it in sessionStorage across reloads.

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

/** A role session (Switch role): arn:aws:sts::<acct>:assumed-role/<role>/<session>. */
export interface RoleSessionCaller {
  kind: 'role-session';
  arn: string;
  accountId: string;
  roleName: string;
  /** The role's ARN, with its path. */
  roleArn: string;
  sessionName: string;
  /** When AssumeRole issued the session's credentials (aws:TokenIssueTime). */
  issuedAt: string;
  /** When the credentials expire; absent: they do not (older stored sessions). */
  expiration?: string;
  /**
   * A console switch made from a session signed in with MFA carries that sign-in's MFA (epoch ms),
   * as the console's role sessions do.
   */
  mfa?: { authenticatedAt: number };
}

/**
 * How a call was signed, when not by the console session: the CLI panel sets its user agent, and
 * the access key of a `--profile` (long-term keys carry no MFA context).
 */
export interface CallerClient {
  accessKeyId?: string;
  userAgent?: string;
}

export type Caller = (RootCaller | UserCaller | RoleSessionCaller) & CallerClient;

/**
 * An unsigned request (an S3 object URL opened in a browser): no identity, so only the resource's
 * policy can allow it. Not a console identity, so not part of Caller.
 */
export interface AnonymousCaller {
  kind: 'anonymous';
  arn: 'anonymous';
  accountId: '';
}

export function anonymousCaller(): AnonymousCaller {
  return { kind: 'anonymous', arn: 'anonymous', accountId: '' };
}

/** Who may make a simulated call: a console identity, or nobody (an anonymous request). */
export type AnyCaller = Caller | (AnonymousCaller & CallerClient);

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

/** The session ARN AWS names an assumed role by: the role's path is not part of it. */
export function assumedRoleArn(accountId: string, roleName: string, sessionName: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
}

export function roleSessionCaller(
  roleName: string,
  roleArn: string,
  sessionName: string,
  issuedAt: string,
  expiration?: string,
  mfa?: { authenticatedAt: number },
): RoleSessionCaller {
  return {
    kind: 'role-session',
    arn: assumedRoleArn(LAB_ACCOUNT_ID, roleName, sessionName),
    accountId: LAB_ACCOUNT_ID,
    roleName,
    roleArn,
    sessionName,
    issuedAt,
    ...(expiration && { expiration }),
    ...(mfa && { mfa }),
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
  const { roleName, roleArn, sessionName, issuedAt, expiration } = record;
  if (
    record['kind'] === 'role-session' &&
    typeof roleName === 'string' &&
    typeof roleArn === 'string' &&
    typeof sessionName === 'string' &&
    typeof issuedAt === 'string' &&
    roleArn.startsWith(`arn:aws:iam::${LAB_ACCOUNT_ID}:role/`)
  ) {
    const expires = typeof expiration === 'string' ? expiration : undefined;
    return roleSessionCaller(
      roleName,
      roleArn,
      sessionName,
      issuedAt,
      expires,
      parseMfa(record['mfa']),
    );
  }
  return undefined;
}
