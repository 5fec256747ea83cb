// The service catalog, resource ARNs, policy summaries and AWS managed policies.
export { loadServiceCatalog, isGeneratedCatalog } from './load-service-catalog';
export { GeneratedServiceCatalog, type ServiceDetailLoader } from './service-catalog';
export {
  resourceArnFor,
  actionsRequiringWildcardResource,
  fillArnFormat,
  arnPlaceholders,
  matchesArnFormat,
  type ArnValues,
  type ResourceArnChoice,
} from './resource-arn';
export {
  summarizePolicy,
  type PolicySummary,
  type ServiceSummary,
  type ActionSummary,
  type UncategorizedServiceSummary,
} from './summary/summarize-policy';
export { servicesInPolicy, servicesForSummary } from './summary/services-for-summary';
export type { AccessLevelCount } from './summary/summary-text';
export {
  loadManagedPolicies,
  loadManagedPolicyIndex,
  loadManagedPolicyDocuments,
  type ManagedPolicyRecord,
  type ManagedPolicyDocument,
  type ManagedPolicySummary,
  type ManagedPolicyTypeLabel,
  type PolicyJsonValue,
} from './managed-policies';
export type { CatalogDataVersions } from './catalog-data';
