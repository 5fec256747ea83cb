// What the IAM console does with several API calls (used as `iamConsole.deleteUser(...)`).

export { deleteGroup, deleteUser } from './console-deletes';
export { createRoleWithDetails, deleteRole } from './console-roles';
export type { CreateRoleWithDetailsInput } from './console-roles';
export {
  listRoleRows,
  roleLastAccessed,
  rolePermissions,
  roleSummary,
} from './console-role-tables';
export type { RolePermissions, RoleRow, RoleSummary } from './console-role-tables';
export type { ServiceLastAccessed } from './service-last-accessed';
export { userBoundary, userLastAccessed } from './console-user-tables';
export { deletePolicy, savePolicyVersion } from './console-policies';
export type { SavePolicyVersionOptions } from './console-policies';
export {
  groupPermissions,
  listGroupRows,
  listUserRows,
  userGroupRows,
  userPermissions,
} from './console-tables';
export type { GroupRow, UserGroupRow, UserRow } from './console-tables';
