// Identifiers in AWS's shapes, from crypto.getRandomValues.

import { randomString } from '@/lib/random-string';

const UNIQUE_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * IAM unique ID prefixes: AIDA (user), AGPA (group), AROA (role), ANPA (managed policy), AIPA
 * (instance profile).
 */
export type UniqueIdPrefix = 'AIDA' | 'AGPA' | 'AROA' | 'ANPA' | 'AIPA' | 'AKIA' | 'ASIA';

/** A 21-character IAM unique ID such as AIDAJQABLZS4A3QDU576Q. */
export function newUniqueId(prefix: UniqueIdPrefix): string {
  return prefix + randomString(UNIQUE_ID_ALPHABET, 17);
}

/** An EC2 instance ID: "i-" and 17 hexadecimal digits. */
export function newInstanceId(): string {
  return 'i-' + randomString('0123456789abcdef', 17);
}

/** A private IPv4 address in the default VPC's 172.31.0.0/16. */
export function newPrivateIp(): string {
  const [a, b] = [randomString('0123456789', 2), randomString('0123456789', 2)];
  return `172.31.${Number(a) + 1}.${Number(b) + 10}`;
}

/** An AWS Organizations policy ID: "p-" and 8 lower-case letters or digits. */
export function newScpPolicyId(): string {
  return 'p-' + randomString('0123456789abcdefghijklmnopqrstuvwxyz', 8);
}
