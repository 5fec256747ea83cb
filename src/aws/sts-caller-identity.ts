// STS GetCallerIdentity: who the credentials belong to. AWS never denies it, not even with an
// explicit deny, so it asks the engine nothing.

import { readTx } from '@/storage/db';
import { readRole } from '@/storage/roles';
import { readUser } from '@/storage/users';
import { AwsError } from './aws-error';
import type { Caller } from './caller';

export interface CallerIdentity {
  /** AIDA… for a user, AROA…:<session> for a role session, the account ID for root. */
  userId: string;
  account: string;
  arn: string;
}

const invalidToken = () =>
  new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.');

export async function getCallerIdentity(caller: Caller): Promise<CallerIdentity> {
  if (caller.kind === 'root') {
    return { userId: caller.accountId, account: caller.accountId, arn: caller.arn };
  }
  if (caller.kind === 'user') {
    const user = await readTx((tx) => readUser(tx, caller.userName));
    // A deleted user's credentials no longer exist.
    if (!user) throw invalidToken();
    return { userId: user.userId, account: caller.accountId, arn: user.arn };
  }
  const role = await readTx((tx) => readRole(tx, caller.roleName));
  if (!role || role.arn !== caller.roleArn) throw invalidToken();
  return {
    userId: `${role.roleId}:${caller.sessionName}`,
    account: caller.accountId,
    arn: caller.arn,
  };
}
