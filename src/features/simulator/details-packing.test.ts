import { describe, expect, it } from 'vitest';
import type { AuthorizationDetails } from '@/queries/types';
import { detailsKey, packDetails, unpackDetails } from './details-packing';

const BIG = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }],
});
const OWN = '{"Version":"2012-10-17","Statement":[]}';

const user = (name: string, documents: string[], boundary?: string) => ({
  kind: 'user' as const,
  name,
  arn: `arn:aws:iam::123456789012:user/${name}`,
  principal: { arn: `arn:aws:iam::123456789012:user/${name}` },
  identityPolicies: documents.map((document, i) => ({ document, name: `p${i}` })),
  ...(boundary && { permissionsBoundary: { document: boundary, type: 'boundary' as const } }),
});

const details: AuthorizationDetails = {
  principals: [user('alice', [BIG, OWN], BIG), user('bob', [BIG]), user('carol', [OWN, BIG])],
  serviceControlPolicies: [[{ document: BIG, name: 'FullAWSAccess' }]],
  bucketPolicies: { reports: OWN },
};

describe('packDetails', () => {
  it('keeps each distinct document once, and unpacks to the same details', () => {
    const packed = packDetails(details);
    expect(packed.documents).toEqual([BIG, OWN]);
    expect(JSON.stringify(packed.details)).not.toContain('s3:Get*');
    expect(unpackDetails(structuredClone(packed))).toEqual(details);
  });

  it('leaves the details it packs unchanged', () => {
    const before = structuredClone(details);
    packDetails(details);
    expect(details).toEqual(before);
  });

  it('gives equal details an equal key, and different ones another', () => {
    const copy = structuredClone(details);
    expect(detailsKey(copy)).toBe(detailsKey(details));
    const other = structuredClone(details);
    other.principals[1]!.identityPolicies[0]!.document = OWN;
    expect(detailsKey(other)).not.toBe(detailsKey(details));
  });
});
