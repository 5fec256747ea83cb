// The console's user detail reads beyond the policies list: the "Permissions boundary" section
// (GetUser's PermissionsBoundary) and the Last Accessed tab, read from the lab's call records.

import { loadServiceCatalog } from '@/iam';
import { readTx } from '@/storage/db';
import { readCallsByPrincipalPrefix } from '@/storage/logs';
import { readUser } from '@/storage/users';
import { userArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { noSuchUser } from './iam-errors';
import { requireUser } from './iam-users';
import {
  boundaryPolicy,
  loadAttachedAwsCatalog,
  userPolicies,
  type EffectivePolicy,
} from './identity-policies';
import { servicesLastAccessed, type ServiceLastAccessed } from './service-last-accessed';

async function userResource(userName: string): Promise<string> {
  return (await readTx((tx) => readUser(tx, userName)))?.arn ?? userArn(userName);
}

/** The user's permissions boundary as the Permissions tab shows it; undefined: "(not set)". */
export function userBoundary(
  caller: Caller,
  userName: string,
): Promise<EffectivePolicy | undefined> {
  return runCall(
    caller,
    { service: 'iam', operation: 'GetUser', action: 'iam:GetUser', resource: userArn(userName) },
    async (call) => {
      await call.authorize({ action: 'iam:GetUser', resource: await userResource(userName) });
      const catalog = await loadAttachedAwsCatalog();
      return readTx(async (tx) => {
        const user = await readUser(tx, userName);
        if (!user) throw noSuchUser(userName);
        return boundaryPolicy(tx, catalog, user.permissionsBoundary);
      });
    },
  );
}

/**
 * A user's Last Accessed tab (GenerateServiceLastAccessedDetails, GetServiceLastAccessedDetails):
 * the services the user's policies allow, each with the user's last allowed call to it.
 */
export function userLastAccessed(caller: Caller, userName: string): Promise<ServiceLastAccessed[]> {
  const operation = 'GenerateServiceLastAccessedDetails';
  return runCall(
    caller,
    { service: 'iam', operation, action: `iam:${operation}`, resource: userArn(userName) },
    async (call) => {
      await call.authorize({ action: `iam:${operation}`, resource: await userResource(userName) });
      await call.authorize({
        operation: 'GetServiceLastAccessedDetails',
        action: 'iam:GetServiceLastAccessedDetails',
        resource: '*',
      });
      const [catalog, services] = await Promise.all([
        loadAttachedAwsCatalog(),
        loadServiceCatalog(),
      ]);
      const { policies, calls } = await readTx(async (tx) => {
        const user = await requireUser(tx, userName);
        // The prefix also matches longer names ("user-1" and "user-10"): keep the user's own.
        const all = await readCallsByPrincipalPrefix(tx, user.arn);
        return {
          policies: await userPolicies(tx, catalog, user.userName),
          calls: all.filter((c) => c.principalArn === user.arn),
        };
      });
      return servicesLastAccessed(policies, calls, services);
    },
  );
}
