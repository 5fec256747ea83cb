// The policy engine's public face. Plain TypeScript: no React, DOM, storage, clock or randomness.
export type * from './types';
export { parsePolicy, formatJsonPath, nodeAtPath, spanAtPath } from './parse/parse-policy';
export type { ParsedPolicy, ParsePolicyResult, JsonPath } from './parse/parse-policy';
export type { JsonNode, JsonEntry } from './parse/json-with-positions';
export {
  loadServiceCatalog,
  isGeneratedCatalog,
  GeneratedServiceCatalog,
  resourceArnFor,
  actionsRequiringWildcardResource,
  fillArnFormat,
  arnPlaceholders,
  summarizePolicy,
  servicesInPolicy,
  servicesForSummary,
  loadManagedPolicies,
  loadManagedPolicyIndex,
} from './catalog';
export type {
  ServiceDetailLoader,
  ArnValues,
  ResourceArnChoice,
  PolicySummary,
  ServiceSummary,
  ActionSummary,
  UncategorizedServiceSummary,
  AccessLevelCount,
  ManagedPolicyRecord,
  ManagedPolicySummary,
  ManagedPolicyTypeLabel,
  PolicyJsonValue,
  CatalogDataVersions,
} from './catalog';
