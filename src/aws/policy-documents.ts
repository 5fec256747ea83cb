// IAM's grammar check on a policy document before it is saved: MalformedPolicyDocument or
// LimitExceeded in AWS's words. Access Analyzer findings never block a save.

import {
  loadServiceCatalog,
  parsePolicy,
  validatePolicy,
  type PolicyKind,
  type ValidatePolicyOptions,
} from '@/iam';
import { AwsError } from './aws-error';

export interface CheckedDocument {
  /** Non-whitespace characters, as IAM counts policy size. */
  size: number;
}

/** Parses and validates a document; throws AWS's error for the first grammar error. */
export async function checkPolicyDocument(
  text: string,
  kind: PolicyKind,
  options: ValidatePolicyOptions = {},
): Promise<CheckedDocument> {
  const parsed = parsePolicy(text);
  if (!parsed.ok) throw new AwsError('MalformedPolicyDocument', 'Syntax errors in policy.');
  const result = validatePolicy(parsed.policy, kind, await loadServiceCatalog(), options);
  const [first] = result.errors;
  if (first) throw new AwsError(first.code, first.message);
  return { size: result.size };
}
