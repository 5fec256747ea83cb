// The AWS managed policies the lab offers, loaded lazily from the engine's catalog once.

import { loadManagedPolicies } from '@/iam';
import { awsManagedPolicyArn } from './arns';

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

/** The job-function policies of the IAM User Guide's access_policies_job-functions page. */
const JOB_FUNCTIONS = new Set([
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'ViewOnlyAccess',
  'SecurityAudit',
  'Billing',
  'DatabaseAdministrator',
  'DataScientist',
  'NetworkAdministrator',
  'SupportUser',
  'SystemAdministrator',
]);

let cache: Promise<Map<string, AwsManagedPolicy>> | null = null;

async function load(): Promise<Map<string, AwsManagedPolicy>> {
  const entries = await loadManagedPolicies();
  const out = new Map<string, AwsManagedPolicy>();
  for (const entry of entries) {
    const path = entry.path ?? '/';
    const policy: AwsManagedPolicy = {
      policyName: entry.policyName,
      arn: entry.arn ?? awsManagedPolicyArn(entry.policyName, path),
      path,
      description: entry.description ?? '',
      defaultVersionId: entry.defaultVersionId ?? 'v1',
      document:
        typeof entry.document === 'string' ? entry.document : JSON.stringify(entry.document),
      type: JOB_FUNCTIONS.has(entry.policyName) ? 'AWS managed - job function' : 'AWS managed',
      createDate: entry.createDate ?? '',
      updateDate: entry.updateDate ?? '',
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

/** The ARN of an AWS managed policy by name (for scenarios and tests). */
export async function awsManagedPolicyByName(name: string): Promise<AwsManagedPolicy | undefined> {
  for (const policy of (await awsManagedPolicies()).values()) {
    if (policy.policyName === name) return policy;
  }
  return undefined;
}
