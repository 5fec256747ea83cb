// IAM's error messages, word for word (reference §5.3).

import { USERS_PER_ACCOUNT } from '@/storage/account-quotas';
import { AwsError } from './aws-error';

export const noSuchUser = (name: string) =>
  new AwsError('NoSuchEntity', `The user with name ${name} cannot be found.`);
export const noSuchGroup = (name: string) =>
  new AwsError('NoSuchEntity', `The group with name ${name} cannot be found.`);
export const noSuchRole = (name: string) =>
  new AwsError('NoSuchEntity', `The role with name ${name} cannot be found.`);
export const noSuchPolicy = (arn: string) =>
  new AwsError('NoSuchEntity', `Policy ${arn} was not found.`);
export const notAttachable = (arn: string) =>
  new AwsError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
export const noSuchLoginProfile = (userName: string) =>
  new AwsError('NoSuchEntity', `Login Profile for User ${userName} cannot be found.`);
export const noSuchInlinePolicy = (kind: 'user' | 'group' | 'role', policyName: string) =>
  new AwsError('NoSuchEntity', `The ${kind} policy with name ${policyName} cannot be found.`);

export const userExists = (name: string) =>
  new AwsError('EntityAlreadyExists', `User with name ${name} already exists.`);
export const groupExists = (name: string) =>
  new AwsError('EntityAlreadyExists', `Group with name ${name} already exists.`);
export const roleExists = (name: string) =>
  new AwsError('EntityAlreadyExists', `Role with name ${name} already exists.`);
export const instanceProfileExists = (name: string) =>
  new AwsError('EntityAlreadyExists', `Instance Profile ${name} already exists.`);
export const noSuchInstanceProfile = (name: string) =>
  new AwsError('NoSuchEntity', `Instance Profile ${name} cannot be found.`);
/** Service-linked roles belong to their service (UnmodifiableEntity). */
export const protectedRole = (name: string) =>
  new AwsError(
    'UnmodifiableEntity',
    `Cannot perform the operation on the protected role '${name}' - this role is only modifiable by AWS`,
  );
export const loginProfileExists = (userName: string) =>
  new AwsError('EntityAlreadyExists', `Login Profile for user ${userName} already exists.`);

export const deleteConflict = {
  groups: () =>
    new AwsError('DeleteConflict', 'Cannot delete entity, must remove users from group first.'),
  attached: () =>
    new AwsError('DeleteConflict', 'Cannot delete entity, must detach all policies first.'),
  inline: () => new AwsError('DeleteConflict', 'Cannot delete entity, must delete policies first.'),
  loginProfile: () =>
    new AwsError('DeleteConflict', 'Cannot delete entity, must delete login profile first.'),
  instanceProfile: () =>
    new AwsError(
      'DeleteConflict',
      'Cannot delete entity, must remove roles from instance profile first.',
    ),
  accessKeys: () =>
    new AwsError('DeleteConflict', 'Cannot delete entity, must delete access keys first.'),
  mfaDevices: () =>
    new AwsError('DeleteConflict', 'Cannot delete entity, must delete MFA device first.'),
};

/** "Cannot exceed quota for PoliciesPerUser: 10" */
export const quotaExceeded = (quota: string, value: number) =>
  new AwsError('LimitExceeded', `Cannot exceed quota for ${quota}: ${value}`);

/** IAM's fixed quotas (reference §5.2); the adjustable ones are in storage/account-quotas.ts. */
export const QUOTAS = {
  usersPerAccount: USERS_PER_ACCOUNT,
  groupsPerUser: 10,
  policiesPerUser: 10,
  policiesPerGroup: 10,
  policiesPerRole: 10,
  userInlineSize: 2048,
  groupInlineSize: 5120,
  roleInlineSize: 10240,
  instanceProfilesPerAccount: 1000,
  rolesPerInstanceProfile: 1,
} as const;

export const noSuchPasswordPolicy = (accountId: string) =>
  new AwsError(
    'NoSuchEntity',
    `The Password Policy with domain name ${accountId} cannot be found.`,
  );
export const noSuchAccessKey = (accessKeyId: string) =>
  new AwsError('NoSuchEntity', `The Access Key with id ${accessKeyId} cannot be found.`);
export const noSuchMfaDevice = (serialNumber: string) =>
  new AwsError('NoSuchEntity', `MFA Device with serial number ${serialNumber} does not exist.`);
export const mfaDeviceExists = () =>
  new AwsError('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.');
export const invalidAuthenticationCode = () =>
  new AwsError('InvalidAuthenticationCode', 'Authentication code for device is not valid.');
export const passwordPolicyViolation = () =>
  new AwsError(
    'PasswordPolicyViolation',
    'Password does not conform to the account password policy.',
  );

/** Console-only quotas of credentials (reference §5.2). */
export const CREDENTIAL_QUOTAS = {
  accessKeysPerUser: 2,
  mfaDevicesPerUser: 8,
  tagsPerEntity: 50,
} as const;
