// Shared builders for the evaluator's test tables (not part of the engine's public face).
import type { AuthorizationRequest, PolicyInput } from '../types';

/** The account the fixtures live in. */
export const ACCOUNT = '123456789012';
/** Another account, for cross-account cases. */
export const OTHER = '210987654321';

/** The ARN of IAM user `name` in ACCOUNT. */
export const userArn = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:user/${name}`;
/** The ARN of role `name` in ACCOUNT. */
export const roleArn = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;

/** A 2012-10-17 policy document with these statements. */
export function doc(...statements: object[]): object {
  return { Version: '2012-10-17', Statement: statements };
}

/** A policy input of the given type around a document. */
export function policy(document: string | object, extra: Partial<PolicyInput> = {}): PolicyInput {
  return { document, ...extra };
}

/** A request from user alice in ACCOUNT, with the given identity-policy statements. */
export function userRequest(
  action: string,
  resource: string,
  statements: object[],
  extra: Partial<AuthorizationRequest> = {},
): AuthorizationRequest {
  return {
    principal: { arn: userArn('alice'), id: 'AIDAALICE' },
    action,
    resource,
    identityPolicies: statements.length > 0 ? [policy(doc(...statements))] : [],
    ...extra,
  };
}

/** Allow statement shorthand. */
export const allow = (action: unknown, resource: unknown = '*', more: object = {}) => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...more,
});
/** Deny statement shorthand. */
export const deny = (action: unknown, resource: unknown = '*', more: object = {}) => ({
  Effect: 'Deny',
  Action: action,
  Resource: resource,
  ...more,
});
