// Requests and policies shared by the gate tests (exceptions, evaluation order).
import type { AuthorizationRequest, PolicyInput } from '../types';
import { ACCOUNT, allow, doc, policy, roleArn, userArn } from './test-fixtures';

export const BUCKET_OBJ = 'arn:aws:s3:::shared/k';
export const ALICE = userArn('alice');
export const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Dev/alice`;
export const DEV = roleArn('Dev');

export function bucketPolicy(...statements: object[]): PolicyInput {
  return policy(doc(...statements), { type: 'resource', name: 'BucketPolicy' });
}
export const idAllow = () => [policy(doc(allow('s3:GetObject')), { name: 'Id' })];
export const boundary = (...statements: object[]) =>
  policy(doc(...statements), {
    type: 'boundary',
    name: 'Boundary',
    arn: `arn:aws:iam::${ACCOUNT}:policy/Boundary`,
  });

export function asUser(extra: Partial<AuthorizationRequest>): AuthorizationRequest {
  return {
    principal: { arn: ALICE, id: 'AIDAALICE' },
    action: 's3:GetObject',
    resource: BUCKET_OBJ,
    identityPolicies: [],
    ...extra,
  };
}
export function asSession(extra: Partial<AuthorizationRequest>): AuthorizationRequest {
  return {
    principal: { arn: SESSION, id: 'AROADEV:alice', roleArn: DEV },
    action: 's3:GetObject',
    resource: BUCKET_OBJ,
    identityPolicies: [],
    ...extra,
  };
}
export const grant = (principal: unknown) =>
  allow('s3:GetObject', BUCKET_OBJ, { Principal: principal });
