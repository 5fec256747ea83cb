// What the console does around customer managed policies with several API calls: Delete (detach
// from every user, group and role and delete the other versions first) and saving an edit as a new
// default version (deleting a version first when the policy already has 5).

import { readAttachmentsOfPolicy, removeAttachment } from '@/storage/attachments';
import { readTx, writeTx } from '@/storage/db';
import { readGroup } from '@/storage/groups';
import { readRole } from '@/storage/roles';
import type { PrincipalKind } from '@/storage/types';
import { readUser } from '@/storage/users';
import type { Caller } from './caller';
import { runCall } from './call';
import { applyDeletePolicy, requireCustomerPolicy } from './customer-policies';
import { checkPolicyDocument } from './policy-documents';
import { applyCreatePolicyVersion, applyDeletePolicyVersion } from './policy-versions';
import type { PolicyVersion } from './types';

const WORD: Record<PrincipalKind, string> = { user: 'User', group: 'Group', role: 'Role' };

/**
 * The console's Delete policy: detaches the policy from its users, groups and roles, deletes its
 * non-default versions, then deletes it, all in one transaction. A permissions boundary use still
 * makes DeletePolicy refuse (DeleteConflict).
 */
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
      const deps = await readTx(async (tx) => {
        const policy = await requireCustomerPolicy(tx, policyArn);
        const attachments = [];
        for (const a of await readAttachmentsOfPolicy(tx, policyArn)) {
          const identity =
            a.principalKind === 'user'
              ? await readUser(tx, a.principalKey)
              : a.principalKind === 'group'
                ? await readGroup(tx, a.principalKey)
                : await readRole(tx, a.principalKey);
          if (identity) attachments.push({ ...a, identityArn: identity.arn });
        }
        const versions = policy.versions.filter((v) => !v.isDefaultVersion).map((v) => v.versionId);
        return { attachments, versions };
      });
      for (const a of deps.attachments) {
        const operation = `Detach${WORD[a.principalKind]}Policy`;
        await call.authorize({
          operation,
          action: `iam:${operation}`,
          resource: a.identityArn,
          context: { 'iam:PolicyARN': policyArn },
        });
      }
      for (const _v of deps.versions) {
        await call.authorize({
          operation: 'DeletePolicyVersion',
          action: 'iam:DeletePolicyVersion',
          resource: policyArn,
        });
      }
      await call.authorize({ action: 'iam:DeletePolicy', resource: policyArn });
      await writeTx(async (tx) => {
        for (const a of deps.attachments) {
          await removeAttachment(tx, a.principalKind, a.principalKey, policyArn, {
            ...call.change,
            operation: `Detach${WORD[a.principalKind]}Policy`,
          });
        }
        for (const v of deps.versions) {
          await applyDeletePolicyVersion(tx, call.change, policyArn, v);
        }
        await applyDeletePolicy(tx, call.change, policyArn);
      });
    },
  );
}

export interface SavePolicyVersionOptions {
  /** The version to delete first, when the policy already has 5 (the console asks which). */
  deleteVersionId?: string;
  /** "Set this new version as the default." (checked unless the learner clears it). */
  setAsDefault?: boolean;
}

/** The console's "Save changes" on an edit: a new version, by default set as the default. */
export function savePolicyVersion(
  caller: Caller,
  policyArn: string,
  document: string,
  options: SavePolicyVersionOptions = {},
): Promise<PolicyVersion> {
  const { deleteVersionId, setAsDefault = true } = options;
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'CreatePolicyVersion',
      action: 'iam:CreatePolicyVersion',
      resource: policyArn,
    },
    async (call) => {
      if (deleteVersionId) {
        await call.authorize({
          operation: 'DeletePolicyVersion',
          action: 'iam:DeletePolicyVersion',
          resource: policyArn,
        });
      }
      await call.authorize({ action: 'iam:CreatePolicyVersion', resource: policyArn });
      await checkPolicyDocument(document, 'identity', { purpose: 'managed' });
      return writeTx(async (tx) => {
        if (deleteVersionId) {
          await applyDeletePolicyVersion(tx, call.change, policyArn, deleteVersionId);
        }
        return applyCreatePolicyVersion(tx, call.change, policyArn, document, setAsDefault);
      });
    },
  );
}
