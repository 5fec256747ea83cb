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
export type {
  RolePermissions,
  RoleRow,
  RoleSummary,
  ServiceLastAccessed,
} from './console-role-tables';
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
