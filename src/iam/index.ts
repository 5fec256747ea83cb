// The policy engine's public face. Plain TypeScript: no React, DOM, storage, clock or randomness.
export type * from './types';
export { parsePolicy, formatJsonPath, nodeAtPath, spanAtPath } from './parse/parse-policy';
export type { ParsedPolicy, ParsePolicyResult, JsonPath } from './parse/parse-policy';
export type { JsonNode, JsonEntry } from './parse/json-with-positions';
export { evaluateRequest } from './evaluate/evaluate-request';
export { decidesAlikeForPrincipals } from './evaluate/alike-for-principals';
export type { EvaluateOptions } from './evaluate/evaluate-request';
export { denialMessage } from './explain/denial-message';
export type { DenialMessageOptions, DenialStyle } from './explain/denial-message';
export {
  authorizationMessage,
  decodeAuthorizationMessage,
  encodeAuthorizationMessage,
} from './explain/authorization-message';
export type { AuthorizationMessage, MessageStatement } from './explain/authorization-message';
export { closestStatements } from './explain/closest-statements';
export type { ClosestStatement, StatementMiss } from './explain/closest-statements';
export { decisionInWords } from './explain/plain-words';
export type { DecisionFacts, DecisionInWords } from './explain/plain-words';
export {
  policyOfStatement,
  policyText,
  policyWithStatement,
  statementText,
} from './explain/statement-text';
export type { PolicyWithStatement } from './explain/statement-text';
export { summarizeEvaluation, traceOf } from './explain/summarize-evaluation';
export type { EvaluationSummary, RecordedStatement } from './explain/summarize-evaluation';
export { compileWildcard, compilePattern } from './match/wildcard';
export { parseIpBlock } from './conditions/values';
export type { IpBlock } from './conditions/values';
export type { Matcher, PatternPart, WildcardMode } from './match/wildcard';
export {
  validatePolicy,
  validatePolicyText,
  validatePolicyDocument,
  jsonSyntaxErrorMessage,
} from './validate/validate-policy';
export type { ValidatePolicyOptions } from './validate/validate-policy';
export type { PrincipalExists } from './validate/grammar-principals';
export {
  policySize,
  quotaSize,
  inlinePolicyTotalSize,
  sizeQuotaFor,
  sizeLimitError,
  defaultPurposeFor,
  charactersRemainingText,
  MANAGED_POLICY_SIZE_QUOTA,
  USER_INLINE_POLICY_SIZE_QUOTA,
  GROUP_INLINE_POLICY_SIZE_QUOTA,
  ROLE_INLINE_POLICY_SIZE_QUOTA,
  TRUST_POLICY_SIZE_QUOTA,
  SCP_SIZE_QUOTA,
  BUCKET_POLICY_SIZE_QUOTA,
} from './validate/quotas';
export type { PolicyPurpose } from './validate/quotas';
export {
  ACCESS_ANALYZER_CHECKS,
  learnMoreUrl,
  consoleFindingText,
  countFindings,
  findingCountsLabel,
} from './validate/checks';
export { GRAMMAR_MESSAGES, POLICY_VERSIONS } from './validate/grammar';
export { BUCKET_MESSAGES } from './validate/grammar-bucket';
export { isPublicBucketPolicy, isPublicStatement } from './validate/public-policy';
export {
  loadServiceCatalog,
  isGeneratedCatalog,
  GeneratedServiceCatalog,
  resourceArnFor,
  actionsRequiringWildcardResource,
  fillArnFormat,
  arnPlaceholders,
  matchesArnFormat,
  summarizePolicy,
  servicesInPolicy,
  servicesForSummary,
  loadManagedPolicies,
  loadManagedPolicyIndex,
  loadManagedPolicyDocuments,
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
  ManagedPolicyDocument,
  ManagedPolicySummary,
  ManagedPolicyTypeLabel,
  PolicyJsonValue,
  CatalogDataVersions,
} from './catalog';
export { misconceptionTags, MISCONCEPTION_TAGS } from './explain/misconceptions';
export type { MisconceptionTag } from './explain/misconceptions';
