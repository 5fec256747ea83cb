// The large lab's building blocks: a seeded random generator, numbered names, and the two
// service-linked roles every account holds (as the blank lab seeds them).

import { LAB_ACCOUNT_ID } from './lab-constants';
import type { RoleRecord } from './types';

const IAM = `arn:aws:iam::${LAB_ACCOUNT_ID}`;

/** mulberry32: a small seeded generator, so the same sizes give the same file. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "user-0042": names sort in the order they were made. */
export const numbered = (prefix: string, n: number, width: number) =>
  `${prefix}-${String(n).padStart(width, '0')}`;

export const SERVICE_LINKED = [
  {
    name: 'AWSServiceRoleForSupport',
    service: 'support.amazonaws.com',
    policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy',
  },
  {
    name: 'AWSServiceRoleForTrustedAdvisor',
    service: 'trustedadvisor.amazonaws.com',
    policyArn: 'arn:aws:iam::aws:policy/aws-service-role/AWSTrustedAdvisorServiceRolePolicy',
  },
] as const;

export function serviceLinkedRoles(uniqueId: (prefix: string) => string, createDate: string) {
  return SERVICE_LINKED.map((slr): RoleRecord => {
    const path = `/aws-service-role/${slr.service}/`;
    return {
      key: slr.name.toLowerCase(),
      roleName: slr.name,
      roleId: uniqueId('AROA'),
      arn: `${IAM}:role${path}${slr.name}`,
      path,
      description: `The ${slr.service} service-linked role`,
      assumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: slr.service }, Action: 'sts:AssumeRole' },
        ],
      }),
      maxSessionDuration: 3600,
      createDate,
      serviceLinkedService: slr.service,
      tags: [],
    };
  });
}
