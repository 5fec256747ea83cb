// AWS's access-denied wording (troubleshoot_access-denied; iam-console.md §4) built from an
// evaluation, in the style of the service that would return it.
import type { AuthorizationRequest, DenialReason, Evaluation } from '../types';
import { encodeAuthorizationMessage } from './authorization-message';

/**
 * Which service's wording: 'ec2' starts with "You are not authorized to perform this operation. "
 * and may end with the encoded message; 's3' quotes the resource ARN; 'iam' and 'plain' use the
 * generic template. 'auto' (the default) picks by the action's service prefix.
 */
export type DenialStyle = 'auto' | 'ec2' | 's3' | 'iam' | 'plain';

/** Options of denialMessage. */
export interface DenialMessageOptions {
  style?: DenialStyle;
  /**
   * EC2 only: append ". Encoded authorization failure message: <encoded>". Defaults to true except
   * for Describe* actions, which AWS answers without it.
   */
  encoded?: boolean;
}

const LABEL: Record<DenialReason['policyType'], { implicit: string; explicit: string }> = {
  scp: { implicit: 'service control policy', explicit: 'a service control policy' },
  resource: { implicit: 'resource-based policy', explicit: 'a resource-based policy' },
  identity: { implicit: 'identity-based policy', explicit: 'an identity-based policy' },
  boundary: { implicit: 'permissions boundary', explicit: 'a permissions boundary' },
  session: { implicit: 'session policy', explicit: 'a session policy' },
  trust: { implicit: 'role trust policy', explicit: 'the role trust policy' },
};

function styleFor(action: string, style: DenialStyle | undefined): Exclude<DenialStyle, 'auto'> {
  if (style && style !== 'auto') return style;
  const service = action.slice(0, action.indexOf(':')).toLowerCase();
  if (service === 'ec2') return 'ec2';
  if (service === 's3') return 's3';
  if (service === 'iam' || service === 'sts') return 'iam';
  return 'plain';
}

/**
 * AWS's denial sentence: "User: <principal> is not authorized to perform: <action>[ on resource:
 * <resource>] because no <policy type> allows the <action> action" or "with an explicit deny in
 * <policy type>". Only the first refusing policy type is named; an explicit deny from a managed
 * policy, boundary or SCP in the same account ends with ": <policy ARN>". Actions with resource
 * "*" have no "on resource:" part. Returns '' for an allowed request.
 */
export function denialMessage(
  evaluation: Evaluation,
  request?: AuthorizationRequest,
  options: DenialMessageOptions = {},
): string {
  const reason = evaluation.denial;
  if (evaluation.decision === 'allowed' || !reason) return '';
  const { principalArn, action, resource } = evaluation.request;
  const style = styleFor(action, options.style);
  let text = `User: ${principalArn} is not authorized to perform: ${action}`;
  if (resource !== '*' && resource !== '') {
    text += style === 's3' ? ` on resource: "${resource}"` : ` on resource: ${resource}`;
  }
  const label = LABEL[reason.policyType];
  if (reason.kind === 'implicit')
    text += ` because no ${label.implicit} allows the ${action} action`;
  else {
    text += ` with an explicit deny in ${label.explicit}`;
    const arn = reason.statement?.policyType?.startsWith('inline')
      ? undefined
      : reason.statement?.policyArn;
    // AWS's 2025 format names the policy, same account only; inline and resource policies have no ARN.
    if (
      arn &&
      evaluation.sameAccount !== false &&
      reason.policyType !== 'resource' &&
      reason.policyType !== 'trust'
    ) {
      text += `: ${arn}`;
    }
  }
  if (style !== 'ec2') return text;
  text = `You are not authorized to perform this operation. ${text}`;
  const name = action.slice(action.indexOf(':') + 1);
  const encoded = options.encoded ?? !/^describe/i.test(name);
  if (encoded) {
    text += `. Encoded authorization failure message: ${encodeAuthorizationMessage(evaluation, request)}`;
  }
  return text;
}
