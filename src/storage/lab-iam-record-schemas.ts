// The zod schemas of a lab file's IAM records (the account, users, groups, roles, policies and
// credentials), strict like every record schema: see lab-record-schemas.ts.

import { z } from './zod';
import { ADJUSTABLE_QUOTAS, type AdjustableQuotaName } from './account-quotas';
import { LAB_ACCOUNT_ID } from './lab-constants';

export const text = z.string();
export const int = z.number().int().nonnegative();
export const tags = z.array(z.strictObject({ Key: text, Value: text }));
const principalKind = z.enum(['user', 'group', 'role']);
const passwordHash = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().positive(),
  salt: z.base64(),
  hash: z.base64(),
});

/** IAM names are unique case-insensitively: a record's key is its name in lower case. */
const lowerCaseKey = (name: string) => `key must be the ${name} name in lower case`;

/** A granted increase lies between AWS's default and the most AWS grants. */
const quotaIncreases = z.strictObject(
  Object.fromEntries(
    ADJUSTABLE_QUOTAS.map((q) => [
      q.name,
      int
        .min(q.defaultValue, `${q.name} cannot be below its default of ${q.defaultValue}`)
        .max(q.maxValue, `${q.name} cannot be raised above ${q.maxValue}`)
        .optional(),
    ]),
  ) as Record<AdjustableQuotaName, z.ZodOptional<z.ZodNumber>>,
);

const account = z.strictObject({
  key: z.literal('account'),
  accountId: z.literal(LAB_ACCOUNT_ID, { error: `The lab account ID must be ${LAB_ACCOUNT_ID}` }),
  region: text,
  scenarioId: text,
  createDate: text,
  accountAlias: text.optional(),
  passwordPolicy: z
    .strictObject({
      MinimumPasswordLength: int,
      RequireSymbols: z.boolean(),
      RequireNumbers: z.boolean(),
      RequireUppercaseCharacters: z.boolean(),
      RequireLowercaseCharacters: z.boolean(),
      AllowUsersToChangePassword: z.boolean(),
      MaxPasswordAge: int.optional(),
      PasswordReusePrevention: int.optional(),
      HardExpiry: z.boolean(),
    })
    .optional(),
  credentialReport: z.strictObject({ generatedTime: text, csv: text }).optional(),
  quotaIncreases: quotaIncreases.optional(),
});

const user = z
  .strictObject({
    key: text,
    userName: text.min(1),
    userId: text,
    arn: text,
    path: text,
    createDate: text,
    passwordLastUsed: text.optional(),
    tags,
    permissionsBoundary: text.optional(),
  })

  .refine((r) => r.key === r.userName.toLowerCase(), lowerCaseKey('user'));

const loginProfile = z.strictObject({
  key: text,
  userName: text,
  createDate: text,
  passwordResetRequired: z.boolean(),
  password: passwordHash,
  passwordLastChanged: text.optional(),
  previousPasswords: z.array(passwordHash).optional(),
});

const group = z
  .strictObject({
    key: text,
    groupName: text.min(1),
    groupId: text,
    arn: text,
    path: text,
    createDate: text,
  })

  .refine((r) => r.key === r.groupName.toLowerCase(), lowerCaseKey('group'));

const membership = z.strictObject({ userKey: text, groupKey: text, createDate: text });

const attachment = z.strictObject({
  principalKind,
  principalKey: text,
  policyArn: text,
  createDate: text,
});

const inlinePolicy = z.strictObject({
  principalKind,
  principalKey: text,
  policyName: text.min(1),
  document: text,
  size: int,
  createDate: text,
  updateDate: text,
});

const customerPolicy = z.strictObject({
  arn: text.min(1),
  policyName: text.min(1),
  policyId: text,
  path: text,
  description: text,
  defaultVersionId: text,
  nextVersion: int,
  versions: z.array(
    z.strictObject({
      versionId: text,
      document: text,
      isDefaultVersion: z.boolean(),
      createDate: text,
    }),
  ),
  createDate: text,
  updateDate: text,
  tags,
});

const role = z
  .strictObject({
    key: text,
    roleName: text.min(1),
    roleId: text,
    arn: text,
    path: text,
    description: text,
    assumeRolePolicyDocument: text,
    maxSessionDuration: int,
    createDate: text,
    serviceLinkedService: text.optional(),
    tags,
    permissionsBoundary: text.optional(),
  })

  .refine((r) => r.key === r.roleName.toLowerCase(), lowerCaseKey('role'));

const instanceProfile = z.strictObject({
  key: text,
  instanceProfileName: text.min(1),
  instanceProfileId: text,
  arn: text,
  path: text,
  createDate: text,
  roleNames: z.array(text),
  tags,
});

const accessKey = z.strictObject({
  accessKeyId: text.min(1),
  userKey: text,
  userName: text,
  status: z.enum(['Active', 'Inactive']),
  createDate: text,
  lastUsed: z.strictObject({ date: text, serviceName: text, region: text }).optional(),
  secretHash: text.optional(),
});

const mfaDevice = z.strictObject({
  serialNumber: text.min(1),
  deviceName: text,
  path: text,
  base32StringSeed: text,
  createDate: text,
  userKey: text.optional(),
  userName: text.optional(),
  enableDate: text.optional(),
});

/** The IAM stores' schemas, by store. */
export const iamRecordSchemas = {
  meta: account,
  users: user,
  loginProfiles: loginProfile,
  groups: group,
  memberships: membership,
  attachments: attachment,
  inlinePolicies: inlinePolicy,
  policies: customerPolicy,
  roles: role,
  instanceProfiles: instanceProfile,
  accessKeys: accessKey,
  mfaDevices: mfaDevice,
};
