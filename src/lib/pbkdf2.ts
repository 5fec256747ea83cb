// Password hashing with PBKDF2 through Web Crypto: the lab stores hashes, never passwords.

import { randomBytes, fromBase64, toBase64 } from './base64';

export interface Pbkdf2Hash {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

/** OWASP's 2023 guidance for PBKDF2-HMAC-SHA256 is 600,000; a lab trades some of that for speed. */
export const PBKDF2_ITERATIONS = 100_000;

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  // Browsers offer crypto.subtle only to secure pages (https:, or http://localhost).
  if (!globalThis.crypto?.subtle) {
    throw new Error(
      'Passwords need the Web Crypto API, which the browser offers only to pages served over https:// or from localhost.',
    );
  }
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt.slice(), iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(
  password: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<Pbkdf2Hash> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** True when `password` produces `stored`; compares in constant time. */
export async function verifyPassword(password: string, stored: Pbkdf2Hash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(password, fromBase64(stored.salt), stored.iterations);
  if (actual.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
