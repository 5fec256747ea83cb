// The console's role tables: the Roles list with Last activity, a role's Summary, its Permissions
// tab (policies and boundary) and its Last Accessed tab, read from the lab's call records.

import { loadServiceCatalog } from '@/iam';
import { readTx } from '@/storage/db';
import { readInstanceProfilesForRole } from '@/storage/instance-profiles';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import { readCallsByPrincipalPrefix } from '@/storage/logs';
import { readAllRoles } from '@/storage/roles';
import type { CallRecord } from '@/storage/types';
import { iamListArn, roleArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import { requireRole, roleResource, toRole } from './iam-roles';
import {
  boundaryPolicy,
  loadAttachedAwsCatalog,
  rolePolicies,
  type EffectivePolicy,
} from './identity-policies';
import { servicesLastAccessed, type ServiceLastAccessed } from './service-last-accessed';
import type { Role } from './types';

/** Every session of a role shares this ARN prefix. */
const sessionPrefix = (roleName: string) =>
  `arn:aws:sts::${LAB_ACCOUNT_ID}:assumed-role/${roleName}/`;

function lastTime(calls: readonly CallRecord[]): string | undefined {
  return calls.at(-1)?.time;
}

export interface RoleRow {
  role: Role;
  /** The latest call of any of its sessions; absent: none in the lab ("None"). */
  lastActivity?: string;
}

/** The Roles table: ListRoles, with each role's last activity. */
export function listRoleRows(caller: Caller): Promise<RoleRow[]> {
  const resource = iamListArn('role');
  return runCall(
    caller,
    { service: 'iam', operation: 'ListRoles', action: 'iam:ListRoles', resource },
    async (call) => {
      await call.authorize({ action: 'iam:ListRoles', resource });
      return readTx(async (tx) => {
        const rows: RoleRow[] = [];
        const roles = (await readAllRoles(tx)).sort((a, b) => a.roleName.localeCompare(b.roleName));
        for (const role of roles) {
          const last = lastTime(await readCallsByPrincipalPrefix(tx, sessionPrefix(role.roleName)));
          rows.push({ role: toRole(role), ...(last && { lastActivity: last }) });
        }
        return rows;
      });
    },
  );
}

export interface RoleSummary {
  role: Role;
  /** Absent when the caller may not list them. */
  instanceProfileArns?: string[];
  lastActivity?: string;
}

/** A role's page: GetRole, and ListInstanceProfilesForRole when the caller may. */
export function roleSummary(caller: Caller, roleName: string): Promise<RoleSummary> {
  return runCall(
    caller,
    { service: 'iam', operation: 'GetRole', action: 'iam:GetRole', resource: roleArn(roleName) },
    async (call) => {
      const resource = await roleResource(roleName);
      await call.authorize({ action: 'iam:GetRole', resource });
      const mayList = await call.isAllowed({ action: 'iam:ListInstanceProfilesForRole', resource });
      return readTx(async (tx) => {
        const role = await requireRole(tx, roleName);
        const profiles = await readInstanceProfilesForRole(tx, roleName);
        const last = lastTime(await readCallsByPrincipalPrefix(tx, sessionPrefix(role.roleName)));
        return {
          role: toRole(role),
          ...(mayList && { instanceProfileArns: profiles.map((p) => p.arn) }),
          ...(last && { lastActivity: last }),
        };
      });
    },
  );
}

export interface RolePermissions {
  policies: EffectivePolicy[];
  boundary?: EffectivePolicy;
}

/** A role's Permissions tab: ListAttachedRolePolicies, ListRolePolicies and its boundary. */
export function rolePermissions(caller: Caller, roleName: string): Promise<RolePermissions> {
  const operation = 'ListAttachedRolePolicies';
  return runCall(
    caller,
    { service: 'iam', operation, action: `iam:${operation}`, resource: roleArn(roleName) },
    async (call) => {
      const resource = await roleResource(roleName);
      for (const op of ['ListAttachedRolePolicies', 'ListRolePolicies', 'GetRole']) {
        await call.authorize({ operation: op, action: `iam:${op}`, resource });
      }
      const catalog = await loadAttachedAwsCatalog();
      return readTx(async (tx) => {
        const role = await requireRole(tx, roleName);
        const boundary = await boundaryPolicy(tx, catalog, role.permissionsBoundary);
        return {
          policies: await rolePolicies(tx, catalog, role.roleName),
          ...(boundary && { boundary }),
        };
      });
    },
  );
}

/**
 * A role's Last Accessed tab (GenerateServiceLastAccessedDetails, GetServiceLastAccessedDetails):
 * the services its policies allow, each with the last allowed call of any of its sessions.
 */
export function roleLastAccessed(caller: Caller, roleName: string): Promise<ServiceLastAccessed[]> {
  const operation = 'GenerateServiceLastAccessedDetails';
  return runCall(
    caller,
    { service: 'iam', operation, action: `iam:${operation}`, resource: roleArn(roleName) },
    async (call) => {
      const resource = await roleResource(roleName);
      await call.authorize({ action: `iam:${operation}`, resource });
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
        const role = await requireRole(tx, roleName);
        return {
          policies: await rolePolicies(tx, catalog, role.roleName),
          calls: await readCallsByPrincipalPrefix(tx, sessionPrefix(role.roleName)),
        };
      });
      return servicesLastAccessed(policies, calls, services);
    },
  );
}
