// A user's permissions boundary: PutUserPermissionsBoundary and DeleteUserPermissionsBoundary.

import { readTx, writeTx } from '@/storage/db';
import { readUser, writeUser } from '@/storage/users';
import type { UserRecord } from '@/storage/types';
import { userArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { checkBoundaryExists } from './iam-roles';
import { requireUser } from './iam-users';
import { checkUserName } from './names';

function changeUser(
  caller: Caller,
  userName: string,
  operation: string,
  prepare: () => Promise<void>,
  change: (user: UserRecord) => UserRecord,
  context?: Record<string, string>,
): Promise<void> {
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: userArn(userName) },
    async (call) => {
      checkUserName(userName);
      const found = await readTx((tx) => readUser(tx, userName));
      const resource = found?.arn ?? userArn(userName);
      await call.authorize({ action, resource, ...(context && { context }) });
      await prepare();
      await writeTx(async (tx) => {
        const user = await requireUser(tx, userName);
        await writeUser(tx, change(user), call.change);
      });
    },
  );
}

/** "Set permissions boundary" / "Change boundary" on a user. */
export function putUserPermissionsBoundary(
  caller: Caller,
  userName: string,
  policyArn: string,
): Promise<void> {
  return changeUser(
    caller,
    userName,
    'PutUserPermissionsBoundary',
    () => checkBoundaryExists(policyArn),
    (user) => ({ ...user, permissionsBoundary: policyArn }),
    { 'iam:PermissionsBoundary': policyArn },
  );
}

/** "Remove boundary" on a user. */
export function deleteUserPermissionsBoundary(caller: Caller, userName: string): Promise<void> {
  return changeUser(
    caller,
    userName,
    'DeleteUserPermissionsBoundary',
    async () => undefined,
    ({ permissionsBoundary: _removed, ...user }) => user,
  );
}
