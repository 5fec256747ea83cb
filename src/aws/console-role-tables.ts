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

export interface ServiceLastAccessed {
  /** "Amazon S3" */
  serviceName: string;
  /** "s3" */
  serviceNamespace: string;
  /** Absent: "Not accessed in the tracking period". */
  lastAccessed?: string;
  /** The role's policies that grant this service. */
  policyNames: string[];
}

/** The actions' service prefixes of a policy document ("*" stands for every service). */
function servicePrefixes(document: string): string[] {
  const prefixes = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const i = value.indexOf(':');
      prefixes.add(i > 0 ? value.slice(0, i).toLowerCase() : value);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  try {
    const parsed = JSON.parse(document) as { Statement?: unknown };
    const list = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
    for (const st of list) {
      if (typeof st === 'object' && st && (st as { Effect?: unknown }).Effect === 'Allow') {
        visit((st as { Action?: unknown }).Action);
      }
    }
  } catch {
    // An unreadable document grants nothing to list.
  }
  return [...prefixes];
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
      const byService = new Map<string, ServiceLastAccessed>();
      const entry = (prefix: string) => {
        let found = byService.get(prefix);
        if (!found) {
          found = {
            serviceNamespace: prefix,
            serviceName: services.serviceName(prefix) ?? prefix,
            policyNames: [],
          };
          byService.set(prefix, found);
        }
        return found;
      };
      for (const policy of policies) {
        for (const prefix of servicePrefixes(policy.document)) {
          const names = prefix === '*' ? services.servicePrefixes() : [prefix];
          for (const name of names) {
            if (!services.hasService(name)) continue;
            const e = entry(name);
            if (!e.policyNames.includes(policy.policyName)) e.policyNames.push(policy.policyName);
          }
        }
      }
      for (const c of calls) {
        if (c.decision !== 'allowed' || c.rolledBack) continue;
        const prefix = c.action.slice(0, c.action.indexOf(':')).toLowerCase();
        entry(prefix).lastAccessed = c.time;
      }
      return [...byService.values()].sort(
        (a, b) =>
          (b.lastAccessed ?? '').localeCompare(a.lastAccessed ?? '') ||
          a.serviceName.localeCompare(b.serviceName),
      );
    },
  );
}
