// The AWS managed policies the lab offers, loaded lazily from the engine's catalog once.

import { loadManagedPolicies } from '@/iam';

/** The Type column of the console's policy tables. */
export type PolicyTypeLabel =
  'AWS managed' | 'AWS managed - job function' | 'Customer managed' | 'Customer inline';

export interface AwsManagedPolicy {
  policyName: string;
  arn: string;
  path: string;
  description: string;
  defaultVersionId: string;
  document: string;
  type: PolicyTypeLabel;
  createDate: string;
  updateDate: string;
}

let cache: Promise<Map<string, AwsManagedPolicy>> | null = null;

async function load(): Promise<Map<string, AwsManagedPolicy>> {
  const entries = await loadManagedPolicies();
  const out = new Map<string, AwsManagedPolicy>();
  for (const entry of entries) {
    const policy: AwsManagedPolicy = {
      policyName: entry.name,
      arn: entry.arn,
      path: entry.path,
      description: entry.description,
      defaultVersionId: entry.defaultVersionId,
      // Text with the console's 4-space indentation, so evaluation spans point into what is shown.
      document: JSON.stringify(entry.document, null, 4),
      type: entry.typeLabel,
      createDate: entry.createdDate,
      updateDate: entry.updateDate,
    };
    out.set(policy.arn, policy);
  }
  return out;
}

/** Every AWS managed policy the lab knows, by ARN. */
export function awsManagedPolicies(): Promise<Map<string, AwsManagedPolicy>> {
  cache ??= load().catch((err: unknown) => {
    cache = null;
    throw err;
  });
  return cache;
}

/** An AWS managed policy by name (for scenarios and tests). */
export async function awsManagedPolicyByName(name: string): Promise<AwsManagedPolicy | undefined> {
  for (const policy of (await awsManagedPolicies()).values()) {
    if (policy.policyName === name) return policy;
  }
  return undefined;
}
