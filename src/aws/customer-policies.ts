// Customer managed policies: CreatePolicy and DeletePolicy, with AWS's errors for policies and
// their versions. The version operations are in policy-versions.ts.

import { readAppliedQuota } from '@/storage/account';
import { readAttachmentsOfPolicy } from '@/storage/attachments';
import {
  readAllCustomerPolicies,
  readCustomerPolicy,
  removeCustomerPolicy,
  writeCustomerPolicy,
} from '@/storage/customer-policies';
import { writeTx } from '@/storage/db';
import { newUniqueId } from '@/storage/ids';
import type { ChangeMeta } from '@/storage/record-store';
import { readAllRoles } from '@/storage/roles';
import type { LabReadTx, LabWriteTx } from '@/storage/schema';
import type { CustomerPolicyRecord, Tag } from '@/storage/types';
import { readAllUsers } from '@/storage/users';
import { customerPolicyArn } from './arns';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall } from './call';
import { noSuchPolicy, quotaExceeded } from './iam-errors';
import { tagContext } from './iam-users';
import { checkPolicyName, checkTags, validationError } from './names';
import { checkPolicyDocument } from './policy-documents';
import type { ManagedPolicy } from './types';

/** Versions a managed policy may hold (reference §2.2). */
export const MAX_POLICY_VERSIONS = 5;
const MAX_DESCRIPTION = 1000;
const POLICY_PATH = /^((\/[A-Za-z0-9.,+@=_-]+)*)\/$/;

export const policyErrors = {
  exists: (name: string) =>
    new AwsError(
      'EntityAlreadyExists',
      `A policy called ${name} already exists. Duplicate names are not allowed.`,
    ),
  versionLimit: () =>
    new AwsError(
      'LimitExceeded',
      'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
    ),
  noVersion: (arn: string, versionId: string) =>
    new AwsError('NoSuchEntity', `Policy ${arn} version ${versionId} does not exist.`),
  deleteDefault: () =>
    new AwsError('DeleteConflict', 'Cannot delete the default version of a policy.'),
  attached: () => new AwsError('DeleteConflict', 'Cannot delete a policy attached to entities.'),
  versions: () =>
    new AwsError(
      'DeleteConflict',
      "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
    ),
};

export interface CreatePolicyInput {
  policyName: string;
  policyDocument: string;
  path?: string;
  description?: string;
  tags?: Tag[];
}

/** How many identities use a policy: attached as a permissions policy, or as a boundary. */
export interface PolicyUsageCounts {
  attachments: number;
  boundaries: number;
}

export function toManagedPolicy(policy: CustomerPolicyRecord, usage: PolicyUsageCounts) {
  const out: ManagedPolicy = {
    policyName: policy.policyName,
    arn: policy.arn,
    path: policy.path,
    type: 'Customer managed',
    description: policy.description,
    defaultVersionId: policy.defaultVersionId,
    attachmentCount: usage.attachments,
    permissionsBoundaryUsageCount: usage.boundaries,
    isAttachable: true,
    createDate: policy.createDate,
    updateDate: policy.updateDate,
    tags: policy.tags.map((t) => ({ ...t })),
  };
  return out;
}

function checkPolicyPath(path: string): void {
  if (path.length > 512) {
    throw validationError(path, 'path', 'Member must have length less than or equal to 512');
  }
  if (!POLICY_PATH.test(path)) {
    throw validationError(
      path,
      'path',
      'Member must satisfy regular expression pattern: ((/[A-Za-z0-9\\.,\\+@=_-]+)*)/',
    );
  }
}

export async function requireCustomerPolicy(
  tx: LabReadTx,
  arn: string,
): Promise<CustomerPolicyRecord> {
  const policy = await readCustomerPolicy(tx, arn);
  if (!policy) throw noSuchPolicy(arn);
  return policy;
}

/** Users and roles whose permissions boundary is this policy. */
export async function boundaryUsesOf(tx: LabReadTx, arn: string) {
  const users = (await readAllUsers(tx)).filter((u) => u.permissionsBoundary === arn);
  const roles = (await readAllRoles(tx)).filter((r) => r.permissionsBoundary === arn);
  return { users, roles };
}

export function createPolicy(caller: Caller, input: CreatePolicyInput): Promise<ManagedPolicy> {
  const path = input.path ?? '/';
  const resource = customerPolicyArn(input.policyName, path);
  const tags = input.tags ?? [];
  return runCall(
    caller,
    { service: 'iam', operation: 'CreatePolicy', action: 'iam:CreatePolicy', resource },
    async (call) => {
      checkPolicyName(input.policyName);
      checkPolicyPath(path);
      const description = input.description ?? '';
      if (description.length > MAX_DESCRIPTION) {
        throw validationError(
          description,
          'description',
          `Member must have length less than or equal to ${MAX_DESCRIPTION}`,
        );
      }
      checkTags(tags);
      await call.authorize({ action: 'iam:CreatePolicy', resource, context: tagContext(tags) });
      if (tags.length > 0) {
        await call.authorize({
          action: 'iam:TagPolicy',
          operation: 'TagPolicy',
          resource,
          context: tagContext(tags),
        });
      }
      await checkPolicyDocument(input.policyDocument, 'identity', { purpose: 'managed' });
      const created = await writeTx(async (tx) => {
        const all = await readAllCustomerPolicies(tx);
        const lower = input.policyName.toLowerCase();
        if (all.some((p) => p.policyName.toLowerCase() === lower)) {
          throw policyErrors.exists(input.policyName);
        }
        const quota = await readAppliedQuota(tx, 'PoliciesPerAccount');
        if (all.length >= quota) throw quotaExceeded('PoliciesPerAccount', quota);
        const policy: CustomerPolicyRecord = {
          arn: resource,
          policyName: input.policyName,
          policyId: newUniqueId('ANPA'),
          path,
          description,
          defaultVersionId: 'v1',
          nextVersion: 2,
          versions: [
            {
              versionId: 'v1',
              document: input.policyDocument,
              isDefaultVersion: true,
              createDate: call.time,
            },
          ],
          createDate: call.time,
          updateDate: call.time,
          tags,
        };
        await writeCustomerPolicy(tx, policy, call.change);
        return policy;
      });
      return toManagedPolicy(created, { attachments: 0, boundaries: 0 });
    },
  );
}

/** Deletes the policy with its default version, after AWS's DeleteConflict checks. */
export async function applyDeletePolicy(
  tx: LabWriteTx,
  meta: ChangeMeta,
  arn: string,
): Promise<void> {
  const policy = await requireCustomerPolicy(tx, arn);
  const boundary = await boundaryUsesOf(tx, arn);
  const attached = await readAttachmentsOfPolicy(tx, arn);
  if (attached.length + boundary.users.length + boundary.roles.length > 0) {
    throw policyErrors.attached();
  }
  if (policy.versions.length > 1) throw policyErrors.versions();
  await removeCustomerPolicy(tx, arn, { ...meta, operation: 'DeletePolicy' });
}

/** The API's DeletePolicy: refuses while attached or while other versions exist. */
export function deletePolicy(caller: Caller, policyArn: string): Promise<void> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'DeletePolicy',
      action: 'iam:DeletePolicy',
      resource: policyArn,
    },
    async (call) => {
      await call.authorize({ action: 'iam:DeletePolicy', resource: policyArn });
      await writeTx((tx) => applyDeletePolicy(tx, call.change, policyArn));
    },
  );
}
