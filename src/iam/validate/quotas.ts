// Policy size quotas (reference_iam-quotas; iam-console.md §5.2) and the LimitExceeded errors IAM
// returns when a save would pass them (iam-console.md §5.3).
import type { GrammarError, PolicyKind } from '../types';

/**
 * Where a policy is being saved. `kind` alone cannot tell a managed policy from an inline one, and
 * the quotas differ: customer managed 6,144; inline per identity in total 2,048 (user), 5,120 (group),
 * 10,240 (role); role trust policy 2,048; SCP 5,120; S3 bucket policy 20,480; AWS managed exempt.
 */
export type PolicyPurpose =
  | 'managed'
  | 'aws-managed'
  | 'inline-user'
  | 'inline-group'
  | 'inline-role'
  | 'trust'
  | 'scp'
  | 'bucket';

/** Customer managed policy (and a permissions boundary, which is a managed policy): 6,144 characters. */
export const MANAGED_POLICY_SIZE_QUOTA = 6144;
/** All inline policies of one IAM user together: 2,048 characters. */
export const USER_INLINE_POLICY_SIZE_QUOTA = 2048;
/** All inline policies of one IAM group together: 5,120 characters. */
export const GROUP_INLINE_POLICY_SIZE_QUOTA = 5120;
/** All inline policies of one IAM role together: 10,240 characters. */
export const ROLE_INLINE_POLICY_SIZE_QUOTA = 10240;
/** A role trust policy: 2,048 characters by default (adjustable to 4,096). */
export const TRUST_POLICY_SIZE_QUOTA = 2048;
/** A service control policy: 5,120 characters. */
export const SCP_SIZE_QUOTA = 5120;
/** An S3 bucket policy: 20 KB, counted here like the others as 20,480 characters. */
export const BUCKET_POLICY_SIZE_QUOTA = 20480;

/** The size quota for a policy saved for this purpose; undefined for AWS managed policies (exempt). */
export function sizeQuotaFor(purpose: PolicyPurpose): number | undefined {
  switch (purpose) {
    case 'managed':
      return MANAGED_POLICY_SIZE_QUOTA;
    case 'aws-managed':
      return undefined;
    case 'inline-user':
      return USER_INLINE_POLICY_SIZE_QUOTA;
    case 'inline-group':
      return GROUP_INLINE_POLICY_SIZE_QUOTA;
    case 'inline-role':
      return ROLE_INLINE_POLICY_SIZE_QUOTA;
    case 'trust':
      return TRUST_POLICY_SIZE_QUOTA;
    case 'scp':
      return SCP_SIZE_QUOTA;
    case 'bucket':
      return BUCKET_POLICY_SIZE_QUOTA;
  }
}

/** The purpose assumed when only the kind is known: identity and boundary policies are customer managed. */
export function defaultPurposeFor(kind: PolicyKind): PolicyPurpose {
  switch (kind) {
    case 'identity':
    case 'boundary':
      return 'managed';
    case 'resource':
      return 'bucket';
    case 'trust':
      return 'trust';
    case 'scp':
      return 'scp';
  }
}

/** Policy size as IAM counts it: every character except JSON whitespace (space, tab, CR, LF). */
export function policySize(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) n++;
  }
  return n;
}

/**
 * The size a quota is measured in for this purpose. IAM and S3 leave out whitespace; AWS
 * Organizations counts every character of an SCP (orgs_manage_policies_scps_syntax).
 */
export function quotaSize(text: string, purpose: PolicyPurpose): number {
  return purpose === 'scp' ? text.length : policySize(text);
}

/** The combined size of an identity's inline policies, which IAM limits together, not one by one. */
export function inlinePolicyTotalSize(texts: readonly string[]): number {
  let total = 0;
  for (const t of texts) total += policySize(t);
  return total;
}

const INLINE_IDENTITY: Partial<Record<PolicyPurpose, string>> = {
  'inline-user': 'user',
  'inline-group': 'group',
  'inline-role': 'role',
};

/**
 * IAM's LimitExceeded error when saving a policy would pass its quota, or undefined. For inline
 * policies `size` is the identity's total after the save ("Maximum policy size of 2048 bytes
 * exceeded for user alice"); a managed policy gets "Cannot exceed quota for PolicySize: 6144", a
 * trust policy "Cannot exceed quota for ACLSizePerRole: 2048". The SCP and bucket wordings follow
 * the managed one by analogy (not seen from AWS).
 */
export function sizeLimitError(
  purpose: PolicyPurpose,
  size: number,
  identityName?: string,
): GrammarError | undefined {
  const quota = sizeQuotaFor(purpose);
  if (quota === undefined || size <= quota) return undefined;
  const identity = INLINE_IDENTITY[purpose];
  if (identity) {
    const name = identityName ?? '';
    return {
      code: 'LimitExceeded',
      message: `Maximum policy size of ${quota} bytes exceeded for ${identity} ${name}`.trimEnd(),
    };
  }
  if (purpose === 'trust') {
    return { code: 'LimitExceeded', message: `Cannot exceed quota for ACLSizePerRole: ${quota}` };
  }
  return { code: 'LimitExceeded', message: `Cannot exceed quota for PolicySize: ${quota}` };
}

/** The console editor's counter: "6056 of 6144 characters remaining" (iam-console.md §1.6). */
export function charactersRemainingText(text: string, purpose: PolicyPurpose): string | undefined {
  const quota = sizeQuotaFor(purpose);
  if (quota === undefined) return undefined;
  return `${quota - quotaSize(text, purpose)} of ${quota} characters remaining`;
}
