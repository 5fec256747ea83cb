// The one place aws/ talks to the policy engine: evaluate, and word a denial as AWS does.

import { denialMessage, evaluateRequest, type AuthorizationRequest, type Evaluation } from '@/iam';
import { AwsError } from './aws-error';

export type ServicePrefix = 'iam' | 's3' | 'ec2' | 'sts' | 'organizations' | 'cloudtrail';

/** Evaluates the request; a refusal throws AwsError with AWS's code and message for the service. */
export function decide(service: ServicePrefix, request: AuthorizationRequest): Evaluation {
  const evaluation = evaluateRequest(request);
  if (evaluation.decision === 'allowed') return evaluation;
  const code = service === 'ec2' ? 'UnauthorizedOperation' : 'AccessDenied';
  // S3 gives its detailed message only within the account; anonymous and cross-account callers
  // get the plain "Access Denied" (iam-console.md §4.3).
  const plain =
    service === 's3' &&
    (evaluation.sameAccount === false || evaluation.request.principalArn === 'anonymous');
  const message = plain
    ? 'Access Denied'
    : denialMessage(evaluation, request, {
        style: service === 's3' || service === 'ec2' ? service : 'iam',
      });
  throw new AwsError(code, message, { evaluation, request });
}

/**
 * Whether the engine allows the request, worked out without a trace or a denial message: the
 * quiet checks behind a console column, thousands on a list page.
 */
export function allows(request: AuthorizationRequest): boolean {
  return evaluateRequest(request, { trace: 'none' }).decision === 'allowed';
}
