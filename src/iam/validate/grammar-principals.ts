// Which principals IAM and S3 accept when a trust or bucket policy is saved. IAM answers
// MalformedPolicyDocument 'Invalid principal in policy: "AWS":"<arn>"' (the key upper-cased, e.g.
// "SERVICE"), and for Principal "*" in a trust policy 'AssumeRolepolicy contained an invalid
// principal: "STAR":"*".'; S3 answers MalformedPolicy "Invalid principal in policy" (wordings from
// public CLI and CloudFormation transcripts; reference_policies_elements_principal for the rules).
import type { PolicyKind } from '../types';
import type { JsonNode } from '../parse/json-with-positions';
import type { JsonPath } from '../parse/parse-policy';
import { Collector, Phase } from './grammar-errors';
import { stringsOf } from './policy-view';

/** Tells whether a user or role ARN names an identity that exists (IAM rejects ones that do not). */
export type PrincipalExists = (arn: string) => boolean;

const ACCOUNT = /^\d{12}$/;
const IAM_PRINCIPAL_ARN =
  /^arn:aws:(iam::(\d{12}):(root|user\/.+|role\/.+|federated-user\/.+)|sts::(\d{12}):(assumed-role\/.+|federated-user\/.+))$/;
const UNIQUE_ID = /^(AIDA|AROA)[A-Z0-9]{8,}$/;
const SERVICE_PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/;
const FEDERATED =
  /^(arn:aws:iam::\d{12}:(saml-provider|oidc-provider)\/.+|[a-z0-9.-]+\.[a-z]{2,}|cognito-identity\.amazonaws\.com)$/i;

/** True when IAM accepts this value under this principal key (existence aside). */
export function isValidPrincipalValue(key: string, value: string): boolean {
  switch (key) {
    case 'AWS':
      return (
        value === '*' ||
        ACCOUNT.test(value) ||
        IAM_PRINCIPAL_ARN.test(value) ||
        UNIQUE_ID.test(value)
      );
    case 'Service':
      return value === '*' || SERVICE_PRINCIPAL.test(value);
    case 'Federated':
      return value === '*' || FEDERATED.test(value);
    case 'CanonicalUser':
      return /^[0-9a-f]{64}$/i.test(value);
    default:
      return false;
  }
}

/** Adds IAM's or S3's error for each principal value they would not accept. */
export function checkPrincipalValues(
  node: JsonNode,
  path: JsonPath,
  kind: PolicyKind,
  out: Collector,
  principalExists?: PrincipalExists,
): void {
  if (node.kind === 'string') {
    if (node.value === '*' && kind === 'trust') {
      out.add(
        Phase.Principals,
        'AssumeRolepolicy contained an invalid principal: "STAR":"*".',
        path,
        node.span,
      );
    }
    return;
  }
  if (node.kind !== 'object') return;
  for (const e of node.entries) {
    for (const p of stringsOf({ node: e.value, path: [...path, e.key] })) {
      const exists =
        !principalExists ||
        e.key !== 'AWS' ||
        !/:(user|role)\//.test(p.value) ||
        principalExists(p.value);
      if (isValidPrincipalValue(e.key, p.value) && exists) continue;
      const message =
        kind === 'resource'
          ? 'Invalid principal in policy'
          : `Invalid principal in policy: "${e.key.toUpperCase()}":"${p.value}"`;
      out.add(Phase.Principals, message, p.path, p.span);
    }
  }
}
