import { describe, expect, it } from 'vitest';
import { newTotpSeed, totpCode, totpStep, totpUri } from './totp';

// RFC 6238 Appendix B: the seeds are the ASCII strings "12345678901234567890" (SHA1),
// "12345678901234567890123456789012" (SHA256) and the 64-byte one (SHA512), 8 digits, 30 s.
const base32 = (ascii: string) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of ascii) bits += c.charCodeAt(0).toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5)
    out += alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return out;
};
const SHA1 = base32('12345678901234567890');
const SHA256 = base32('12345678901234567890123456789012');
const SHA512 = base32('1234567890123456789012345678901234567890123456789012345678901234');

describe('RFC 6238 test vectors', () => {
  it.each([
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ])('T = %i s', (seconds, sha1, sha256, sha512) => {
    const ms = seconds * 1000;
    expect(totpCode(SHA1, ms, { digits: 8 })).toBe(sha1);
    expect(totpCode(SHA256, ms, { digits: 8, algorithm: 'SHA256' })).toBe(sha256);
    expect(totpCode(SHA512, ms, { digits: 8, algorithm: 'SHA512' })).toBe(sha512);
  });
});

describe('totpStep', () => {
  const seed = newTotpSeed();
  const now = 1_800_000_000_000;

  it.each([
    ['the current code', 0],
    ['the previous code', -1],
    ['the code from two steps back', -2],
  ])('finds %s', (_name, step) => {
    const code = totpCode(seed, now + step * 30_000);
    expect(totpStep(seed, code, now, 4)).toBe(step);
  });

  it('rejects a code outside the window, a wrong code and non-digits', () => {
    expect(totpStep(seed, totpCode(seed, now - 10 * 30_000), now, 4)).toBeNull();
    const right = totpCode(seed, now);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(totpStep(seed, wrong, now, 0)).toBeNull();
    expect(totpStep(seed, 'abcdef', now, 4)).toBeNull();
  });

  it('makes 20-byte base32 seeds and otpauth URIs an app can read', () => {
    expect(seed).toMatch(/^[A-Z2-7]{32}$/);
    const text = totpUri(seed, 'IAM Console Lab', 'alice@123456789012');
    expect(text.startsWith('otpauth://totp/IAM%20Console%20Lab:alice%40123456789012?')).toBe(true);
    const params = new URLSearchParams(text.slice(text.indexOf('?') + 1));
    expect(params.get('secret')).toBe(seed);
    expect(params.get('issuer')).toBe('IAM Console Lab');
  });
});
