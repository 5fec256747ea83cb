// IAM roles: ListRoles and GetRole. TODO(#4): CreateRole, trust policies, AssumeRole.

import { readTx } from '@/storage/db';
import { readAllRoles, readRole } from '@/storage/roles';
import type { RoleRecord } from '@/storage/types';
import { iamListArn, roleArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { noSuchRole } from './iam-errors';
import type { Role } from './types';

export function toRole(record: RoleRecord): Role {
  const { key: _key, ...role } = record;
  return role;
}

/** The console's "Trusted entities" column: "AWS Service: support (Service-Linked Role)". */
export function trustedEntitiesLabel(role: Role): string {
  if (role.serviceLinkedService) {
    return `AWS Service: ${role.serviceLinkedService.replace(/\.amazonaws\.com$/, '')} (Service-Linked Role)`;
  }
  // TODO(#4): read the trust policy's principals.
  return '';
}

export function listRoles(caller: Caller, pathPrefix = '/'): Promise<Role[]> {
  const resource = iamListArn('role', pathPrefix);
  return runCall(
    caller,
    { service: 'iam', operation: 'ListRoles', action: 'iam:ListRoles', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListRoles', resource });
      const roles = await readTx((tx) => readAllRoles(tx));
      return roles
        .filter((r) => r.path.startsWith(pathPrefix))
        .sort((a, b) => a.roleName.localeCompare(b.roleName))
        .map(toRole);
    },
  );
}

export function getRole(caller: Caller, roleName: string): Promise<Role> {
  const resource = roleArn(roleName);
  return runCall(
    caller,
    { service: 'iam', operation: 'GetRole', action: 'iam:GetRole', resource },
    async (call) => {
      const found = await readTx((tx) => readRole(tx, roleName));
      await call.authorize({ action: 'iam:GetRole', resource: found?.arn ?? resource });
      if (!found) throw noSuchRole(roleName);
      return toRole(found);
    },
  );
}
