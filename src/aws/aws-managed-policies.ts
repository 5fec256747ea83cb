// The AWS managed policies the lab offers (the whole current catalog, about 1,594), loaded lazily:
// the index once, and each policy's document only when it is shown or evaluated.

import { loadManagedPolicyDocuments, loadManagedPolicyIndex } from '@/iam';

/** The Type column of the console's policy tables. */
export type PolicyTypeLabel =
  'AWS managed' | 'AWS managed - job function' | 'Customer managed' | 'Customer inline';

/** An AWS managed policy as ListPolicies gives it: no document. */
export interface AwsManagedPolicySummary {
  policyName: string;
  arn: string;
  path: string;
  /** '' where the data source has no description. */
  description: string;
  defaultVersionId: string;
  type: PolicyTypeLabel;
  createDate: string;
  updateDate: string;
}

/** An AWS managed policy with its default version's document. */
export interface AwsManagedPolicy extends AwsManagedPolicySummary {
  document: string;
}

let cache: Promise<Map<string, AwsManagedPolicySummary>> | null = null;
/** Document texts already made, by ARN: every call of a user with the policy needs the same one. */
const texts = new Map<string, string>();

async function load(): Promise<Map<string, AwsManagedPolicySummary>> {
  const out = new Map<string, AwsManagedPolicySummary>();
  for (const entry of await loadManagedPolicyIndex()) {
    out.set(entry.arn, {
      policyName: entry.name,
      arn: entry.arn,
      path: entry.path,
      description: entry.description,
      defaultVersionId: entry.defaultVersionId,
      type: entry.typeLabel,
      createDate: entry.createdDate,
      updateDate: entry.updateDate,
    });
  }
  return out;
}

/** Every AWS managed policy, by ARN, without documents. */
export function awsManagedPolicies(): Promise<Map<string, AwsManagedPolicySummary>> {
  cache ??= load().catch((err: unknown) => {
    cache = null;
    throw err;
  });
  return cache;
}

/**
 * The named AWS managed policies with their documents, by ARN; ARNs that are not AWS managed are
 * left out. Load it before a transaction: a transaction cannot wait on it.
 */
export async function awsManagedPoliciesWithDocuments(
  arns: Iterable<string>,
): Promise<Map<string, AwsManagedPolicy>> {
  const requested = [...arns];
  // Most callers have no AWS managed policy: then nothing of the catalog needs to load.
  if (requested.length === 0) return new Map();
  const index = await awsManagedPolicies();
  const wanted = requested.flatMap((arn) => {
    const policy = index.get(arn);
    return policy ? [policy] : [];
  });
  const missing = wanted.filter((p) => !texts.has(p.arn)).map((p) => p.policyName);
  if (missing.length > 0) {
    const documents = await loadManagedPolicyDocuments(missing);
    for (const policy of wanted) {
      const document = documents.get(policy.policyName);
      // Text with the console's 4-space indentation, so evaluation spans point into what is shown.
      if (document) texts.set(policy.arn, JSON.stringify(document, null, 4));
    }
  }
  const out = new Map<string, AwsManagedPolicy>();
  for (const policy of wanted) {
    const document = texts.get(policy.arn);
    if (document !== undefined) out.set(policy.arn, { ...policy, document });
  }
  return out;
}

/** An AWS managed policy by name, with its document (for scenarios and tests). */
export async function awsManagedPolicyByName(name: string): Promise<AwsManagedPolicy | undefined> {
  for (const policy of (await awsManagedPolicies()).values()) {
    if (policy.policyName === name) {
      return (await awsManagedPoliciesWithDocuments([policy.arn])).get(policy.arn);
    }
  }
  return undefined;
}
