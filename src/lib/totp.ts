// Time-based one-time passwords (RFC 6238) through the otpauth library: what an authenticator
// app shows, and the check of a typed code against a seed.

import { Secret, TOTP } from 'otpauth';
import { randomBytes } from './base64';

export interface TotpOptions {
  /** SHA1 unless told otherwise, as authenticator apps expect. */
  algorithm?: 'SHA1' | 'SHA256' | 'SHA512';
  digits?: number;
  /** Seconds. */
  period?: number;
}

function totp(base32Seed: string, options: TotpOptions = {}): TOTP {
  return new TOTP({
    secret: Secret.fromBase32(base32Seed),
    algorithm: options.algorithm ?? 'SHA1',
    digits: options.digits ?? 6,
    period: options.period ?? 30,
  });
}

/**
 * A new random seed of 20 bytes (160 bits, RFC 4226's recommendation), in base32. The bytes come
 * from crypto.getRandomValues in every environment (otpauth's Node build would use node:crypto).
 */
export function newTotpSeed(): string {
  return new Secret({ buffer: randomBytes(20).buffer }).base32;
}

/** The code for the time step that holds `epochMs`. */
export function totpCode(base32Seed: string, epochMs: number, options?: TotpOptions): string {
  return totp(base32Seed, options).generate({ timestamp: epochMs });
}

/**
 * The time step of `code` relative to the one holding `epochMs` (0: current, -1: previous), looking
 * `window` steps either way; null when the code matches none of them.
 */
export function totpStep(
  base32Seed: string,
  code: string,
  epochMs: number,
  window: number,
  options?: TotpOptions,
): number | null {
  if (!/^\d+$/.test(code)) return null;
  return totp(base32Seed, options).validate({ token: code, timestamp: epochMs, window });
}

/** An otpauth:// URI, the text of the QR code an authenticator app scans. */
export function totpUri(base32Seed: string, issuer: string, label: string): string {
  return new TOTP({ secret: Secret.fromBase32(base32Seed), issuer, label }).toString();
}
