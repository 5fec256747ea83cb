// The simulated IAM API, one function per AWS operation (used as `iam.createUser(caller, ...)`).

export { getAccountSummary } from './iam-account';
export {
  addUserToGroup,
  createGroup,
  deleteGroup,
  getGroup,
  listGroups,
  listGroupsForUser,
  removeUserFromGroup,
} from './iam-groups';
export type { CreateGroupInput } from './iam-groups';
export * from './iam-identity-policies';
export { getPolicy, getPolicyVersion, listEntitiesForPolicy, listPolicies } from './iam-policies';
export type { ListPoliciesOptions, PolicyScope } from './iam-policies';
export { createRole, deleteRole, getRole, listRoles, trustedEntitiesLabel } from './iam-roles';
export type { CreateRoleInput } from './iam-roles';
export {
  deleteRolePermissionsBoundary,
  putRolePermissionsBoundary,
  tagRole,
  untagRole,
  updateAssumeRolePolicy,
  updateRole,
} from './iam-role-changes';
export type { UpdateRoleInput } from './iam-role-changes';
export {
  addRoleToInstanceProfile,
  createInstanceProfile,
  deleteInstanceProfile,
  listInstanceProfilesForRole,
  removeRoleFromInstanceProfile,
} from './instance-profiles';
export {
  createLoginProfile,
  createUser,
  deleteLoginProfile,
  deleteUser,
  getLoginProfile,
  getUser,
  listUsers,
} from './iam-users';
export type { CreateLoginProfileInput, CreateUserInput, PasswordChoice } from './iam-users';
export {
  addUserPermissions,
  addUsersToGroup,
  attachGroupPolicies,
  createGroupWithDetails,
  createUserWithDetails,
} from './iam-wizards';
export type {
  AddPermissionsInput,
  CreateGroupWithDetailsInput,
  CreateUserWithDetailsInput,
  CreateUserWithDetailsResult,
} from './iam-wizards';
export { deleteUserPermissionsBoundary, putUserPermissionsBoundary } from './iam-user-boundaries';
