// The simulated AWS APIs. Import as namespaces: `iam.createUser(caller, ...)`, `s3.getObject(...)`,
// `ec2.stopInstances(...)`, `iamConsole.deleteUser(...)` (the console's composite actions),
// `lab.resetLab()`.

export * as iam from './iam';
export * as iamConsole from './iam-console';
export * as s3 from './s3-api';
export * as ec2 from './ec2-api';
export * as sts from './sts-api';
export * as organizations from './organizations-api';
export * as lab from './lab';
export { AwsError, isAwsError } from './aws-error';
export type { AwsErrorCode } from './aws-error';
export {
  assumedRoleArn,
  callerDisplayName,
  parseCaller,
  roleSessionCaller,
  rootCaller,
  userCaller,
} from './caller';
export type { Caller, RoleSessionCaller, RootCaller, UserCaller } from './caller';
export { setLabClock } from './clock';
export type {
  CreateRoleWithDetailsInput,
  GroupRow,
  RolePermissions,
  RoleRow,
  RoleSummary,
  ServiceLastAccessed,
  UserGroupRow,
  UserRow,
} from './iam-console';
export type { AssumeRoleInput, AssumeRoleResult } from './sts-api';
export type { ScpPolicy, ScpPolicyInput, ScpTarget, ScpTargetType } from './organizations-api';
export type { ObjectRef, PutObjectInput } from './s3-api';
export type { RunInstancesInput } from './ec2-api';
export type {
  LabInfo,
  Scenario,
  TimelineAction,
  TimelineChange,
  TimelinePage,
  UndoState,
} from './lab';
export type * from './types';
export type {
  CreateGroupInput,
  CreateLoginProfileInput,
  CreateUserInput,
  CreateUserWithDetailsInput,
  CreateUserWithDetailsResult,
  CreateGroupWithDetailsInput,
  AddPermissionsInput,
  ListPoliciesOptions,
  PasswordChoice,
  PolicyScope,
  CreateRoleInput,
  UpdateRoleInput,
  PolicyUsage,
  CreatePolicyInput,
} from './iam';
export type { SavePolicyVersionOptions } from './iam-console';
export { trustedEntitiesLabel } from './iam-roles';
export type {
  AccessKeyMetadata,
  CredentialReport,
  GenerateReportResult,
  MfaDevice,
  NewAccessKey,
  NewVirtualMfaDevice,
  UpdateLoginProfileInput,
} from './iam';
export type { PasswordPolicy } from './password-policy';
export type { SignInInput, SignInResult } from './console-sign-in';
export type { SecurityRecommendations } from './security-recommendations';
export type {
  ContextEntry,
  ContextKeyType,
  CustomSimulationInput,
  PrincipalPolicies,
  PrincipalSimulationInput,
  SimulationPolicy,
  SimulationPrincipal,
  SimulationPrincipalKind,
  SimulationResult,
} from './iam-simulator';
export type {
  AuthorizationDetails,
  PrincipalDetails,
  WhoCanAnswer,
  WhoCanEntry,
} from './authorization-details';
export type {
  AccessChange,
  PermissionChange,
  PermissionDiff,
  PrincipalDiff,
} from './permission-diff';
