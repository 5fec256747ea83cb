// The IAM Dashboard's "Security recommendations", worked out from the lab: root MFA, root access
// keys (the lab offers none to root), IAM users with console access but no MFA, and
// credentials unused for 90 days. Authorized as the console's reads: GetAccountSummary, ListUsers.

import { readAllAccessKeys } from '@/storage/access-keys';
import { readAllAttachments } from '@/storage/attachments';
import { readTx } from '@/storage/db';
import { readAllLoginProfiles } from '@/storage/login-profiles';
import { readAllMfaDevices } from '@/storage/mfa-devices';
import { readAllUsers } from '@/storage/users';
import { iamListArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { ROOT_MFA_KEY } from './iam-root-mfa';

export const UNUSED_DAYS = 90;

export interface SecurityRecommendations {
  rootMfa: boolean;
  rootAccessKeys: number;
  /** Users with a console password and no MFA device, by name. */
  usersWithoutMfa: string[];
  /** Users whose password or an active access key went unused for 90 days or more. */
  usersWithUnusedCredentials: string[];
  /** Users with managed or inline policies of their own (best practice: through groups). */
  usersWithDirectPolicies: string[];
}

function unusedSince(lastUsed: string | undefined, created: string, nowMs: number): boolean {
  const since = Date.parse(lastUsed ?? created);
  return nowMs - since >= UNUSED_DAYS * 86_400_000;
}

export function getSecurityRecommendations(caller: Caller): Promise<SecurityRecommendations> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'GetAccountSummary',
      action: 'iam:GetAccountSummary',
      resource: '*',
    },
    async (call) => {
      await call.authorize({ action: 'iam:GetAccountSummary', resource: '*' });
      await call.authorize({
        action: 'iam:ListUsers',
        operation: 'ListUsers',
        resource: iamListArn('user'),
      });
      return readTx(async (tx) => {
        const users = await readAllUsers(tx);
        const profiles = new Map((await readAllLoginProfiles(tx)).map((p) => [p.key, p]));
        const withMfa = new Set((await readAllMfaDevices(tx)).map((d) => d.userKey));
        const rootMfa = withMfa.has(ROOT_MFA_KEY);
        const keys = await readAllAccessKeys(tx);
        const direct = new Set(
          [...(await readAllAttachments(tx)), ...(await tx.objectStore('inlinePolicies').getAll())]
            .filter((p) => p.principalKind === 'user')
            .map((p) => p.principalKey),
        );
        const names = (list: typeof users) => list.map((u) => u.userName).sort();
        return {
          rootMfa,
          rootAccessKeys: 0,
          usersWithoutMfa: names(users.filter((u) => profiles.has(u.key) && !withMfa.has(u.key))),
          usersWithDirectPolicies: names(users.filter((u) => direct.has(u.key))),
          usersWithUnusedCredentials: names(
            users.filter((u) => {
              const profile = profiles.get(u.key);
              const passwordUnused =
                profile !== undefined &&
                unusedSince(u.passwordLastUsed, profile.createDate, call.nowMs);
              const keyUnused = keys.some(
                (k) =>
                  k.userKey === u.key &&
                  k.status === 'Active' &&
                  unusedSince(k.lastUsed?.date, k.createDate, call.nowMs),
              );
              return passwordUnused || keyUnused;
            }),
          ),
        };
      });
    },
  );
}
