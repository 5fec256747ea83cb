// The service catalog, resource ARNs, policy summaries and AWS managed policies.
export { loadServiceCatalog, isGeneratedCatalog } from './load-service-catalog';
export { GeneratedServiceCatalog, type ServiceDetailLoader } from './service-catalog';
export {
  loadManagedPolicies,
  loadManagedPolicyIndex,
  type ManagedPolicyRecord,
  type ManagedPolicySummary,
  type ManagedPolicyTypeLabel,
  type PolicyJsonValue,
} from './managed-policies';
export type { CatalogDataVersions } from './catalog-data';
