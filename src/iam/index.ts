// The policy engine's public face. Plain TypeScript: no React, DOM, storage, clock or randomness.
export type * from './types';
export { parsePolicy, formatJsonPath, nodeAtPath, spanAtPath } from './parse/parse-policy';
export type { ParsedPolicy, ParsePolicyResult, JsonPath } from './parse/parse-policy';
export type { JsonNode, JsonEntry } from './parse/json-with-positions';
export { evaluateRequest } from './evaluate/evaluate-request';
export type { EvaluateOptions } from './evaluate/evaluate-request';
export { denialMessage } from './explain/denial-message';
export type { DenialMessageOptions, DenialStyle } from './explain/denial-message';
export {
  authorizationMessage,
  decodeAuthorizationMessage,
  encodeAuthorizationMessage,
} from './explain/authorization-message';
export type { AuthorizationMessage, MessageStatement } from './explain/authorization-message';
export { compileWildcard, compilePattern } from './match/wildcard';
export type { Matcher, PatternPart, WildcardMode } from './match/wildcard';
