// Requests and policies shared by the gate tests (exceptions, evaluation order).
import type { AuthorizationRequest, PolicyInput } from '../types';
import { ACCOUNT, allow, doc, policy, roleArn, userArn } from './test-fixtures';

/** An object in a bucket of the fixtures' account. */
export const BUCKET_OBJ = 'arn:aws:s3:::shared/k';
/** IAM user alice. */
export const ALICE = userArn('alice');
/** A session of role Dev. */
export const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/Dev/alice`;
/** Role Dev. */
export const DEV = roleArn('Dev');

/** A bucket policy with these statements. */
export function bucketPolicy(...statements: object[]): PolicyInput {
  return policy(doc(...statements), { type: 'resource', name: 'BucketPolicy' });
}
/** An identity policy allowing s3:GetObject on everything. */
export const idAllow = () => [policy(doc(allow('s3:GetObject')), { name: 'Id' })];
/** A managed permissions boundary with these statements. */
export const boundary = (...statements: object[]) =>
  policy(doc(...statements), {
    type: 'boundary',
    name: 'Boundary',
    arn: `arn:aws:iam::${ACCOUNT}:policy/Boundary`,
  });

/** s3:GetObject on BUCKET_OBJ by alice, no policies unless given. */
export function asUser(extra: Partial<AuthorizationRequest>): AuthorizationRequest {
  return {
    principal: { arn: ALICE, id: 'AIDAALICE' },
    action: 's3:GetObject',
    resource: BUCKET_OBJ,
    identityPolicies: [],
    ...extra,
  };
}
/** s3:GetObject on BUCKET_OBJ by a session of Dev, no policies unless given. */
export function asSession(extra: Partial<AuthorizationRequest>): AuthorizationRequest {
  return {
    principal: { arn: SESSION, id: 'AROADEV:alice', roleArn: DEV },
    action: 's3:GetObject',
    resource: BUCKET_OBJ,
    identityPolicies: [],
    ...extra,
  };
}
/** A bucket-policy Allow of s3:GetObject on BUCKET_OBJ to this Principal. */
export const grant = (principal: unknown) =>
  allow('s3:GetObject', BUCKET_OBJ, { Principal: principal });
