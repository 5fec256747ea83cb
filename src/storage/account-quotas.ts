// IAM's account-level quotas that AWS raises on request (Service Quotas), with their default and
// the most AWS grants (reference §5.2). A lab records granted increases on its account record.

export type AdjustableQuotaName = 'GroupsPerAccount' | 'RolesPerAccount' | 'PoliciesPerAccount';

export interface AdjustableQuota {
  name: AdjustableQuotaName;
  /** The name Service Quotas shows. */
  label: string;
  defaultValue: number;
  maxValue: number;
}

export const ADJUSTABLE_QUOTAS: readonly AdjustableQuota[] = [
  { name: 'GroupsPerAccount', label: 'Groups per account', defaultValue: 300, maxValue: 500 },
  { name: 'RolesPerAccount', label: 'Roles per account', defaultValue: 1000, maxValue: 5000 },
  {
    name: 'PoliciesPerAccount',
    label: 'Customer managed policies per account',
    defaultValue: 1500,
    maxValue: 5000,
  },
];

/** IAM users per account: a fixed quota (reference §5.2). */
export const USERS_PER_ACCOUNT = 5000;

/** Granted increases, by quota name; a quota that was never raised is absent. */
export type QuotaIncreases = Partial<Record<AdjustableQuotaName, number>>;

/** The value that applies: the granted increase, else AWS's default. */
export function appliedQuota(increases: QuotaIncreases | undefined, name: AdjustableQuotaName) {
  const quota = ADJUSTABLE_QUOTAS.find((q) => q.name === name);
  // Invariant: name is one of ADJUSTABLE_QUOTAS (the type says so).
  if (!quota) throw new Error(`Unknown quota ${name}`);
  return increases?.[name] ?? quota.defaultValue;
}
