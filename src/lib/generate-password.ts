// Generated console passwords: long, and holding every character class so any password policy passes.

import { randomString, shuffled } from './random-string';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '!@#$%^&*()_+-=[]{}|';

/** A random password of `length` (at least 8) with upper and lower case, digits and symbols. */
export function generatePassword(length = 16): string {
  if (length < 8) throw new RangeError('length must be at least 8');
  const required = [UPPER, LOWER, DIGITS, SYMBOLS].map((set) => randomString(set, 1));
  const rest = randomString(UPPER + LOWER + DIGITS + SYMBOLS, length - required.length);
  return shuffled([...required, ...rest]).join('');
}
