// Rows copied within a class of users are the rows the engine gives each user on its own.
import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/iam';
import { principalRequest } from '@/queries/principal-request';
import type { AuthorizationDetails, PrincipalDetails } from '@/queries/types';
import { CELL } from './access-matrix-protocol';
import { MatrixRowCache } from './matrix-row-cache';
import { rowOf } from './matrix-rows';

const doc = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const READ = doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' });
const HOME = doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/${aws:username}/*' });
// Each user has a path and tags of its own: what sharing a row must not depend on.
const user = (name: string, documents: string[]): PrincipalDetails => {
  const arn = `arn:aws:iam::123456789012:user/team-${name}/${name}`;
  return {
    kind: 'user',
    name,
    arn,
    principal: { arn, id: `AIDA${name.toUpperCase()}`, tags: { team: name, owner: `${name}-x` } },
    identityPolicies: documents.map((document) => ({ document, name: 'P', type: 'inline-user' })),
  };
};
// alice and bob share a class; carol's policy names who asks; the bucket policy names dave.
const details: AuthorizationDetails = {
  principals: [
    user('alice', [READ]),
    user('bob', [READ]),
    user('carol', [READ, HOME]),
    user('dave', [READ]),
  ],
  serviceControlPolicies: [],
  bucketPolicies: {
    b: doc({
      Effect: 'Deny',
      Principal: { AWS: 'arn:aws:iam::123456789012:user/team-dave/dave' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*',
    }),
  },
};
const actions = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject'];

describe('access matrix rows', () => {
  it.each(['*', 'arn:aws:s3:::b/alice/k', 'arn:aws:s3:::b/dave/k'])(
    'are the engine decisions of each user on its own, on %s',
    (resource) => {
      const cache = new MatrixRowCache();
      cache.use(details, actions, resource);
      const inputs = { details, indexes: [0, 1, 2, 3], actions, resource };
      details.principals.forEach((principal, index) => {
        const alone = actions.map(
          (action) =>
            CELL[
              evaluateRequest(principalRequest(details, principal, action, resource), {
                trace: 'none',
              }).decision
            ],
        );
        expect([...rowOf(cache, inputs, index)], principal.name).toEqual(alone);
      });
    },
  );

  it('differ where the bucket policy names one user of a class', () => {
    const resource = 'arn:aws:s3:::b/dave/k';
    const cache = new MatrixRowCache();
    cache.use(details, actions, resource);
    const inputs = { details, indexes: [0, 3], actions, resource };
    expect(rowOf(cache, inputs, 0)[0]).toBe(CELL.allowed);
    expect(rowOf(cache, inputs, 3)[0]).toBe(CELL.explicitDeny);
  });
});
