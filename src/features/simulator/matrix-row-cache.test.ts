import { describe, expect, it } from 'vitest';
import type { AuthorizationDetails } from '@/queries/types';
import { MatrixRowCache } from './matrix-row-cache';

const details = (name: string): AuthorizationDetails => ({
  principals: [
    {
      kind: 'user',
      name,
      arn: `arn:aws:iam::123456789012:user/${name}`,
      principal: { arn: `arn:aws:iam::123456789012:user/${name}` },
      identityPolicies: [],
    },
  ],
  serviceControlPolicies: [],
});

describe('the rows a worker keeps', () => {
  it('gives back a copy of a kept row for the same inputs, without computing', () => {
    const cache = new MatrixRowCache();
    cache.use(details('alice'), ['s3:GetObject'], '*');
    const first = cache.row(0, () => Uint8Array.of(0));
    first[0] = 2; // the row posted is transferred or changed; the kept one is not
    cache.use(details('alice'), ['s3:GetObject'], '*');
    expect(cache.has(0)).toBe(true);
    expect(cache.row(0, () => Uint8Array.of(9))).toEqual(Uint8Array.of(0));
  });

  it.each([
    ['another account', details('bob'), ['s3:GetObject'], '*'],
    ['other actions', details('alice'), ['s3:PutObject'], '*'],
    ['another resource', details('alice'), ['s3:GetObject'], 'arn:aws:s3:::b/*'],
  ] as const)('computes afresh for %s', (_name, next, actions, resource) => {
    const cache = new MatrixRowCache();
    cache.use(details('alice'), ['s3:GetObject'], '*');
    cache.row(0, () => Uint8Array.of(0));
    cache.use(next, actions, resource);
    expect(cache.has(0)).toBe(false);
    expect(cache.row(0, () => Uint8Array.of(1))).toEqual(Uint8Array.of(1));
  });
});
