// IAM roles: CreateRole, GetRole, ListRoles, DeleteRole, and the checks the other role operations
// share. Changes to an existing role are in iam-role-changes.ts; policies of roles go through
// identity-kinds.ts like those of users and groups.

import { readAppliedQuota } from '@/storage/account';
import { readAttachmentsOf } from '@/storage/attachments';
import { readCustomerPolicy } from '@/storage/customer-policies';
import { readTx, writeTx } from '@/storage/db';
import { newUniqueId } from '@/storage/ids';
import { readInlinePoliciesOf } from '@/storage/inline-policies';
import { readInstanceProfilesForRole } from '@/storage/instance-profiles';
import type { ChangeMeta } from '@/storage/record-store';
import { readAllRoles, readRole, removeRole, writeRole } from '@/storage/roles';
import type { LabReadTx, LabWriteTx } from '@/storage/schema';
import type { RoleRecord, Tag } from '@/storage/types';
import { readAllUsers } from '@/storage/users';
import { iamListArn, roleArn } from './arns';
import { awsManagedPolicies } from './aws-managed-policies';
import type { Caller } from './caller';
import { runCall } from './call';
import {
  deleteConflict,
  noSuchRole,
  notAttachable,
  protectedRole,
  quotaExceeded,
  roleExists,
} from './iam-errors';
import { tagContext } from './iam-users';
import {
  checkMaxSessionDuration,
  checkPath,
  checkRoleDescription,
  checkRoleName,
  checkTags,
} from './names';
import { checkTrustPolicy } from './trust-policies';
import type { Role } from './types';

export { trustedEntitiesLabel } from './trust-policies';

export interface CreateRoleInput {
  roleName: string;
  path?: string;
  assumeRolePolicyDocument: string;
  description?: string;
  /** Seconds, 3600–43200; default 3600. */
  maxSessionDuration?: number;
  permissionsBoundary?: string;
  tags?: Tag[];
}

export function toRole(record: RoleRecord): Role {
  const { key: _key, ...role } = record;
  return role;
}

export async function requireRole(tx: LabReadTx, roleName: string): Promise<RoleRecord> {
  const role = await readRole(tx, roleName);
  if (!role) throw noSuchRole(roleName);
  return role;
}

/** A role the account may change: service-linked roles belong to their service. */
export async function requireModifiableRole(tx: LabReadTx, roleName: string): Promise<RoleRecord> {
  const role = await requireRole(tx, roleName);
  if (role.serviceLinkedService) throw protectedRole(role.roleName);
  return role;
}

/** The role's ARN (with its path) for authorization, even when it does not exist. */
export async function roleResource(roleName: string): Promise<string> {
  const found = await readTx((tx) => readRole(tx, roleName));
  return found?.arn ?? roleArn(roleName);
}

/** IAM resolves the users and roles a trust policy names when it is saved. */
export async function principalArns(): Promise<Set<string>> {
  return readTx(async (tx) => {
    const arns = new Set<string>();
    for (const user of await readAllUsers(tx)) arns.add(user.arn);
    for (const role of await readAllRoles(tx)) arns.add(role.arn);
    return arns;
  });
}

/** A boundary must be a managed policy that exists. */
export async function checkBoundaryExists(policyArn: string): Promise<void> {
  if ((await awsManagedPolicies()).has(policyArn)) return;
  const customer = await readTx((tx) => readCustomerPolicy(tx, policyArn));
  if (!customer) throw notAttachable(policyArn);
}

/** Checks a role's inputs as IAM does, before anything is authorized. */
export function checkCreateRoleInput(input: CreateRoleInput): void {
  checkRoleName(input.roleName);
  checkPath(input.path ?? '/');
  checkRoleDescription(input.description ?? '');
  if (input.maxSessionDuration !== undefined) checkMaxSessionDuration(input.maxSessionDuration);
  checkTags(input.tags ?? []);
}

/** Writes a new role after the checks AWS makes inside the call (uniqueness, account quota). */
export async function applyCreateRole(
  tx: LabWriteTx,
  meta: ChangeMeta,
  input: CreateRoleInput,
): Promise<RoleRecord> {
  if (await readRole(tx, input.roleName)) throw roleExists(input.roleName);
  const quota = await readAppliedQuota(tx, 'RolesPerAccount');
  if ((await tx.objectStore('roles').count()) >= quota) {
    throw quotaExceeded('RolesPerAccount', quota);
  }
  const path = input.path ?? '/';
  const role: RoleRecord = {
    key: input.roleName.toLowerCase(),
    roleName: input.roleName,
    roleId: newUniqueId('AROA'),
    arn: roleArn(input.roleName, path),
    path,
    description: input.description ?? '',
    assumeRolePolicyDocument: input.assumeRolePolicyDocument,
    maxSessionDuration: input.maxSessionDuration ?? 3600,
    createDate: meta.time,
    tags: input.tags ?? [],
    ...(input.permissionsBoundary && { permissionsBoundary: input.permissionsBoundary }),
  };
  await writeRole(tx, role, { ...meta, operation: 'CreateRole' });
  return role;
}

export function createRole(caller: Caller, input: CreateRoleInput): Promise<Role> {
  const resource = roleArn(input.roleName, input.path ?? '/');
  return runCall(
    caller,
    { service: 'iam', operation: 'CreateRole', action: 'iam:CreateRole', resource },
    async (call) => {
      checkCreateRoleInput(input);
      const context = {
        ...tagContext(input.tags),
        ...(input.permissionsBoundary && { 'iam:PermissionsBoundary': input.permissionsBoundary }),
      };
      await call.authorize({ action: 'iam:CreateRole', resource, context });
      await checkTrustPolicy(input.assumeRolePolicyDocument, await principalArns());
      if (input.permissionsBoundary) await checkBoundaryExists(input.permissionsBoundary);
      return toRole(await writeTx((tx) => applyCreateRole(tx, call.change, input)));
    },
  );
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

/** DeleteRole's refusals while policies or instance profiles remain (DeleteConflict). */
export async function checkRoleDeletable(tx: LabReadTx, roleName: string): Promise<void> {
  await requireModifiableRole(tx, roleName);
  if ((await readAttachmentsOf(tx, 'role', roleName)).length > 0) throw deleteConflict.attached();
  if ((await readInlinePoliciesOf(tx, 'role', roleName)).length > 0) throw deleteConflict.inline();
  if ((await readInstanceProfilesForRole(tx, roleName)).length > 0) {
    throw deleteConflict.instanceProfile();
  }
}

/** AWS's DeleteRole: refuses while policies or instance profiles remain. */
export function deleteRole(caller: Caller, roleName: string): Promise<void> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'DeleteRole',
      action: 'iam:DeleteRole',
      resource: roleArn(roleName),
    },
    async (call) => {
      checkRoleName(roleName);
      await call.authorize({ action: 'iam:DeleteRole', resource: await roleResource(roleName) });
      await writeTx(async (tx) => {
        await checkRoleDeletable(tx, roleName);
        await removeRole(tx, roleName, call.change);
      });
    },
  );
}
