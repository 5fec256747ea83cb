// What the policy editor shows about a document: IAM's grammar errors (which would make a save
// fail, e.g. MalformedPolicyDocument) and Access Analyzer's findings, each with its place.
import {
  charactersRemainingText,
  parsePolicy,
  policySize,
  validatePolicyText,
  type FindingType,
  type PolicyKind,
  type PolicyPurpose,
  type ServiceCatalog,
  type SourceSpan,
} from '@/iam';

/** One line of the editor's findings panel and one lint mark in the text. */
export interface EditorFinding {
  findingType: FindingType;
  title: string;
  message: string;
  span?: SourceSpan;
}

export interface PolicyAnalysis {
  findings: EditorFinding[];
  /** "6056 of 6144 characters remaining", as the console's JSON editor counts. */
  remainingText: string;
  /** True when IAM would refuse the document (syntax, grammar or size). */
  blocking: boolean;
}

export interface AnalyzeOptions {
  kind: PolicyKind;
  purpose?: PolicyPurpose;
  /** For inline policies: the identity's name and its other inline policies' total size. */
  identityName?: string;
  otherInlinePoliciesSize?: number;
  /** For a bucket policy: the bucket, so resources outside it are flagged as S3 would. */
  bucketName?: string;
}

// The console's editor counts against the managed-policy quota (inline totals are IAM's check);
// a trust policy's editor counts against the trust policy quota, an SCP's against the SCP quota.
const COUNTER_PURPOSE: PolicyPurpose = 'managed';

export function analyzePolicy(
  text: string,
  options: AnalyzeOptions,
  catalog: ServiceCatalog | undefined,
): PolicyAnalysis {
  const counter =
    options.purpose === 'trust' || options.purpose === 'bucket'
      ? options.purpose
      : options.kind === 'scp'
        ? 'scp'
        : COUNTER_PURPOSE;
  const remainingText = charactersRemainingText(text, counter) ?? `${policySize(text)} characters`;
  if (!catalog) {
    // Until the service catalog has loaded, only the JSON syntax is checked.
    const parsed = parsePolicy(text);
    return {
      remainingText,
      blocking: !parsed.ok,
      findings: parsed.ok
        ? []
        : parsed.errors.map((e) => ({
            findingType: 'ERROR' as const,
            title: 'Json syntax error',
            message: e.message,
            span: { start: e.position, end: e.position },
          })),
    };
  }
  const result = validatePolicyText(text, options.kind, catalog, {
    purpose: options.purpose,
    identityName: options.identityName,
    otherInlinePoliciesSize: options.otherInlinePoliciesSize,
    bucketName: options.bucketName,
  });
  const syntaxFailed = result.findings.some((f) => f.issueCode === 'JSON_SYNTAX_ERROR');
  // A syntax error already has its finding; IAM's "Syntax errors in policy." would repeat it.
  const grammar = result.errors
    .filter((e) => !(syntaxFailed && e.code === 'MalformedPolicyDocument'))
    .map((e) => ({
      findingType: 'ERROR' as const,
      title: e.code === 'LimitExceeded' ? 'Limit exceeded' : 'Malformed policy document',
      message: e.message,
      span: e.span,
    }));
  return {
    remainingText,
    blocking: result.errors.length > 0,
    findings: [
      ...grammar,
      ...result.findings.map((f) => ({
        findingType: f.findingType,
        title: f.title,
        message: f.message,
        span: f.span,
      })),
    ],
  };
}
