import { describe, expect, it } from 'vitest';
import type { AuthorizationDetails, PrincipalDetails } from '@/queries/types';
import { rowClassOf } from './matrix-row-classes';

const doc = (statement: object) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const READ = doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' });
const HOME = doc({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::h/${aws:username}/*' });

const user = (name: string, documents: string[], extra: Partial<PrincipalDetails> = {}) => {
  const arn = `arn:aws:iam::123456789012:user/${name}`;
  return {
    kind: 'user',
    name,
    arn,
    principal: { arn, id: `AIDA${name}` },
    identityPolicies: documents.map((document) => ({ document, name: 'P', type: 'inline-user' })),
    ...extra,
  } satisfies PrincipalDetails;
};
const details = (scps: string[] = []): AuthorizationDetails => ({
  principals: [],
  serviceControlPolicies: scps.length ? [scps.map((document) => ({ document, type: 'scp' }))] : [],
});

describe('rows shared by users', () => {
  it('puts users with the same policies in one class, whatever their names', () => {
    expect(rowClassOf(details(), user('alice', [READ]))).toBeDefined();
    expect(rowClassOf(details(), user('alice', [READ]))).toBe(
      rowClassOf(details(), user('bob', [READ])),
    );
  });

  it.each([
    ['other policies', user('bob', [READ, READ])],
    ['a boundary', user('bob', [READ], { permissionsBoundary: { document: READ } })],
    ['another account', { ...user('bob', [READ]), arn: 'arn:aws:iam::210987654321:user/bob' }],
  ])('tells apart a user with %s', (_name, other) => {
    expect(rowClassOf(details(), other)).not.toBe(rowClassOf(details(), user('alice', [READ])));
  });

  it.each([
    ['a policy naming who asks', details(), user('alice', [READ, HOME])],
    ['an SCP naming who asks', details([HOME]), user('alice', [READ])],
    ['a role', details(), { ...user('r', [READ]), kind: 'role' as const }],
  ])('evaluates on its own a row with %s', (_name, account, principal) => {
    expect(rowClassOf(account, principal)).toBeUndefined();
  });
});
