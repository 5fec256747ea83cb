// Role trust policies: IAM's checks when one is saved, and the principals it names (the Roles
// list's "Trusted entities" column).

import { loadServiceCatalog, parsePolicy, validatePolicy } from '@/iam';
import { LAB_ACCOUNT_ID } from '@/storage/lab-constants';
import { AwsError } from './aws-error';
import type { Role } from './types';

/**
 * Checks a trust policy as CreateRole and UpdateAssumeRolePolicy do: invalid JSON is "This policy
 * contains invalid Json"; grammar errors, unknown users or roles of this account and the 2,048
 * character quota come from the validator. `knownArns` are the account's user and role ARNs.
 */
export async function checkTrustPolicy(
  text: string,
  knownArns: ReadonlySet<string>,
): Promise<void> {
  const parsed = parsePolicy(text);
  if (!parsed.ok) {
    throw new AwsError('MalformedPolicyDocument', 'This policy contains invalid Json');
  }
  const ownAccount = `arn:aws:iam::${LAB_ACCOUNT_ID}:`;
  const result = validatePolicy(parsed.policy, 'trust', await loadServiceCatalog(), {
    purpose: 'trust',
    // Other accounts' identities cannot be checked here; IAM would resolve them.
    principalExists: (arn) => !arn.startsWith(ownAccount) || knownArns.has(arn),
  });
  const [first] = result.errors;
  if (first) throw new AwsError(first.code, first.message);
}

function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The principals of the trust policy's Allow statements, by key ("AWS", "Service", ...). */
export function trustedPrincipals(document: string): Array<{ key: string; value: string }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const statements = (parsed as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  const out: Array<{ key: string; value: string }> = [];
  for (const st of list) {
    if (typeof st !== 'object' || st === null) continue;
    const { Effect, Principal } = st as { Effect?: unknown; Principal?: unknown };
    if (Effect !== 'Allow') continue;
    if (Principal === '*') out.push({ key: 'AWS', value: '*' });
    if (typeof Principal !== 'object' || Principal === null) continue;
    for (const [key, value] of Object.entries(Principal)) {
      for (const v of asList(value)) out.push({ key, value: v });
    }
  }
  return out;
}

function entityLabel({ key, value }: { key: string; value: string }): string {
  if (key === 'Service') return `AWS Service: ${value.replace(/\.amazonaws\.com$/, '')}`;
  if (key === 'Federated') return `Identity Provider: ${value}`;
  const account = /^\d{12}$/.test(value) ? value : /^arn:aws:(iam|sts)::(\d{12}):/.exec(value)?.[2];
  return account ? `Account: ${account}` : value;
}

/** The console's "Trusted entities" column: "AWS Service: ec2", "Account: 123456789012". */
export function trustedEntitiesLabel(role: Role): string {
  if (role.serviceLinkedService) {
    return `AWS Service: ${role.serviceLinkedService.replace(/\.amazonaws\.com$/, '')} (Service-Linked Role)`;
  }
  const labels = trustedPrincipals(role.assumeRolePolicyDocument).map(entityLabel);
  return [...new Set(labels)].join(', ');
}
