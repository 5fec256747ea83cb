// validatePolicy: IAM's grammar check (errors that block a save) and Access Analyzer's policy checks
// (advisory findings), kept apart, for a policy of a given kind and purpose.
import type { GrammarError, PolicyKind, ServiceCatalog, ValidationResult } from '../types';
import { parsePolicy, type ParsedPolicy } from '../parse/parse-policy';
import { makeFinding } from './checks';
import { openingSpan, report, type CheckContext } from './context';
import { checkActions } from './find-actions';
import { checkConditions } from './find-conditions';
import { checkPrincipals } from './find-principals';
import { checkResources } from './find-resources';
import { checkLegacyScpSyntax } from './find-scp';
import { checkTagConditionKeys } from './find-tags';
import { checkStructure } from './find-structure';
import { checkVariables } from './find-variables';
import { checkGrammar, GRAMMAR_MESSAGES } from './grammar';
import type { PrincipalExists } from './grammar-principals';
import { statementsOf, entryOf } from './policy-view';
import {
  defaultPurposeFor,
  policySize,
  quotaSize,
  sizeLimitError,
  sizeQuotaFor,
  SCP_SIZE_QUOTA,
  MANAGED_POLICY_SIZE_QUOTA,
  type PolicyPurpose,
} from './quotas';

/** Where and how a policy is being saved. */
export interface ValidatePolicyOptions {
  /** Selects the size quota and Version rule; defaults from the kind (identity → customer managed). */
  purpose?: PolicyPurpose;
  /** The user, group or role whose inline policy this is, for the LimitExceeded message. */
  identityName?: string;
  /** For inline policies: the combined size of the identity's other inline policies (not the one replaced). */
  otherInlinePoliciesSize?: number;
  /** For a bucket policy: the bucket it is saved on; S3 then rejects resources outside it. */
  bucketName?: string;
  /**
   * SCPs only: also run Access Analyzer's SCP syntax checks from before AWS Organizations accepted
   * the full IAM policy language in 2025 (Condition, NotAction and resources only with Deny).
   */
  legacyScpSyntax?: boolean;
  /** Whether a user or role ARN exists; IAM rejects trust and bucket policies naming one that does not. */
  principalExists?: PrincipalExists;
}

/** Access Analyzer's message when the text is not JSON (index is 0-based, line and column 1-based). */
export function jsonSyntaxErrorMessage(index: number, line: number, column: number): string {
  return `Fix the JSON syntax error at index ${index} line ${line} column ${column}.`;
}

/**
 * Validates a parsed policy as IAM and Access Analyzer would: `errors` are IAM's grammar and size
 * checks, any of which blocks the save; `findings` are Access Analyzer's advisory checks (an
 * unknown action is a finding, not an error: AWS saves it, and it then matches nothing).
 */
export function validatePolicy(
  parsed: ParsedPolicy,
  kind: PolicyKind,
  catalog: ServiceCatalog,
  options: ValidatePolicyOptions = {},
): ValidationResult {
  const purpose = options.purpose ?? defaultPurposeFor(kind);
  const size = policySize(parsed.text);
  const errors: GrammarError[] = [];
  const limit = sizeLimitError(
    purpose,
    quotaSize(parsed.text, purpose) + (options.otherInlinePoliciesSize ?? 0),
    options.identityName,
  );
  if (limit) errors.push(limit);
  errors.push(...checkGrammar(parsed.root, kind, purpose, options));

  const versionNode = entryOf(parsed.root, 'Version')?.value;
  const ctx: CheckContext = {
    root: parsed.root,
    kind,
    purpose,
    catalog,
    legacyScpSyntax: options.legacyScpSyntax ?? false,
    statements: statementsOf(parsed.root),
    version: versionNode?.kind === 'string' ? versionNode.value : undefined,
    findings: [],
  };
  // The size check runs first so that a document full of findings still reports its size.
  checkSize(ctx, size, parsed.text.length);
  checkStructure(ctx);
  checkPrincipals(ctx);
  checkActions(ctx);
  checkResources(ctx);
  checkConditions(ctx);
  checkVariables(ctx);
  checkLegacyScpSyntax(ctx);
  checkTagConditionKeys(ctx);
  const findings = ctx.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.span?.start.offset ?? 0) - (b.f.span?.start.offset ?? 0) || a.i - b.i)
    .map(({ f }) => f);
  return { errors, findings, size };
}

function checkSize(ctx: CheckContext, size: number, length: number) {
  const { root } = ctx;
  // Organizations counts every character of an SCP, whitespace included.
  if (ctx.kind === 'scp' && length > SCP_SIZE_QUOTA) {
    report(
      ctx,
      'POLICY_SIZE_EXCEEDS_SCP_QUOTA',
      `The ${length} characters in the service control policy (SCP) exceed the ${SCP_SIZE_QUOTA} character maximum for SCPs. We recommend that you use multiple granular policies.`,
      [],
      openingSpan(root.span),
    );
    return;
  }
  if (ctx.kind !== 'identity' && ctx.kind !== 'boundary') return;
  // Access Analyzer does not know AWS managed policies are exempt: it flags ReadOnlyAccess.
  const quota =
    ctx.purpose === 'aws-managed' ? MANAGED_POLICY_SIZE_QUOTA : sizeQuotaFor(ctx.purpose);
  if (quota === undefined || size <= quota) return;
  report(
    ctx,
    'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
    `The ${size} characters in the identity policy, excluding whitespace, exceed the ${quota} character maximum for inline and managed policies. We recommend that you use multiple granular policies.`,
    [],
    openingSpan(root.span),
  );
}

/**
 * Validates policy text. Text that is not JSON gets IAM's MalformedPolicyDocument ("Syntax errors
 * in policy.", or "This policy contains invalid Json" for trust and resource policies) and Access
 * Analyzer's "Json syntax error" finding with the index, line and column of the fault.
 */
export function validatePolicyText(
  text: string,
  kind: PolicyKind,
  catalog: ServiceCatalog,
  options: ValidatePolicyOptions = {},
): ValidationResult {
  const parsed = parsePolicy(text);
  if (parsed.ok) return validatePolicy(parsed.policy, kind, catalog, options);
  const purpose = options.purpose ?? defaultPurposeFor(kind);
  const size = policySize(text);
  const errors: GrammarError[] = [];
  const limit = sizeLimitError(
    purpose,
    quotaSize(text, purpose) + (options.otherInlinePoliciesSize ?? 0),
    options.identityName,
  );
  if (limit) errors.push(limit);
  const first = parsed.errors[0];
  const position = first?.position ?? { line: 1, column: 1, offset: 0 };
  const span = { start: position, end: position };
  const message =
    kind === 'trust' || kind === 'resource'
      ? GRAMMAR_MESSAGES.invalidJson
      : GRAMMAR_MESSAGES.syntax;
  errors.push({ code: 'MalformedPolicyDocument', message, path: '', span });
  const syntax = jsonSyntaxErrorMessage(position.offset, position.line, position.column);
  const findings = [makeFinding('JSON_SYNTAX_ERROR', syntax, { path: [], span })];
  return { errors, findings, size };
}

/**
 * Validates a policy given as text or as an object (as PolicyInput.document allows). An object is
 * validated as its JSON.stringify text, so spans point into that text; one that cannot be written
 * as JSON (a cycle, a BigInt) gets "Syntax errors in policy.".
 */
export function validatePolicyDocument(
  document: string | object,
  kind: PolicyKind,
  catalog: ServiceCatalog,
  options: ValidatePolicyOptions = {},
): ValidationResult {
  if (typeof document === 'string') return validatePolicyText(document, kind, catalog, options);
  let text: string | undefined;
  try {
    text = JSON.stringify(document);
  } catch {
    text = undefined;
  }
  if (typeof text !== 'string') {
    return {
      errors: [{ code: 'MalformedPolicyDocument', message: GRAMMAR_MESSAGES.syntax }],
      findings: [],
      size: 0,
    };
  }
  return validatePolicyText(text, kind, catalog, options);
}
