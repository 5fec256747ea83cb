// Changes to an existing role: UpdateRole, UpdateAssumeRolePolicy, PutRolePermissionsBoundary,
// DeleteRolePermissionsBoundary, TagRole and UntagRole.

import { writeTx } from '@/storage/db';
import { writeRole } from '@/storage/roles';
import type { RoleRecord, Tag } from '@/storage/types';
import { roleArn } from './arns';
import type { Caller } from './caller';
import { runCall } from './call';
import {
  checkBoundaryExists,
  principalArns,
  requireModifiableRole,
  roleResource,
} from './iam-roles';
import { tagContext } from './iam-users';
import { checkMaxSessionDuration, checkRoleDescription, checkRoleName, checkTags } from './names';
import { checkTrustPolicy } from './trust-policies';

/** Runs one change to a role record, authorized as `operation` on the role. */
function changeRole(
  caller: Caller,
  roleName: string,
  operation: string,
  prepare: () => Promise<void>,
  change: (role: RoleRecord) => RoleRecord,
  context?: Record<string, string | string[]>,
  check?: (role: RoleRecord) => void,
): Promise<void> {
  const action = `iam:${operation}`;
  return runCall(
    caller,
    { service: 'iam', operation, action, resource: roleArn(roleName) },
    async (call) => {
      checkRoleName(roleName);
      const resource = await roleResource(roleName);
      await call.authorize({ action, resource, ...(context && { context }) });
      await prepare();
      await writeTx(async (tx) => {
        const role = await requireModifiableRole(tx, roleName);
        check?.(role);
        await writeRole(tx, change(role), call.change);
      });
    },
  );
}

/** Edit trust policy → "Update policy". */
export function updateAssumeRolePolicy(
  caller: Caller,
  roleName: string,
  policyDocument: string,
): Promise<void> {
  return changeRole(
    caller,
    roleName,
    'UpdateAssumeRolePolicy',
    async () => {
      await checkTrustPolicy(policyDocument, await principalArns());
    },
    (role) => ({ ...role, assumeRolePolicyDocument: policyDocument }),
  );
}

export interface UpdateRoleInput {
  description?: string;
  maxSessionDuration?: number;
}

/** The Summary's "Edit": description and maximum session duration. */
export function updateRole(caller: Caller, roleName: string, input: UpdateRoleInput) {
  return changeRole(
    caller,
    roleName,
    'UpdateRole',
    async () => {
      if (input.description !== undefined) checkRoleDescription(input.description);
      if (input.maxSessionDuration !== undefined) {
        checkMaxSessionDuration(input.maxSessionDuration);
      }
    },
    (role) => ({
      ...role,
      ...(input.description !== undefined && { description: input.description }),
      ...(input.maxSessionDuration !== undefined && {
        maxSessionDuration: input.maxSessionDuration,
      }),
    }),
  );
}

/** "Set permissions boundary" / "Change boundary". */
export function putRolePermissionsBoundary(caller: Caller, roleName: string, policyArn: string) {
  return changeRole(
    caller,
    roleName,
    'PutRolePermissionsBoundary',
    () => checkBoundaryExists(policyArn),
    (role) => ({ ...role, permissionsBoundary: policyArn }),
    { 'iam:PermissionsBoundary': policyArn },
  );
}

/** TagRole: adds or replaces tags (keys compared case-insensitively), at most 50 in all. */
export function tagRole(caller: Caller, roleName: string, tags: readonly Tag[]) {
  return changeRole(
    caller,
    roleName,
    'TagRole',
    async () => checkTags(tags),
    (role) => ({ ...role, tags: mergeTags(role.tags, tags) }),
    tagContext([...tags]),
    (role) => checkTags(mergeTags(role.tags, tags)),
  );
}

/** UntagRole: removes the tags with these keys. */
export function untagRole(caller: Caller, roleName: string, tagKeys: readonly string[]) {
  const keys = new Set(tagKeys.map((k) => k.toLowerCase()));
  return changeRole(
    caller,
    roleName,
    'UntagRole',
    async () => undefined,
    (role) => ({ ...role, tags: role.tags.filter((t) => !keys.has(t.Key.toLowerCase())) }),
    { 'aws:TagKeys': [...tagKeys] },
  );
}

/** Tags after a TagRole: existing keys take the new value, in their place; new keys go last. */
export function mergeTags(current: readonly Tag[], added: readonly Tag[]): Tag[] {
  const byKey = new Map(added.map((t) => [t.Key.toLowerCase(), t]));
  const out = current.map((t) => byKey.get(t.Key.toLowerCase()) ?? t);
  const present = new Set(current.map((t) => t.Key.toLowerCase()));
  return [...out, ...added.filter((t) => !present.has(t.Key.toLowerCase()))];
}

/** "Remove boundary". */
export function deleteRolePermissionsBoundary(caller: Caller, roleName: string) {
  return changeRole(
    caller,
    roleName,
    'DeleteRolePermissionsBoundary',
    async () => undefined,
    ({ permissionsBoundary: _removed, ...role }) => role,
  );
}
