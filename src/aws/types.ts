// What the simulated APIs return: AWS's response shapes, without the storage keys.

import type {
  BucketRecord,
  Tag,
  GroupRecord,
  InstanceProfileRecord,
  InstanceRecord,
  InstanceStateName,
  RoleRecord,
  UserRecord,
} from '@/storage/types';
import type { PolicyTypeLabel } from './aws-managed-policies';

export type {
  CallRecord,
  ChangeRecord,
  InstanceStateName,
  PrincipalKind,
  PrincipalType,
  Tag,
} from '@/storage/types';
export type { PolicyTypeLabel } from './aws-managed-policies';
export type { EffectivePolicy } from './identity-policies';

export type User = Omit<UserRecord, 'key'>;
export type Group = Omit<GroupRecord, 'key'>;
export type Role = Omit<RoleRecord, 'key'>;
export type InstanceProfile = Omit<InstanceProfileRecord, 'key'>;
export type Bucket = BucketRecord;

export interface LoginProfile {
  userName: string;
  createDate: string;
  passwordResetRequired: boolean;
}

/** A managed policy attached to an identity (ListAttachedUserPolicies). */
export interface AttachedPolicy {
  policyName: string;
  policyArn: string;
}

/** An inline policy (GetUserPolicy / GetGroupPolicy). */
export interface InlinePolicy {
  policyName: string;
  /** The JSON as it was saved. */
  policyDocument: string;
}

/** A managed policy, AWS or customer (GetPolicy, ListPolicies). */
export interface ManagedPolicy {
  policyName: string;
  arn: string;
  path: string;
  type: PolicyTypeLabel;
  description: string;
  defaultVersionId: string;
  /** Users, groups and roles it is attached to, as a permissions policy. */
  attachmentCount: number;
  /** Users and roles that have it as their permissions boundary. */
  permissionsBoundaryUsageCount: number;
  isAttachable: boolean;
  createDate: string;
  updateDate: string;
  /** Customer managed policies only (GetPolicy's Tags). */
  tags?: Tag[];
}

export interface PolicyVersion {
  versionId: string;
  document: string;
  isDefaultVersion: boolean;
  createDate: string;
}

/** ListEntitiesForPolicy. */
export interface PolicyEntities {
  policyUsers: Array<{ userName: string; userId: string }>;
  policyGroups: Array<{ groupName: string; groupId: string }>;
  policyRoles: Array<{ roleName: string; roleId: string }>;
}

/** GetGroup: the group and its users. */
export interface GroupWithUsers {
  group: Group;
  users: User[];
}

/** GetAccountSummary's SummaryMap (the keys the console reads). */
export interface AccountSummary {
  Users: number;
  Groups: number;
  Roles: number;
  Policies: number;
  Providers: number;
  UsersQuota: number;
  GroupsQuota: number;
  RolesQuota: number;
  PoliciesQuota: number;
  GroupsPerUserQuota: number;
  AttachedPoliciesPerUserQuota: number;
  AttachedPoliciesPerGroupQuota: number;
  AttachedPoliciesPerRoleQuota: number;
  AccountMFAEnabled: number;
}

export interface S3Object {
  bucket: string;
  key: string;
  size: number;
  contentType: string;
  etag: string;
  lastModified: string;
  /** "AES256" (SSE-S3). */
  serverSideEncryption?: string;
}

/** GetObject: the object with its bytes. */
export interface S3ObjectWithBody extends S3Object {
  body: Uint8Array;
}

/** DescribeInstances: the instance with its state as of now. */
export type Instance = Omit<InstanceRecord, 'transition'> & {
  /** True while the state is changing by itself (pending, stopping, shutting-down). */
  transitioning: boolean;
};

/** What Start/Stop/Reboot/TerminateInstances return per instance. */
export interface InstanceStateChange {
  instanceId: string;
  previousState: InstanceStateName;
  currentState: InstanceStateName;
}
