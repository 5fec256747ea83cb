// The simulated IAM API, one function per AWS operation (used as `iam.createUser(caller, ...)`).

export { getAccountSummary } from './iam-account';
export {
  createAccountAlias,
  deleteAccountAlias,
  deleteAccountPasswordPolicy,
  getAccountPasswordPolicy,
  listAccountAliases,
  updateAccountPasswordPolicy,
} from './iam-account-settings';
export {
  createAccessKey,
  createAccessKeyWithDescription,
  deleteAccessKey,
  listAccessKeys,
  updateAccessKey,
} from './iam-access-keys';
export type { AccessKeyMetadata, NewAccessKey } from './iam-access-keys';
export {
  createVirtualMFADevice,
  deactivateMFADevice,
  deleteVirtualMFADevice,
  enableMFADevice,
  listMFADevices,
  removeUserMfaDevice,
} from './iam-mfa';
export type { MfaDevice, NewVirtualMfaDevice } from './iam-mfa';
export { enableRootMfaDevice, listRootMfaDevices, removeRootMfaDevice } from './iam-root-mfa';
export { listUserTags, tagUser, untagUser, updateUserTags } from './iam-tags';
export { generateCredentialReport, getCredentialReport } from './credential-report';
export type { CredentialReport, GenerateReportResult } from './credential-report';
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
  listInstanceProfiles,
  listInstanceProfilesForRole,
  removeRoleFromInstanceProfile,
} from './instance-profiles';
export type { ListPoliciesOptions, PolicyScope, PolicyUsage } from './iam-policies';
export { createPolicy, deletePolicy } from './customer-policies';
export {
  createPolicyVersion,
  deletePolicyVersion,
  listPolicyVersions,
  setDefaultPolicyVersion,
} from './policy-versions';
export type { CreatePolicyInput } from './customer-policies';
export { createUser, deleteUser, getUser, listUsers } from './iam-users';
export type { CreateUserInput } from './iam-users';
export {
  changePassword,
  createLoginProfile,
  deleteLoginProfile,
  getLoginProfile,
  updateLoginProfile,
} from './iam-login-profiles';
export type {
  CreateLoginProfileInput,
  PasswordChoice,
  UpdateLoginProfileInput,
} from './iam-login-profiles';
export {
  addUserPermissions,
  addUsersToGroup,
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
